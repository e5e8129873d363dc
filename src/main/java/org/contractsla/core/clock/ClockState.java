package org.contractsla.core.clock;

/** Where an SLA clock stands. */
public enum ClockState {
    /** counting, goal not yet passed */
    RUNNING,
    /** not counting (waiting for the customer), goal not yet passed */
    PAUSED,
    /** stopped by its event no later than the due instant */
    MET,
    /** the due instant passed before the stop event (or, still running, before now) */
    BREACHED;

    /** @return the message key of the state's name */
    public String messageKey() {
        return "clock.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
