package org.contractsla.core.entitlement;

import java.util.Optional;

/**
 * Port: the entitlement decision each support request was opened with (domain spec §2.4), kept so that its clocks
 * run on that decision whenever they are rebuilt, and so that agents see its warnings and whether it is billable.
 * Implementations are thread-safe.
 */
public interface RequestDecisions {

    /**
     * Keeps a request's decision, replacing the one it had (it was checked again: a new reporter, a new customer
     * number).
     *
     * @param requestId the request (issue id), not null
     * @param decision  its decision, not null
     * @throws org.contractsla.core.StorageUnavailableException if it could not be kept; the old one stays
     */
    void keep(String requestId, EntitlementDecision decision);

    /**
     * @param requestId the request, not null
     * @return its decision, empty if none was kept (opened before the app kept decisions)
     */
    Optional<EntitlementDecision> byRequest(String requestId);

    /**
     * @param requestId a request that is gone or no longer a support request, not null
     * @return whether it had a decision
     */
    boolean remove(String requestId);
}
