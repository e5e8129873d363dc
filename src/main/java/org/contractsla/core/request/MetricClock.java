package org.contractsla.core.request;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.policy.Metric;

/**
 * One metric's clock for a request: the measurement, or none when the plan sets no goal (or the clock has
 * not started yet, as update intervals before the first response). For update intervals, the measurement
 * is of the current cycle and the counts cover all cycles. Immutable.
 */
public final class MetricClock {

    private final Metric metric;
    private final ClockMeasurement measurement;
    private final int cycles;
    private final int breachedCycles;

    MetricClock(Metric metric, ClockMeasurement measurement, int cycles, int breachedCycles) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.measurement = measurement;
        this.cycles = cycles;
        this.breachedCycles = breachedCycles;
    }

    /** @return the metric */
    public Metric metric() {
        return metric;
    }

    /** @return the measurement; empty when there is no goal or the clock has not started */
    public Optional<ClockMeasurement> measurement() {
        return Optional.ofNullable(measurement);
    }

    /** @return how many cycles were measured (1 for first response and resolution once started) */
    public int cycles() {
        return cycles;
    }

    /** @return how many of them were breached */
    public int breachedCycles() {
        return breachedCycles;
    }
}
