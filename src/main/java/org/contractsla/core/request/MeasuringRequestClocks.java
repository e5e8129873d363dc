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
import org.contractsla.core.clock.GoalChange;
import org.contractsla.core.clock.Pauses;
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
    /**
     * Each plan's goals: a measurement finds its goals by one lookup of its plan, not by a lookup in a map of maps
     * for each metric, and takes them compiled on their calendars as configured from there.
     */
    private final Map<String, PlanGoals> goalTables = new java.util.HashMap<>();

    /**
     * One plan's goals by severity and metric (ordinals), null where it has none, and each compiled on its calendar
     * as configured when first used (a goal is immutable: should two threads compile one, either is right).
     */
    private record PlanGoals(GoalDefinition[][] definitions, Goal[][] asConfigured) {
    }

    /** @param policy the compiled policy, not null */
    public MeasuringRequestClocks(CompiledPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        policy.policy().plans().forEach((id, plan) -> {
            GoalDefinition[][] table = new GoalDefinition[Severity.values().length][Metric.values().length];
            plan.goals().forEach((metric, bySeverity) -> bySeverity.forEach((severity, goal) ->
                    table[severity.ordinal()][metric.ordinal()] = goal));
            goalTables.put(id, new PlanGoals(table, new Goal[table.length][Metric.values().length]));
        });
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
        Objects.requireNonNull(now, "now");
        requirePlan(history.planId());
        CalendarOverride atReceipt = history.contractAtReceipt().map(contracts).orElse(override);
        Measurement m = new Measurement(history, atReceipt, contracts, now);
        Map<Metric, MetricClock> clocks = new EnumMap<>(Metric.class);
        Instant response = m.responses == 0 ? null : m.response[0].at();
        Instant resolved = m.openUntil[0];
        Instant answered = response == null || resolved != null && resolved.isBefore(response) ? resolved : response;
        clocks.put(Metric.FIRST_RESPONSE, m.single(Metric.FIRST_RESPONSE, history.received(), answered));
        MetricClock resolution = m.cycles(Metric.RESOLUTION, m.openFrom, m.openUntil, m.periods);
        clocks.put(Metric.RESOLUTION, resolution != null ? resolution
                : MetricClock.absent(Metric.RESOLUTION, MetricClock.Absence.NO_GOAL, null, 0, 0));
        clocks.put(Metric.UPDATE_INTERVAL, m.updates());
        return clocks;
    }

    private void requirePlan(String planId) {
        if (!goalTables.containsKey(planId)) {
            throw new DomainException("policy.error.plan.unknown", planId);
        }
    }

    private static Reason unreachable(NoWorkingTimeLeftException e) {
        return Reason.of(e.key(), e.args().toArray());
    }

    private GoalDefinition goalOf(String planId, Metric metric, Severity severity) {
        PlanGoals table = goalTables.get(planId);
        return table == null ? null : table.definitions()[severity.ordinal()][metric.ordinal()];
    }

    /**
     * @param asConfigured whether the goal runs on its calendar as configured (no contract overrides it)
     * @return the goal of that plan, metric and severity at a level, or null if it has none
     */
    private LevelGoal levelGoal(String planId, Metric metric, Severity severity, CalendarOverride override,
            boolean asConfigured) {
        PlanGoals table = goalTables.get(planId);
        GoalDefinition definition = table == null ? null : table.definitions()[severity.ordinal()][metric.ordinal()];
        if (definition == null) {
            return null;
        }
        Goal compiled = null;
        if (asConfigured) {
            Goal[] bySeverity = table.asConfigured()[severity.ordinal()];
            compiled = bySeverity[metric.ordinal()];
            if (compiled == null) {
                compiled = policy.goal(definition, CalendarOverride.NONE);
                bySeverity[metric.ordinal()] = compiled;
            }
        }
        return new LevelGoal(definition, override, compiled);
    }

    /** The plan and severity in force from an instant on, and the contract's zone and holidays for its calendars. */
    private record Level(Instant at, String plan, Severity severity, CalendarOverride override) {
        /** @return whether its goals run on their calendars as configured: no contract overrides them */
        boolean asConfigured() {
            return override.equals(CalendarOverride.NONE);
        }
    }

    /** A goal as one level has it: its definition, on calendars as the level's contract sees them. */
    private record LevelGoal(GoalDefinition definition, CalendarOverride override, Goal compiled) {
        long targetMillis() {
            return definition.target().toMillis();
        }

        /** @return the same definition on the same calendars: compiled or not, the same goal */
        @Override
        public boolean equals(Object o) {
            return o instanceof LevelGoal g && g.definition.equals(definition) && g.override.equals(override);
        }

        @Override
        public int hashCode() {
            return Objects.hash(definition, override);
        }
    }

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

    /**
     * One measurement of one request: what one pass over its history finds by {@code now} (pauses, responses, the
     * spans in which it was open, its changes of plan and severity), read by every cycle of every metric. Each
     * cycle is measured on the request's pauses as they are, not on a copy of its own.
     */
    private final class Measurement {
        private final RequestHistory history;
        private final Instant now;
        private final Goals goals;
        /** the request's pauses, known by now */
        private final Pauses pauses;
        /** the support team's responses, in time order: the first {@code responses} of the array */
        private final RequestHistory.Entry[] response;
        private final int responses;
        /**
         * The spans in which the request was open, the first {@code periods} of the arrays: from receipt to the first
         * resolution, then from each reopening to the resolution after it; the last has no end (null) while the
         * request is open. A resolution of a resolved request, or a reopening of an open one, changes nothing.
         */
        private final Instant[] openFrom;
        private final Instant[] openUntil;
        private final int periods;
        /** the levels after each change of plan or severity, in time order; few, read per cycle */
        private final List<Level> levels;

        /** @throws DomainException {@code policy.error.plan.unknown} for a plan change to a plan the policy lacks */
        Measurement(RequestHistory history, CalendarOverride atReceipt,
                java.util.function.Function<String, CalendarOverride> contracts, Instant now) {
            this.history = history;
            this.now = now;
            this.goals = new Goals(atReceipt);
            java.util.Set<String> pauseStatuses = history.pauseStatuses().orElse(policy.policy().pauseStatuses());
            // each kind of entry on its own, in time order, up to the first not known by now
            RequestHistory.Entry[] statuses = history.group(RequestHistory.STATUSES);
            Pauses.Builder paused = Pauses.builder(statuses.length / 2);
            Instant pausedSince = null;
            for (RequestHistory.Entry e : statuses) {
                Instant at = e.at();
                if (at.isAfter(now)) {
                    break;
                }
                boolean pausing = pauseStatuses.contains(e.value());
                if (pausing && pausedSince == null) {
                    pausedSince = at;
                } else if (!pausing && pausedSince != null) {
                    paused.add(pausedSince, at);
                    pausedSince = null;
                }
            }
            if (pausedSince != null) {
                paused.add(pausedSince, null);
            }
            this.pauses = paused.build();
            this.response = history.group(RequestHistory.RESPONSES);
            this.responses = knownBy(response, now);
            RequestHistory.Entry[] resolutions = history.group(RequestHistory.RESOLUTIONS);
            Instant[] from = new Instant[resolutions.length + 1];
            Instant[] until = new Instant[from.length];
            from[0] = history.received();
            int open = 1;
            for (RequestHistory.Entry e : resolutions) {
                Instant at = e.at();
                if (at.isAfter(now)) {
                    break;
                }
                if (e.type() == RequestHistory.Entry.Type.RESOLVED && until[open - 1] == null) {
                    until[open - 1] = at;
                } else if (e.type() == RequestHistory.Entry.Type.REOPENED && until[open - 1] != null) {
                    from[open++] = at;
                }
            }
            this.openFrom = from;
            this.openUntil = until;
            this.periods = open;
            List<Level> changes = List.of();
            for (RequestHistory.Entry e : history.group(RequestHistory.GOAL_CHANGES)) {
                if (e.at().isAfter(now)) {
                    break;
                }
                changes = level(changes, e, history, atReceipt, contracts);
            }
            this.levels = changes;
        }

        /** @return how many of the entries, in time order, are known by {@code now} */
        private static int knownBy(RequestHistory.Entry[] entries, Instant now) {
            int n = entries.length;
            while (n > 0 && entries[n - 1].at().isAfter(now)) {
                n--;
            }
            return n;
        }

        /**
         * @param levels the levels so far, {@code List.of()} for none
         * @return them with the plan and severity after the change {@code e}: the entries of one instant are one
         *         change (one edit may set severity and plan), decided by the level after the last
         */
        private List<Level> level(List<Level> levels, RequestHistory.Entry e, RequestHistory history,
                CalendarOverride atReceipt, java.util.function.Function<String, CalendarOverride> contracts) {
            List<Level> changed = levels.isEmpty() ? new ArrayList<>(4) : levels;
            Level before = changed.isEmpty() ? null : changed.get(changed.size() - 1);
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
                changed.set(changed.size() - 1, new Level(e.at(), plan, severity, override));
            } else {
                changed.add(new Level(e.at(), plan, severity, override));
            }
            return changed;
        }

        MetricClock single(Metric metric, Instant start, Instant stop) {
            ClockMeasurement m;
            try {
                m = measureCycle(metric, start, stop);
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
         * cycle with a goal, with how many had one and how many of those were breached; null if none had a goal.
         * Each cycle is measured on the goals in force while it ran: a completed cycle keeps the goal it was
         * measured against.
         *
         * @param starts the cycles' starts, the first {@code count}
         * @param stops  their stops, null for one still running
         */
        MetricClock cycles(Metric metric, Instant[] starts, Instant[] stops, int count) {
            if (count == 0) {
                return null;
            }
            // the last cycle is the one the clock shows: measured in full, and first, so that the earlier ones may be
            // counted without a measurement where the answer is certain
            ClockMeasurement last;
            NoWorkingTimeLeftException unreachable = null;
            try {
                last = measureCycle(metric, starts[count - 1], stops[count - 1]);
            } catch (NoWorkingTimeLeftException e) { // only the running cycle, the last, can be unreachable
                last = null;
                unreachable = e;
            }
            ClockMeasurement current = null;
            int measured = 0;
            int breached = 0;
            for (int i = 0; i < count - 1; i++) {
                if (last != null && surelyMet(metric, starts[i], stops[i])) {
                    measured++; // a completed cycle shorter than its goal: met, whatever the calendar
                    continue;
                }
                ClockMeasurement m;
                try {
                    m = measureCycle(metric, starts[i], stops[i]);
                } catch (NoWorkingTimeLeftException e) { // as for the last one, should an earlier one be unreachable
                    return MetricClock.absent(metric, MetricClock.Absence.UNREACHABLE, unreachable(e), measured,
                            breached);
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
         * @return whether a completed cycle is met for certain without measuring it: one goal applies from its start
         *         to its stop, and the cycle lasts no longer than that goal in wall-clock time (working time never
         *         exceeds the time that passes, and a clock is breached only by more working time than its goal)
         */
        private boolean surelyMet(Metric metric, Instant start, Instant stop) {
            if (stop == null || stop.isAfter(now)) {
                return false;
            }
            LevelGoal goal;
            if (levels.isEmpty()) { // the usual case: one goal from receipt on
                goal = goals.atReceipt(metric, history);
            } else {
                CycleGoals g = cycleGoals(metric, start, stop);
                goal = g != null && g.clockStart().equals(start) && g.changeAt().isEmpty() ? g.initial() : null;
            }
            return goal != null && stop.toEpochMilli() - start.toEpochMilli() <= goal.targetMillis();
        }

        /**
         * Update intervals run while the request is open: from each response to the next, or to the resolution;
         * after a reopening of a request that was answered before, from the reopening too, as the customer waits for
         * news.
         */
        MetricClock updates() {
            Instant[] starts = new Instant[responses + periods];
            Instant[] stops = new Instant[starts.length];
            int count = 0;
            boolean answered = false;
            int r = 0; // responses and periods are both in time order: one walk over the responses serves all periods
            for (int p = 0; p < periods; p++) {
                Instant periodFrom = openFrom[p];
                Instant periodUntil = openUntil[p];
                while (r < responses && response[r].at().isBefore(periodFrom)) {
                    r++; // answered while resolved: no update interval runs from it
                }
                Instant start = answered ? periodFrom : null; // answered before: the customer waits for news again
                for (; r < responses && (periodUntil == null || response[r].at().isBefore(periodUntil)); r++) {
                    Instant at = response[r].at();
                    if (start != null && !start.equals(at)) {
                        starts[count] = start;
                        stops[count++] = at;
                    }
                    start = at;
                    answered = true;
                }
                if (start != null) {
                    starts[count] = start;
                    stops[count++] = periodUntil;
                }
            }
            MetricClock measured = cycles(Metric.UPDATE_INTERVAL, starts, stops, count);
            if (measured != null) {
                return measured;
            }
            // no cycle measured: none has a goal, or none has begun — yet (waiting for the first response), or ever
            // (resolved before any response)
            boolean isOpen = openUntil[periods - 1] == null;
            MetricClock.Absence absence = count > 0 || !hasGoal(Metric.UPDATE_INTERVAL)
                    ? MetricClock.Absence.NO_GOAL
                    : isOpen ? MetricClock.Absence.NOT_STARTED : MetricClock.Absence.NEVER_STARTED;
            return MetricClock.absent(Metric.UPDATE_INTERVAL, absence, null, 0, 0);
        }

        /** @return whether the metric has a goal at receipt or after any of the request's severity and plan changes */
        private boolean hasGoal(Metric metric) {
            if (goalOf(history.planId(), metric, history.severity()) != null) {
                return true;
            }
            for (Level l : levels) {
                if (goalOf(l.plan(), metric, l.severity()) != null) {
                    return true;
                }
            }
            return false;
        }

        /** @return the cycle's goals, or null if none applies from {@code start} to {@code end} */
        private CycleGoals cycleGoals(Metric metric, Instant start, Instant end) {
            LevelGoal initial = goals.atReceipt(metric, history);
            Instant clockStart = start;
            List<Instant> changeAt = new ArrayList<>(2);
            List<LevelGoal> changeTo = new ArrayList<>(2);
            for (Level level : levels) {
                Instant at = level.at();
                LevelGoal next = at.isAfter(end) ? null
                        : levelGoal(level.plan(), metric, level.severity(), level.override(), level.asConfigured());
                if (next == null) {
                    continue; // a level without a goal leaves the running goal in force
                }
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

        /**
         * Measures one clock from start to stop (or now) on the request's pauses, or returns null if no goal applies
         * by its end.
         */
        private ClockMeasurement measureCycle(Metric metric, Instant start, Instant stop) {
            if (levels.isEmpty()) { // the usual case: one goal from receipt on
                LevelGoal goal = goals.atReceipt(metric, history);
                return goal == null ? null : SlaClock.measure(start, goals.of(goal), List.of(), pauses, stop, now);
            }
            Instant end = stop != null && !stop.isAfter(now) ? stop : now;
            CycleGoals g = cycleGoals(metric, start, end);
            if (g == null) {
                return null;
            }
            List<GoalChange> changes = new ArrayList<>(g.changeAt().size());
            for (int i = 0; i < g.changeAt().size(); i++) {
                changes.add(GoalChange.at(g.changeAt().get(i), goals.of(g.changeTo().get(i))));
            }
            return SlaClock.measure(g.clockStart(), goals.of(g.initial()), changes, pauses, stop, now);
        }
    }

    /**
     * The goals of one measurement, each compiled once: a request's cycles ask for the same few goals again and
     * again, and finding a compiled calendar by its key costs more than the clock it runs.
     */
    private final class Goals {
        private final CalendarOverride atReceiptOverride;
        private final boolean atReceiptAsConfigured;
        /** goals on calendars a contract overrides, compiled once per measurement; made when first needed */
        private List<LevelGoal> known;
        private List<Goal> goals;

        /** the goal of each metric at receipt, by ordinal, looked up once */
        private final LevelGoal[] atReceipt = new LevelGoal[Metric.values().length];
        private final boolean[] lookedUp = new boolean[atReceipt.length];

        Goals(CalendarOverride atReceiptOverride) {
            this.atReceiptOverride = atReceiptOverride;
            this.atReceiptAsConfigured = atReceiptOverride.equals(CalendarOverride.NONE);
        }

        /** @return the metric's goal under the plan and severity the request was received with, or null */
        LevelGoal atReceipt(Metric metric, RequestHistory history) {
            int i = metric.ordinal();
            if (!lookedUp[i]) {
                atReceipt[i] = levelGoal(history.planId(), metric, history.severity(), atReceiptOverride,
                        atReceiptAsConfigured);
                lookedUp[i] = true;
            }
            return atReceipt[i];
        }

        Goal of(LevelGoal goal) {
            if (goal.compiled() != null) {
                return goal.compiled();
            }
            if (known == null) {
                known = new ArrayList<>(4);
                goals = new ArrayList<>(4);
            }
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
}
