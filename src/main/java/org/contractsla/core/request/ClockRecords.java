package org.contractsla.core.request;

import java.util.Map;
import org.contractsla.core.policy.Metric;

/**
 * Port: the clock records of requests, by request id, as the issue navigator and the agents' panel read them.
 * Implementations store them durably (Active Objects in Jira, indexed by due instant) or in memory.
 */
public interface ClockRecords {

    /**
     * @param requestId the request (issue) id, not null
     * @return its records by metric, empty if none were recorded
     */
    Map<Metric, ClockRecord> byRequest(String requestId);

    /**
     * Replaces a request's records in one step.
     *
     * @param requestId the request, not null
     * @param records   its records by metric, not null
     * @return whether anything differs from what was recorded (the issue then needs reindexing)
     * @throws org.contractsla.core.StorageUnavailableException if they could not be stored; the old ones stay
     */
    boolean replace(String requestId, Map<Metric, ClockRecord> records);

    /**
     * @return the ids of every request with records, for the recomputation to find those that are gone
     * @throws org.contractsla.core.StorageUnavailableException if they could not be read
     */
    java.util.Set<String> requestIds();

    /**
     * @param requestId a request that is gone (deleted, moved out of the support projects), not null
     * @return whether it had records
     */
    boolean remove(String requestId);
}
