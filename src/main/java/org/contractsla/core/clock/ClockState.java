package org.contractsla.core.clock;

/** Where an SLA clock stands. */
public enum ClockState {
    /** counting, or outside working time; no more working time than the goal counted yet */
    RUNNING,
    /** not counting (waiting for the customer); no more working time than the goal counted yet */
    PAUSED,
    /** stopped by its event having counted no more working time than the goal */
    MET,
    /** more working time than the goal was counted before the stop event (or, still running, before now) */
    BREACHED;

    /** @return the message key of the state's name */
    public String messageKey() {
        return "clock.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
