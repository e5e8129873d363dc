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

    /**
     * @param planId a plan, not null
     * @return how many requests were decided under it and not turned away: their clocks are measured against its
     *         goals
     */
    int countByPlan(String planId);

    /**
     * The requests opened under some contracts: what a customer sees as their organization's requests.
     *
     * @param customerNumbers the contracts' customer numbers, not null
     * @param offset          how many of the newest to skip, not negative
     * @param limit           how many at most, positive
     * @return the page, newest first (by when their decision was kept), and how many there are in all
     * @throws org.contractsla.core.StorageUnavailableException if they could not be read
     */
    Page byCustomerNumbers(java.util.Set<String> customerNumbers, int offset, int limit);

    /** A page of requests, newest first, and how many there are in all. */
    record Page(java.util.List<String> requestIds, int total) {
        public Page {
            requestIds = java.util.List.copyOf(requestIds);
        }

        /** @return the page of the ids given newest first */
        public static Page of(java.util.List<String> newestFirst, int offset, int limit) {
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
            }
            int from = Math.min(offset, newestFirst.size());
            return new Page(newestFirst.subList(from, Math.min(newestFirst.size(), from + limit)),
                    newestFirst.size());
        }
    }
}
