package org.contractsla.jira.listener;

import java.time.Instant;

/**
 * What the quota needs to know of one issue event, unpacked on the event thread: no Jira object is kept.
 *
 * @param kind        what happened
 * @param issueId     the issue's stable id
 * @param issueKey    its key, for the log (no personal data)
 * @param projectKey  the project it is in now, or null
 * @param reporterKey its reporter's user key, or null
 * @param at          when it became a support request: created, or the move; null for a deletion
 * @param subTask     whether it is a sub-task
 */
public record IssueChange(Kind kind, String issueId, String issueKey, String projectKey, String reporterKey,
        Instant at, boolean subTask) {

    /** The events the quota follows. */
    public enum Kind {
        CREATED, UPDATED, MOVED, DELETED
    }
}
