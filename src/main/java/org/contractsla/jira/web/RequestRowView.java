package org.contractsla.jira.web;

/** One request in the customer's list of their organization's requests. Immutable; getters allowlisted. */
public final class RequestRowView {
    private final String key;
    private final String summary;
    private final String status;
    private final String severity;
    private final String response;
    private final String resolution;
    private final boolean overdue;

    RequestRowView(String key, String summary, String status, String severity, String response, String resolution,
            boolean overdue) {
        this.key = key;
        this.summary = summary;
        this.status = status;
        this.severity = severity;
        this.response = response;
        this.resolution = resolution;
        this.overdue = overdue;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatus() {
        return status;
    }

    /** @return the severity in force, with its name; empty while none is set */
    public String getSeverity() {
        return severity;
    }

    /** @return the first response's goal and standing, in the customer's words */
    public String getResponse() {
        return response;
    }

    /** @return the resolution's goal and standing, in the customer's words */
    public String getResolution() {
        return resolution;
    }

    /** @return whether a goal was missed or is overdue */
    public boolean getOverdue() {
        return overdue;
    }
}
