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

    private final ClockState state;
    private final Duration goal;
    private final Duration elapsed;
    private final Instant due;
    private final Instant measuredAt;

    ClockMeasurement(ClockState state, Duration goal, Duration elapsed, Instant due, Instant measuredAt) {
        this.state = Objects.requireNonNull(state, "state");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.due = due;
        this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
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
        return elapsed;
    }

    /** @return goal minus elapsed; negative once the goal is overrun */
    public Duration remaining() {
        return goal.minus(elapsed);
    }

    /**
     * @return when the goal runs out if the clock keeps counting; empty while the clock is paused before
     *         reaching it (the due instant moves with the pause)
     */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    /** @return the instant the goal was breached, if it was */
    public Optional<Instant> breachedAt() {
        return state == ClockState.BREACHED ? Optional.of(due) : Optional.empty();
    }

    /** @return elapsed divided by goal: 0.75 means three quarters used; above 1 when overrun */
    public double shareUsed() {
        return (double) elapsed.toMillis() / goal.toMillis();
    }

    /** @return the instant this measurement describes: the stop event, or "now" */
    public Instant measuredAt() {
        return measuredAt;
    }

    @Override
    public String toString() {
        return state + " elapsed=" + elapsed + " goal=" + goal + " due=" + due;
    }
}
