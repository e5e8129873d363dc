package org.contractsla.core.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.policy.Metric;

/**
 * What is kept of one clock of a request between events: only what does not change while nothing happens, so
 * that measuring the same history twice, at any two instants, keeps the same record. A running clock keeps its
 * due instant (whether it is overdue is for the reader to compare with the time it reads at); a paused one its
 * elapsed time; a stopped one everything. Immutable.
 *
 * @param metric         the metric, not null
 * @param state          {@code RUNNING}, {@code PAUSED}, {@code MET} or {@code BREACHED} (stopped), or the
 *                       {@link MetricClock.Absence} of a clock without a measurement; not null
 * @param goal           the goal in force, null without a measurement
 * @param due            when the goal is used up, null if not known (paused before it, or no measurement)
 * @param elapsed        working time counted: for paused and stopped clocks; null for running ones
 * @param breachedAt     from when more than the goal was counted: for paused and stopped clocks; null otherwise
 * @param stoppedAt      the stop event of a stopped clock, else null
 * @param cycles         cycles measured, the current one included
 * @param breachedCycles completed cycles that were breached (a running cycle is not yet counted)
 */
public record ClockRecord(Metric metric, String state, Duration goal, Instant due, Duration elapsed,
        Instant breachedAt, Instant stoppedAt, int cycles, int breachedCycles) {

    /** Checks the parts that are always there; instants to the millisecond, as stores keep them. */
    public ClockRecord {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(state, "state");
        due = millis(due);
        breachedAt = millis(breachedAt);
        stoppedAt = millis(stoppedAt);
    }

    private static Instant millis(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /**
     * @param clock a clock as measured, at any instant, not null
     * @return what is kept of it
     */
    public static ClockRecord of(MetricClock clock) {
        if (clock.measurement().isEmpty()) {
            return new ClockRecord(clock.metric(), clock.absence().orElseThrow().name(), null, null, null, null, null,
                    clock.cycles(), clock.breachedCycles());
        }
        ClockMeasurement m = clock.measurement().get();
        Instant due = m.due().orElse(null);
        if (m.isStopped()) {
            return new ClockRecord(clock.metric(), m.state().name(), m.goal(), due, m.elapsed(),
                    m.breachedAt().orElse(null), m.measuredAt(), clock.cycles(), clock.breachedCycles());
        }
        int completedBreached = clock.breachedCycles() - (m.state() == ClockState.BREACHED ? 1 : 0);
        if (m.isPaused()) {
            return new ClockRecord(clock.metric(), ClockState.PAUSED.name(), m.goal(), due, m.elapsed(),
                    m.breachedAt().orElse(null), null, clock.cycles(), completedBreached);
        }
        return new ClockRecord(clock.metric(), ClockState.RUNNING.name(), m.goal(), due, null, null, null,
                clock.cycles(), completedBreached);
    }

    /**
     * @param at an instant to read the record at, not null
     * @return whether the clock is overdue then: breached when it stopped or paused, or running past its due
     *         instant (the engine calls a running clock breached once more working time than its goal has been
     *         counted, which may come later, at the next working instant after the due one)
     */
    public boolean overdue(Instant at) {
        return breachedAt != null || ClockState.RUNNING.name().equals(state) && due != null && at.isAfter(due);
    }
}
