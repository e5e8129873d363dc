package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.NoWorkingTimeLeftException;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.clock.Pause;
import org.contractsla.core.clock.RequestTimeline;
import org.contractsla.core.clock.SlaClock;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.severity.Severity;

/**
 * Use case: derive every SLA clock of a request from its history, as of an instant.
 *
 * <ul>
 *   <li>Pauses: from a change into one of the policy's pause statuses until the next change out of them.</li>
 *   <li>Goals: the plan and severity at receipt, replaced piecewise by each severity or plan change. A
 *       change to a severity without a goal leaves the running goal in force; a clock whose first goal is
 *       missing starts when a goal first applies; a clock with no goal at its end reports none.</li>
 *   <li>First response stops at the first response, or at the resolution if that comes first (a resolution
 *       answers the customer too); resolution at the resolution; update intervals run from each response to
 *       the next (or to the resolution).</li>
 *   <li>A clock whose goal cannot be reached on its calendar (no working time left before the engine's last
 *       supported year) is reported as {@link MetricClock.Absence#UNREACHABLE} with the reason; the other
 *       clocks are measured as usual.</li>
 * </ul>
 * Entries after {@code now} are not yet known and are ignored. Thread-safe.
 */
public final class MeasuringRequestClocks {

    private final CompiledPolicy policy;

