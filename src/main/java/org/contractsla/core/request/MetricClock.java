package org.contractsla.core.request;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.Reason;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.policy.Metric;

/**
 * One metric's clock for a request: the measurement, or why there is none (no goal, not started, the request
 * was turned away, the goal cannot be reached). For resolution (a cycle per reopening) and update intervals, the
 * measurement is of the current cycle and the counts cover all cycles. Immutable.
 */
public final class MetricClock {

    /** Why a clock has no measurement. */
    public enum Absence {
        /** the plan sets no goal for the metric at the request's severity */
        NO_GOAL("clock.state.noGoal"),
        /** the clock has not started yet: update intervals run from the first response */
        NOT_STARTED("clock.state.notStarted"),
        /** the clock never ran: the request was resolved before a first response began an update interval */
        NEVER_STARTED("clock.state.neverStarted"),
        /** the request is not entitled and is turned away, so no clock runs for it */
        REJECTED("clock.state.rejected"),
        /** the goal cannot be reached on its calendar; {@link #reason()} says why */
        UNREACHABLE("clock.state.unreachable");

        private final String messageKey;

        Absence(String messageKey) {
            this.messageKey = messageKey;
        }

        /** @return the message key of the state's name, e.g. {@code clock.state.noGoal} */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Metric metric;
    private final ClockMeasurement measurement;
    private final int cycles;
    private final int breachedCycles;
    private final Absence absence;
    private final Reason reason;

    private MetricClock(Metric metric, ClockMeasurement measurement, int cycles, int breachedCycles, Absence absence,
            Reason reason) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.measurement = measurement;
        this.cycles = cycles;
        this.breachedCycles = breachedCycles;
        this.absence = absence;
        this.reason = reason;
    }

    static MetricClock measured(Metric metric, ClockMeasurement measurement, int cycles, int breachedCycles) {
        return new MetricClock(metric, Objects.requireNonNull(measurement, "measurement"), cycles, breachedCycles,
                null, null);
    }

    /**
     * @param reason what explains the absence beyond its name, or null
     * @param cycles cycles measured before it (resolution, update intervals), else 0
     */
    static MetricClock absent(Metric metric, Absence absence, Reason reason, int cycles, int breachedCycles) {
        return new MetricClock(metric, null, cycles, breachedCycles, Objects.requireNonNull(absence, "absence"), reason);
    }

    /** @return the metric */
    public Metric metric() {
        return metric;
    }

    /** @return the measurement; empty when {@link #absence()} says why there is none */
    public Optional<ClockMeasurement> measurement() {
        return Optional.ofNullable(measurement);
    }

    /** @return why there is no measurement; empty when there is one */
    public Optional<Absence> absence() {
        return Optional.ofNullable(absence);
    }

    /** @return the detail of an absence, such as the calendar that has no working time left */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return how many cycles were measured (1 for first response once started; resolution: one per opening) */
    public int cycles() {
        return cycles;
    }

    /** @return how many of them were breached */
    public int breachedCycles() {
        return breachedCycles;
    }

    @Override
    public String toString() {
        return metric + " " + (measurement != null ? measurement : absence + (reason == null ? "" : " " + reason));
    }
}
