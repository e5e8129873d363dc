package org.contractsla.jira.rest;

import java.time.Instant;

/**
 * What an entitlement check needs to know of an existing issue.
 *
 * @param id          the issue id (stable across moves), not null
 * @param key         the issue key, not null
 * @param reporterKey the reporter's user key, or null: people are told apart by key, never by their address
 * @param created     when the issue was created, not null
 */
public record IssueFacts(String id, String key, String reporterKey, Instant created) {
}
