package org.contractsla.core.entitlement;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Policy;

/**
 * Use case: a request that is deleted, or moved out of every support project, gives its unit of the case
 * quota back (domain spec §2.4). Requests are named by their stable id, which survives a move.
 */
public final class ReturningQuota {

    private final QuotaLedger ledger;
    private final Supplier<Policy> policy;

    /**
     * @param ledger the quota ledger, not null
     * @param policy the configuration in force (for its support projects), not null
     */
    public ReturningQuota(QuotaLedger ledger, Supplier<Policy> policy) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return whether the deleted request held a unit */
    public boolean deleted(String requestId) {
        return ledger.release(requestId);
    }

    /**
     * @param requestId  the request, not null
     * @param projectKey the project it now belongs to, not null
     * @return whether it gave a unit back (it left the support projects and held one)
     */
    public boolean moved(String requestId, String projectKey) {
        Set<String> support = policy.get().supportProjects();
        return !support.contains(projectKey) && ledger.release(requestId);
    }
}
