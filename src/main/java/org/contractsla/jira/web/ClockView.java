package org.contractsla.jira.web;

/** One SLA clock on the agents' panel. Immutable; its getters are allowlisted. */
public final class ClockView {
    private final String metric;
    private final String state;
    private final String stateText;
    private final String detail;
    private final String due;
    private final int percent;
    private final String bar;

    ClockView(String metric, String state, String stateText, String detail, String due, int percent, String bar) {
        this.metric = metric;
        this.state = state;
        this.stateText = stateText;
        this.detail = detail;
        this.due = due;
        this.percent = percent;
        this.bar = bar;
    }

    /** @return the metric's name */
    public String getMetric() {
        return metric;
    }

    /** @return {@code running}, {@code paused}, {@code met}, {@code breached} or {@code none}: for CSS */
    public String getState() {
        return state;
    }

    /** @return the state in words */
    public String getStateText() {
        return stateText;
    }

    /** @return working time left or overdue, or why no clock runs; null if nothing to add */
    public String getDetail() {
        return detail;
    }

    /** @return when it is due or when it stopped, in the viewer's zone; null if not known */
    public String getDue() {
        return due;
    }

    /** @return the share of the goal used, 0 to 100 */
    public int getPercent() {
        return percent;
    }

    /** @return the bar's colour: {@code ok}, {@code warning}, {@code danger}, {@code done} or {@code none} */
    public String getBar() {
        return bar;
    }
}
