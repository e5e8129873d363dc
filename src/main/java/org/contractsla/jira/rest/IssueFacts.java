package org.contractsla.jira.rest;

import java.time.Instant;

/**
 * What an entitlement check needs to know of an existing issue.
 *
 * @param id          the issue id (stable across moves), not null
 * @param key         the issue key, not null
 * @param reporterKey the reporter's user key, or null: people are told apart by key, never by their address
 * @param created     when the issue was created, not null
 * @param projectKey  its project's key, or null if not known
 * @param projectId   its project's id, or null if not known (a support project stays one when its key changes)
 */
public record IssueFacts(String id, String key, String reporterKey, Instant created, String projectKey,
        Long projectId) {

    /** An issue whose project is not known. */
    public IssueFacts(String id, String key, String reporterKey, Instant created) {
        this(id, key, reporterKey, created, null, null);
    }
}
