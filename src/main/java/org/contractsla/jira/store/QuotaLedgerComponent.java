package org.contractsla.jira.store;

import java.time.LocalDate;
import javax.inject.Named;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.QuotaWindow;

/**
 * The quota ledger as a Spring component. Held in memory for now (one node, lost on restart): the Active
 * Objects ledger under a cluster lock replaces this class behind the same port.
 */
@Named
public class QuotaLedgerComponent implements QuotaLedger {

    private final QuotaLedger delegate = new InMemoryQuotaLedger();

    @Override
    public QuotaClaim claim(String customerNumber, String requestId, LocalDate day, QuotaWindow window, int limit) {
        return delegate.claim(customerNumber, requestId, day, window, limit);
    }

    @Override
    public boolean release(String requestId) {
        return delegate.release(requestId);
    }

    @Override
    public boolean holds(String customerNumber, String requestId, QuotaWindow window) {
        return delegate.holds(customerNumber, requestId, window);
    }

    @Override
    public int used(String customerNumber, QuotaWindow window) {
        return delegate.used(customerNumber, window);
    }
}
