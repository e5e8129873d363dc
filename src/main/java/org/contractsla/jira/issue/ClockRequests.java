package org.contractsla.jira.issue;

/** Asks for an issue's SLA clocks to be measured again off the caller's thread (a change Jira fires no event for). */
public interface ClockRequests {

    /**
     * @param issueId the issue whose clocks changed
     * @return whether the request was taken; false if it could not be (it is then measured at its next change)
     */
    boolean remeasure(long issueId);
}