    /** @param policy the compiled policy, not null */
    public MeasuringRequestClocks(CompiledPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param history the request's history, not null
     * @param now     the instant to measure at, not null
     * @return one clock per metric, in metric order
     * @throws org.contractsla.core.DomainException {@code policy.error.plan.unknown} for a plan the policy lacks
     */
    public Map<Metric, MetricClock> measure(RequestHistory history, Instant now) {
        return measure(history, CalendarOverride.NONE, now);
    }

    /**
     * As {@link #measure(RequestHistory, Instant)}, on the goals' calendars as the request's contract sees them:
     * in its time zone and with its public holidays, where it sets them.
     *
     * @param override the contract's zone and holiday region, not null; {@link CalendarOverride#NONE} for none
     * @throws org.contractsla.core.DomainException also {@code calendar.error.country.unknown} and
     *                                              {@code calendar.error.subdivision.unknown} for its region
     */
    public Map<Metric, MetricClock> measure(RequestHistory history, CalendarOverride override, Instant now) {
        Objects.requireNonNull(override, "override");
        List<RequestHistory.Entry> known = new ArrayList<>();
        for (RequestHistory.Entry e : history.entries()) {
            if (!e.at().isAfter(now)) {
                known.add(e);
            }
        }
        requirePlan(history.planId());
        List<Pause> pauses = pauses(known);
        List<RequestHistory.Entry> goalChanges = new ArrayList<>(); // severity and plan changes: few, read per cycle
        for (RequestHistory.Entry e : known) {
            if (e.type() == RequestHistory.Entry.Type.SEVERITY || e.type() == RequestHistory.Entry.Type.PLAN) {
                goalChanges.add(e);
            }
        }
        Map<Metric, MetricClock> clocks = new EnumMap<>(Metric.class);
        Instant response = first(known, RequestHistory.Entry.Type.RESPONSE);
        Instant resolved = first(known, RequestHistory.Entry.Type.RESOLVED);
        Instant answered = response == null || resolved != null && resolved.isBefore(response) ? resolved : response;
        clocks.put(Metric.FIRST_RESPONSE, single(Metric.FIRST_RESPONSE, history, override, goalChanges, pauses,
                history.received(), answered, now));
        clocks.put(Metric.RESOLUTION, single(Metric.RESOLUTION, history, override, goalChanges, pauses,
                history.received(), resolved, now));
        clocks.put(Metric.UPDATE_INTERVAL, updates(history, override, known, goalChanges, pauses, resolved, now));
        return clocks;
    }

    private void requirePlan(String planId) {
        if (policy.policy().plan(planId).isEmpty()) {
            throw new DomainException("policy.error.plan.unknown", planId);
        }
    }

    private MetricClock single(Metric metric, RequestHistory history, CalendarOverride override,
            List<RequestHistory.Entry> goalChanges, List<Pause> pauses, Instant start, Instant stop, Instant now) {
        ClockMeasurement m;
        try {
            m = measureCycle(metric, history, override, goalChanges, pauses, start, stop, now);
        } catch (NoWorkingTimeLeftException e) {
            return MetricClock.absent(metric, MetricClock.Absence.UNREACHABLE, unreachable(e), 0, 0);
        }
        if (m == null) {
            return MetricClock.absent(metric, MetricClock.Absence.NO_GOAL, null, 0, 0);
        }
        return MetricClock.measured(metric, m, 1, m.state() == ClockState.BREACHED ? 1 : 0);
    }

    private MetricClock updates(RequestHistory history, CalendarOverride override, List<RequestHistory.Entry> known,
            List<RequestHistory.Entry> goalChanges, List<Pause> pauses, Instant resolved, Instant now) {
        List<Instant> responses = new ArrayList<>();
        for (RequestHistory.Entry e : known) {
            if (e.type() == RequestHistory.Entry.Type.RESPONSE && (resolved == null || e.at().isBefore(resolved))) {
                responses.add(e.at());
            }
        }
        ClockMeasurement current = null;
        int cycles = 0;
        int breached = 0;
        for (int i = 0; i < responses.size(); i++) {
            Instant stop = i + 1 < responses.size() ? responses.get(i + 1) : resolved;
            ClockMeasurement m;
            try {
                m = measureCycle(Metric.UPDATE_INTERVAL, history, override, goalChanges, pauses, responses.get(i), stop,
                        now);
            } catch (NoWorkingTimeLeftException e) { // only the running cycle, the last, can be unreachable
                return MetricClock.absent(Metric.UPDATE_INTERVAL, MetricClock.Absence.UNREACHABLE, unreachable(e),
                        cycles, breached);
            }
            if (m != null) {
                cycles++;
                breached += m.state() == ClockState.BREACHED ? 1 : 0;
                current = m;
            }
        }
        if (current != null) {
            return MetricClock.measured(Metric.UPDATE_INTERVAL, current, cycles, breached);
        }
        // no cycle measured: none has a goal, or none has begun — yet (waiting for the first response), or ever
        // (resolved before any response)
        MetricClock.Absence absence = !responses.isEmpty() || !hasGoal(Metric.UPDATE_INTERVAL, history, goalChanges)
                ? MetricClock.Absence.NO_GOAL
                : resolved == null ? MetricClock.Absence.NOT_STARTED : MetricClock.Absence.NEVER_STARTED;
        return MetricClock.absent(Metric.UPDATE_INTERVAL, absence, null, 0, 0);
    }

    private static Reason unreachable(NoWorkingTimeLeftException e) {
        return Reason.of(e.key(), e.args().toArray());
    }

    /** @return whether the metric has a goal at receipt or after any of the request's severity and plan changes */
    private boolean hasGoal(Metric metric, RequestHistory history, List<RequestHistory.Entry> goalChanges) {
        String plan = history.planId();
        Severity severity = history.severity();
        if (goalOf(plan, metric, severity) != null) {
            return true;
        }
        for (RequestHistory.Entry e : goalChanges) {
            if (e.type() == RequestHistory.Entry.Type.SEVERITY) {
                severity = Severity.parse(e.value());
            } else {
                plan = e.value();
            }
            if (goalOf(plan, metric, severity) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Measures one clock from start to stop (or now), or returns null if no goal applies by its end. Reads only the
     * pauses that overlap the cycle, so that a request with many update cycles costs about as much per cycle as
     * its cycles are long.
     */
    private ClockMeasurement measureCycle(Metric metric, RequestHistory history, CalendarOverride override,
            List<RequestHistory.Entry> goalChanges, List<Pause> pauses, Instant start, Instant stop, Instant now) {
        Instant end = stop != null && !stop.isAfter(now) ? stop : now;
        String plan = history.planId();
        Severity severity = history.severity();
        GoalDefinition initial = goalOf(plan, metric, severity);
        Instant clockStart = start;
        List<Instant> changeAt = new ArrayList<>();
        List<GoalDefinition> changeTo = new ArrayList<>();
        for (RequestHistory.Entry e : goalChanges) {
            if (e.type() == RequestHistory.Entry.Type.SEVERITY) {
                severity = Severity.parse(e.value());
            } else if (e.type() == RequestHistory.Entry.Type.PLAN) {
                requirePlan(e.value());
                plan = e.value();
            } else {
                continue;
            }
            GoalDefinition next = goalOf(plan, metric, severity);
            if (next == null || e.at().isAfter(end)) {
                continue; // a level without a goal leaves the running goal in force
            }
            if (!e.at().isAfter(clockStart)) {
                initial = next; // in force when the clock starts
                continue;
            }
            if (initial == null) { // no goal at the start: the clock starts when one applies
                initial = next;
                clockStart = e.at();
                continue;
            }
            int last = changeAt.size() - 1;
            if (last >= 0 && changeAt.get(last).equals(e.at())) {
                // the entries of one instant are one change (one edit may set severity and plan): the last decides
                changeAt.remove(last);
                changeTo.remove(last);
                last--;
            }
            if (!next.equals(last >= 0 ? changeTo.get(last) : initial)) {
                changeAt.add(e.at());
                changeTo.add(next);
            }
        }
        if (initial == null) {
            return null;
        }
        RequestTimeline.Builder timeline = RequestTimeline.receivedAt(clockStart, policy.goal(initial, override));
        for (int i = 0; i < changeAt.size(); i++) {
            timeline.goalChange(changeAt.get(i), policy.goal(changeTo.get(i), override));
        }
        for (int i = firstEndingAfter(pauses, clockStart); i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (!p.from().isBefore(end)) {
                break; // this and later pauses begin when the clock has stopped or is measured: they change nothing
            }
            Instant until = p.until().orElse(null);
            Instant from = p.from().isBefore(clockStart) ? clockStart : p.from();
            timeline.pause(until == null ? Pause.since(from) : Pause.between(from, until));
        }
        if (stop != null) {
            timeline.stoppedAt(stop);
        }
        return SlaClock.measure(timeline.build(), now);
    }

    /** @return the index of the first pause (they are disjoint and in order) that ends after {@code t} */
    private static int firstEndingAfter(List<Pause> pauses, Instant t) {
        int lo = 0;
        int hi = pauses.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Instant until = pauses.get(mid).until().orElse(null);
            if (until != null && !until.isAfter(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private GoalDefinition goalOf(String planId, Metric metric, Severity severity) {
        return policy.policy().plan(planId).flatMap(p -> p.goal(metric, severity)).orElse(null);
    }

    private List<Pause> pauses(List<RequestHistory.Entry> known) {
        List<Pause> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (RequestHistory.Entry e : known) {
            if (e.type() != RequestHistory.Entry.Type.STATUS) {
                continue;
            }
            boolean pausing = policy.policy().pauseStatuses().contains(e.value());
            if (pausing && pausedSince == null) {
                pausedSince = e.at();
            } else if (!pausing && pausedSince != null) {
                pauses.add(Pause.between(pausedSince, e.at()));
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(Pause.since(pausedSince));
        }
        return pauses;
    }

    private static Instant first(List<RequestHistory.Entry> known, RequestHistory.Entry.Type type) {
        Optional<RequestHistory.Entry> e = known.stream().filter(x -> x.type() == type).findFirst();
        return e.map(RequestHistory.Entry::at).orElse(null);
    }
}
