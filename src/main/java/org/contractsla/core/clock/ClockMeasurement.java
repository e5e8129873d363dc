package org.contractsla.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock at one instant: its state, the goal held against it, working time elapsed and
 * remaining, the due instant and, if breached, when. Immutable.
 */
public final class ClockMeasurement {

    /** {@link #dueMillis} of a clock without a due instant. */
    static final long NO_DUE = Long.MAX_VALUE;

    private final ClockState state;
    private final Duration goal;
    // milliseconds rather than a Duration and an Instant: a clock is measured far more often than read
    private final long elapsedMillis;
    private final long dueMillis;
    private final long breachedAtMillis;
    private final Instant measuredAt;
    private final boolean stopped;
    private final boolean paused;

    /**
     * @param elapsedMillis working time counted, in milliseconds
     * @param dueMillis     the due instant in epoch milliseconds, or {@link #NO_DUE}
     * @param breachedAtMillis from when the clock counted more than its goal, in epoch milliseconds; {@link #NO_DUE}
     *                      unless breached
     * @param stopped       the clock's stop event has happened
     * @param paused        not stopped, and in a pause that has not ended
     */
    ClockMeasurement(ClockState state, Duration goal, long elapsedMillis, long dueMillis, long breachedAtMillis,
            Instant measuredAt, boolean stopped, boolean paused) {
        this.state = Objects.requireNonNull(state, "state");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.elapsedMillis = elapsedMillis;
        this.dueMillis = dueMillis;
        this.breachedAtMillis = breachedAtMillis;
        this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
        this.stopped = stopped;
        this.paused = paused;
    }

    /** @return whether the clock's stop event has happened: its measurement no longer changes */
    public boolean isStopped() {
        return stopped;
    }

    /**
     * @return whether the clock is in a pause that has not ended (not stopped): its elapsed time does not change
     *         until the pause ends; {@link #state()} says {@link ClockState#BREACHED} rather than paused if the goal
     *         was overrun before the pause
     */
    public boolean isPaused() {
        return paused;
    }

    /** @return the clock's state, not null */
    public ClockState state() {
        return state;
    }

    /** @return the working time allowed by the goal in force, not null */
    public Duration goal() {
        return goal;
    }

    /** @return working time counted so far (until the stop event or now), not null */
    public Duration elapsed() {
        return Duration.ofMillis(elapsedMillis);
    }

    /** @return goal minus elapsed: zero when the goal is used up exactly, negative once it is overrun */
    public Duration remaining() {
        return goal.minusMillis(elapsedMillis);
    }

    /**
     * @return when the goal runs out if the clock keeps counting; empty while the clock is paused before
     *         reaching it (the due instant moves with the pause)
     */
    public Optional<Instant> due() {
        return dueMillis == NO_DUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(dueMillis));
    }

    /**
     * @return if breached, the instant from which the clock counted more working time than its goal: the due
     *         instant, or the next instant the clock counted after it (when the goal ran out at the end of a
     *         working interval, the next opening); empty otherwise
     */
    public Optional<Instant> breachedAt() {
        return breachedAtMillis == NO_DUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(breachedAtMillis));
    }

    /** @return elapsed divided by goal: 0.75 means three quarters used; above 1 when overrun */
    public double shareUsed() {
        return (double) elapsedMillis / goal.toMillis();
    }

    /** @return the instant this measurement describes: the stop event, or "now" */
    public Instant measuredAt() {
        return measuredAt;
    }

    @Override
    public String toString() {
        return state + " elapsed=" + elapsed() + " goal=" + goal + " due=" + due().map(Instant::toString).orElse("null");
    }
}
