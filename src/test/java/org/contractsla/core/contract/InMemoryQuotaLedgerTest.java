package org.contractsla.core.contract;

public class InMemoryQuotaLedgerTest extends QuotaLedgerPortTest {

    @Override
    protected QuotaLedger create() {
        return new InMemoryQuotaLedger();
    }
}
