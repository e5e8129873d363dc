package org.contractsla.jira.store.ao;

import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.contract.QuotaLedgerPortTest;

public class ActiveObjectsQuotaLedgerTest extends QuotaLedgerPortTest {

    @Override
    protected QuotaLedger create() {
        return new ActiveObjectsQuotaLedger(new FakeActiveObjects().asActiveObjects(),
                FakeActiveObjects.locks());
    }
}
