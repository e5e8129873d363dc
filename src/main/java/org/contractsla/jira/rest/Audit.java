package org.contractsla.jira.rest;

/**
 * Jira's audit log, as the resources use it: each change an administrator makes to the app's configuration,
 * contracts, organizations or quota is recorded once it is stored (who and when are added by Jira).
 */
@FunctionalInterface
public interface Audit {

    /** Records nothing: for callers that change nothing an admin would audit. */
    Audit NONE = (action, type, id) -> { };

    /**
     * Records a change; never fails it (a failure to record is logged).
     *
     * @param action the message key of what was done ({@code audit.*})
     * @param type   what kind of thing changed: configuration, calendar, plan, contract, organization, quota
     * @param id     which one: its id or customer number (never personal data)
     */
    void record(String action, String type, String id);
}
