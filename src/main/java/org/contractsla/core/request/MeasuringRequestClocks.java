package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.DomainException;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.NoWorkingTimeLeftException;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.clock.Goal;
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
        return measure(history, override, contract -> override, now);
    }

    /**
     * As {@link #measure(RequestHistory, CalendarOverride, Instant)}, for a request that may have been put under
     * other contracts while open: each level of goals runs on its contract's zone and holidays. A plan change that
     * names its contract switches to that contract's override from its instant on; one that names none keeps the
     * override before it.
     *
     * @param override  the override at receipt (unless the history names its contract at receipt), not null
     * @param contracts the override of a contract, by customer number, not null
     */
    public Map<Metric, MetricClock> measure(RequestHistory history, CalendarOverride override,
            java.util.function.Function<String, CalendarOverride> contracts, Instant now) {
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(contracts, "contracts");
        CalendarOverride atReceipt = history.contractAtReceipt().map(contracts).orElse(override);
        List<RequestHistory.Entry> known = known(history.entries(), now);
        requirePlan(history.planId());
        List<Pause> pauses = pauses(known, history.pauseStatuses().orElse(policy.policy().pauseStatuses()));
        List<Level> goalChanges = levels(history, known, atReceipt, contracts); // few, read per cycle
        Map<Metric, MetricClock> clocks = new EnumMap<>(Metric.class);
        Goals goals = new Goals(atReceipt);
        List<Instant[]> open = openPeriods(history.received(), known);
        List<Instant> responses = responses(known);
        Instant response = responses.isEmpty() ? null : responses.get(0);
        Instant resolved = open.get(0)[1];
        Instant answered = response == null || resolved != null && resolved.isBefore(response) ? resolved : response;
        clocks.put(Metric.FIRST_RESPONSE, single(Metric.FIRST_RESPONSE, history, goals, goalChanges, pauses,
                history.received(), answered, now));
        MetricClock resolution = cycles(Metric.RESOLUTION, history, goals, goalChanges, pauses, open, now);
        clocks.put(Metric.RESOLUTION, resolution != null ? resolution
                : MetricClock.absent(Metric.RESOLUTION, MetricClock.Absence.NO_GOAL, null, 0, 0));
        clocks.put(Metric.UPDATE_INTERVAL, updates(history, goals, responses, goalChanges, pauses, open, now));
        return clocks;
    }

    /** @return the entries by {@code now}: all of them, not copied, as is usual for a request measured now */
    private static List<RequestHistory.Entry> known(List<RequestHistory.Entry> entries, Instant now) {
        int n = entries.size();
        if (n == 0 || !entries.get(n - 1).at().isAfter(now)) {
            return entries;
        }
        List<RequestHistory.Entry> known = new ArrayList<>(n);
        for (RequestHistory.Entry e : entries) {
            if (!e.at().isAfter(now)) {
                known.add(e);
            }
        }
        return known;
    }

    /**
     * The spans in which the request was open: from receipt to the first resolution, then from each reopening to
     * the resolution after it; the last has no end while the request is open. A resolution of a resolved request,
     * or a reopening of an open one, changes nothing.
     */
    private static List<Instant[]> openPeriods(Instant received, List<RequestHistory.Entry> known) {
        List<Instant[]> open = new ArrayList<>();
        Instant[] current = {received, null};
        open.add(current);
        for (RequestHistory.Entry e : known) {
            if (e.type() == RequestHistory.Entry.Type.RESOLVED && current[1] == null) {
                current[1] = e.at();
            } else if (e.type() == RequestHistory.Entry.Type.REOPENED && current[1] != null) {
                current = new Instant[] {e.at(), null};
                open.add(current);
            }
        }
        return open;
    }

    private void requirePlan(String planId) {
        if (policy.policy().plan(planId).isEmpty()) {
            throw new DomainException("policy.error.plan.unknown", planId);
        }
    }

    private MetricClock single(Metric metric, RequestHistory history, Goals goals,
            List<Level> goalChanges, List<Pause> pauses, Instant start, Instant stop, Instant now) {
        ClockMeasurement m;
        try {
            m = measureCycle(metric, history, goals, goalChanges, pauses, start, stop, now);
        } catch (NoWorkingTimeLeftException e) {
            return MetricClock.absent(metric, MetricClock.Absence.UNREACHABLE, unreachable(e), 0, 0);
        }
        if (m == null) {
            return MetricClock.absent(metric, MetricClock.Absence.NO_GOAL, null, 0, 0);
        }
        return MetricClock.measured(metric, m, 1, m.state() == ClockState.BREACHED ? 1 : 0);
    }

    /**
     * Measures one clock per cycle, each from its start to its stop (null: still running), and reports the last
     * cycle with a goal, with how many had one and how many of those were breached; null if none had a goal. Each
     * cycle is measured on the goals in force while it ran: a completed cycle keeps the goal it was measured
     * against.
     */
    private MetricClock cycles(Metric metric, RequestHistory history, Goals goals,
            List<Level> goalChanges, List<Pause> pauses, List<Instant[]> cycles, Instant now) {
        if (cycles.isEmpty()) {
            return null;
        }
        // the last cycle is the one the clock shows: measured in full, and first, so that the earlier ones may be
        // counted without a measurement where the answer is certain
        Instant[] lastCycle = cycles.get(cycles.size() - 1);
        ClockMeasurement last;
        NoWorkingTimeLeftException unreachable = null;
        try {
            last = measureCycle(metric, history, goals, goalChanges, pauses, lastCycle[0], lastCycle[1], now);
        } catch (NoWorkingTimeLeftException e) { // only the running cycle, the last, can be unreachable
            last = null;
            unreachable = e;
        }
        ClockMeasurement current = null;
        int measured = 0;
        int breached = 0;
        for (int i = 0; i < cycles.size() - 1; i++) {
            Instant[] cycle = cycles.get(i);
            if (last != null && surelyMet(metric, history, goals, goalChanges, cycle[0], cycle[1], now)) {
                measured++; // a completed cycle shorter than its goal: met, whatever the calendar
                continue;
            }
            ClockMeasurement m;
            try {
                m = measureCycle(metric, history, goals, goalChanges, pauses, cycle[0], cycle[1], now);
            } catch (NoWorkingTimeLeftException e) { // as for the last one, should an earlier one be unreachable
                return MetricClock.absent(metric, MetricClock.Absence.UNREACHABLE, unreachable(e), measured, breached);
            }
            if (m != null) {
                measured++;
                breached += m.state() == ClockState.BREACHED ? 1 : 0;
                current = m;
            }
        }
        if (unreachable != null) {
            return MetricClock.absent(metric, MetricClock.Absence.UNREACHABLE, unreachable(unreachable), measured,
                    breached);
        }
        if (last != null) {
            measured++;
            breached += last.state() == ClockState.BREACHED ? 1 : 0;
            current = last;
        }
        return current == null ? null : MetricClock.measured(metric, current, measured, breached);
    }

    /**
     * @return whether a completed cycle is met for certain without measuring it: one goal applies from its start to
     *         its stop, and the cycle lasts no longer than that goal in wall-clock time (working time never exceeds
     *         the time that passes, and a clock is breached only by more working time than its goal)
     */
    private boolean surelyMet(Metric metric, RequestHistory history, Goals goals, List<Level> goalChanges, Instant start,
            Instant stop, Instant now) {
        if (stop == null || stop.isAfter(now)) {
            return false;
        }
        CycleGoals g = cycleGoals(metric, history, goals, goalChanges, start, stop);
        return g != null && g.clockStart().equals(start) && g.changeAt().isEmpty()
                && stop.toEpochMilli() - start.toEpochMilli() <= g.initial().definition().target().toMillis();
    }

    /**
     * Update intervals run while the request is open: from each response to the next, or to the resolution; after
     * a reopening of a request that was answered before, from the reopening too, as the customer waits for news.
     */
    private MetricClock updates(RequestHistory history, Goals goals, List<Instant> responses,
            List<Level> goalChanges, List<Pause> pauses, List<Instant[]> open, Instant now) {
        List<Instant[]> cycles = new ArrayList<>(responses.size() + open.size());
        boolean answered = false;
        int r = 0; // responses and periods are both in time order: one walk over the responses serves all periods
        for (Instant[] period : open) {
            while (r < responses.size() && responses.get(r).isBefore(period[0])) {
                r++; // answered while resolved: no update interval runs from it
            }
            Instant start = answered ? period[0] : null; // answered before: the customer waits for news again
            for (; r < responses.size() && (period[1] == null || responses.get(r).isBefore(period[1])); r++) {
                Instant at = responses.get(r);
                if (start != null && !start.equals(at)) {
                    cycles.add(new Instant[] {start, at});
                }
                start = at;
                answered = true;
            }
            if (start != null) {
                cycles.add(new Instant[] {start, period[1]});
            }
        }
        MetricClock measured = cycles(Metric.UPDATE_INTERVAL, history, goals, goalChanges, pauses, cycles, now);
        if (measured != null) {
            return measured;
        }
        // no cycle measured: none has a goal, or none has begun — yet (waiting for the first response), or ever
        // (resolved before any response)
        boolean isOpen = open.get(open.size() - 1)[1] == null;
        MetricClock.Absence absence = !cycles.isEmpty() || !hasGoal(Metric.UPDATE_INTERVAL, history, goalChanges)
                ? MetricClock.Absence.NO_GOAL
                : isOpen ? MetricClock.Absence.NOT_STARTED : MetricClock.Absence.NEVER_STARTED;
        return MetricClock.absent(Metric.UPDATE_INTERVAL, absence, null, 0, 0);
    }

    private static Reason unreachable(NoWorkingTimeLeftException e) {
        return Reason.of(e.key(), e.args().toArray());
    }

    /** The plan and severity in force from an instant on, and the contract's zone and holidays for its calendars. */
    private record Level(Instant at, String plan, Severity severity, CalendarOverride override) {
    }

    /** A goal as one level has it: its definition, on calendars as the level's contract sees them. */
    private record LevelGoal(GoalDefinition definition, CalendarOverride override) {
    }

    /**
     * The goals of one measurement, each compiled once: a request's cycles ask for the same few goals again and
     * again, and finding a compiled calendar by its key costs more than the clock it runs.
     */
    private final class Goals {
        private final CalendarOverride atReceiptOverride;
        private final List<LevelGoal> known = new ArrayList<>(4);
        private final List<Goal> goals = new ArrayList<>(4);

        /** the goal of each metric at receipt, by ordinal, looked up once */
        private final LevelGoal[] atReceipt = new LevelGoal[Metric.values().length];
        private final boolean[] lookedUp = new boolean[atReceipt.length];

        Goals(CalendarOverride atReceiptOverride) {
            this.atReceiptOverride = atReceiptOverride;
        }

        /** @return the metric's goal under the plan and severity the request was received with, or null */
        LevelGoal atReceipt(Metric metric, RequestHistory history) {
            int i = metric.ordinal();
            if (!lookedUp[i]) {
                GoalDefinition definition = goalOf(history.planId(), metric, history.severity());
                atReceipt[i] = definition == null ? null : new LevelGoal(definition, atReceiptOverride);
                lookedUp[i] = true;
            }
            return atReceipt[i];
        }

        Goal of(LevelGoal goal) {
            for (int i = 0; i < known.size(); i++) {
                LevelGoal k = known.get(i);
                if (k.definition() == goal.definition()
                        && (k.override() == goal.override() || k.override().equals(goal.override()))) {
                    return goals.get(i);
                }
            }
            Goal compiled = policy.goal(goal.definition(), goal.override());
            known.add(goal);
            goals.add(compiled);
            return compiled;
        }
    }

    /**
     * @return the plan and severity after each instant at which they changed, in time order: the entries of one
     *         instant are one change (one edit may set severity and plan), decided by the level after the last
     * @throws DomainException {@code policy.error.plan.unknown} for a plan the policy lacks
     */
    private List<Level> levels(RequestHistory history, List<RequestHistory.Entry> known, CalendarOverride atReceipt,
            java.util.function.Function<String, CalendarOverride> contracts) {
        List<Level> levels = null;
        for (RequestHistory.Entry e : known) {
            if (e.type() != RequestHistory.Entry.Type.SEVERITY && e.type() != RequestHistory.Entry.Type.PLAN) {
                continue;
            }
            if (levels == null) {
                levels = new ArrayList<>(4);
            }
            Level before = levels.isEmpty() ? null : levels.get(levels.size() - 1);
            String plan = before == null ? history.planId() : before.plan();
            Severity severity = before == null ? history.severity() : before.severity();
            CalendarOverride override = before == null ? atReceipt : before.override();
            if (e.type() == RequestHistory.Entry.Type.SEVERITY) {
                severity = Severity.parse(e.value());
            } else {
                requirePlan(e.value());
                plan = e.value();
                if (e.contract() != null) { // put under another contract: its zone and holidays from here on
                    override = Objects.requireNonNull(contracts.apply(e.contract()), "override");
                }
            }
            if (before != null && before.at().equals(e.at())) {
                levels.set(levels.size() - 1, new Level(e.at(), plan, severity, override));
            } else {
                levels.add(new Level(e.at(), plan, severity, override));
            }
        }
        return levels == null ? List.of() : levels;
    }

    /** @return whether the metric has a goal at receipt or after any of the request's severity and plan changes */
    private boolean hasGoal(Metric metric, RequestHistory history, List<Level> goalChanges) {
        if (goalOf(history.planId(), metric, history.severity()) != null) {
            return true;
        }
        for (Level l : goalChanges) {
            if (goalOf(l.plan(), metric, l.severity()) != null) {
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
    /**
     * The goals of one cycle: the one in force when its clock starts, and each change of goal after that up to
     * {@code end}.
     *
     * @param initial    the goal the clock starts with
     * @param clockStart when it starts: the cycle's start, or later if no goal applied then
     * @param changeAt   when the goal changes, in order
     * @param changeTo   what it changes to
     */
    private record CycleGoals(LevelGoal initial, Instant clockStart, List<Instant> changeAt,
            List<LevelGoal> changeTo) {
    }

    /** @return the cycle's goals, or null if none applies from {@code start} to {@code end} */
    private CycleGoals cycleGoals(Metric metric, RequestHistory history, Goals goals, List<Level> goalChanges,
            Instant start, Instant end) {
        LevelGoal initial = goals.atReceipt(metric, history);
        Instant clockStart = start;
        if (goalChanges.isEmpty()) { // the usual case: one goal from receipt on
            return initial == null ? null : new CycleGoals(initial, clockStart, List.of(), List.of());
        }
        List<Instant> changeAt = new ArrayList<>(2);
        List<LevelGoal> changeTo = new ArrayList<>(2);
        for (Level level : goalChanges) {
            Instant at = level.at();
            GoalDefinition definition = goalOf(level.plan(), metric, level.severity());
            if (definition == null || at.isAfter(end)) {
                continue; // a level without a goal leaves the running goal in force
            }
            LevelGoal next = new LevelGoal(definition, level.override());
            if (!at.isAfter(clockStart)) {
                initial = next; // in force when the clock starts
                continue;
            }
            if (initial == null) { // no goal at the start: the clock starts when one applies
                initial = next;
                clockStart = at;
                continue;
            }
            if (!next.equals(changeTo.isEmpty() ? initial : changeTo.get(changeTo.size() - 1))) {
                changeAt.add(at);
                changeTo.add(next);
            }
        }
        return initial == null ? null : new CycleGoals(initial, clockStart, changeAt, changeTo);
    }

    private ClockMeasurement measureCycle(Metric metric, RequestHistory history, Goals goals,
            List<Level> goalChanges, List<Pause> pauses, Instant start, Instant stop, Instant now) {
        Instant end = stop != null && !stop.isAfter(now) ? stop : now;
        CycleGoals g = cycleGoals(metric, history, goals, goalChanges, start, end);
        if (g == null) {
            return null;
        }
        Instant clockStart = g.clockStart();
        List<Instant> changeAt = g.changeAt();
        List<LevelGoal> changeTo = g.changeTo();
        LevelGoal initial = g.initial();
        RequestTimeline.Builder timeline = RequestTimeline.receivedAt(clockStart, goals.of(initial));
        for (int i = 0; i < changeAt.size(); i++) {
            timeline.goalChange(changeAt.get(i), goals.of(changeTo.get(i)));
        }
        for (int i = firstEndingAfter(pauses, clockStart); i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (!p.from().isBefore(end)) {
                break; // this and later pauses begin when the clock has stopped or is measured: they change nothing
            }
            if (p.from().isBefore(clockStart)) { // running when the clock starts: cut there
                Instant until = p.until().orElse(null);
                timeline.pause(until == null ? Pause.since(clockStart) : Pause.between(clockStart, until));
            } else {
                timeline.pause(p);
            }
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

    private static List<Pause> pauses(List<RequestHistory.Entry> known, java.util.Set<String> pauseStatuses) {
        List<Pause> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (RequestHistory.Entry e : known) {
            if (e.type() != RequestHistory.Entry.Type.STATUS) {
                continue;
            }
            boolean pausing = pauseStatuses.contains(e.value());
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

    /** @return the instants of the support team's responses, in time order */
    private static List<Instant> responses(List<RequestHistory.Entry> known) {
        List<Instant> responses = new ArrayList<>();
        for (RequestHistory.Entry e : known) {
            if (e.type() == RequestHistory.Entry.Type.RESPONSE) {
                responses.add(e.at());
            }
        }
        return responses;
    }
}
