package org.contractsla.core.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.NoWorkingTimeLeftException;
import org.contractsla.core.calendar.WorkingTime;

/**
 * Measures an SLA clock from a request's timeline at a given instant.
 *
 * <p>Rules (domain spec §3.3–3.4): the clock counts working time from receipt, skipping pauses, until its
 * stop event. When the goal changes at T, working time before T is counted on the old goal's calendar and
 * time after it on the new one's; the sum is held against the new goal's target. The due instant is the
 * earliest instant at which that sum reaches the target, but never before the goal in force took over.
 * The clock is breached once it has counted more working time than the goal: from the due instant on, or,
 * when the goal runs out exactly at the end of a working interval, from the next instant it counts (the
 * next opening). A stop before then is met, with nothing remaining.
 *
 * <p>Events after {@code now} are not yet known and are ignored. Stateless and thread-safe.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /**
     * @param timeline the request's timeline, not null
     * @param now      the instant to measure at (from an injected {@link java.time.Clock}), not null
     * @return the measurement; a clock stopped before its goal was used up has no due instant if its calendar
     *         could never have reached the goal
     * @throws NoWorkingTimeLeftException if the clock still runs and its goal can never be reached
     */
    public static ClockMeasurement measure(RequestTimeline timeline, Instant now) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(now, "now");
        return measure(timeline.receivedMillis(), timeline.received(), timeline.initialGoal(), timeline.goalChanges(),
                timeline.pauseFromMillis(), timeline.pauseUntilMillis(), timeline.stopMillis(), timeline.stopOrNull(),
                now);
    }

    /**
     * One cycle of a request's clock, such as one update interval, measured on all the request's pauses: as
     * {@link #measure(RequestTimeline, Instant)} for a timeline received at {@code start} with those pauses that
     * overlap the cycle, one running at its start cut there. The pauses are shared by every cycle of the request, so
     * that a cycle costs no copies.
     *
     * @param start   when the cycle's clock starts, not null
     * @param goal    the goal it starts with, not null
     * @param changes later changes of goal, in time order, none before {@code start}, not null
     * @param pauses  the request's pauses, not null
     * @param stop    the cycle's stop event, not before {@code start}; null while it runs
     * @param now     the instant to measure at, not null
     * @return the measurement
     * @throws DomainException {@code clock.error.beforeReceived} for a stop or change before {@code start}
     * @throws IllegalArgumentException for changes out of order
     * @throws NoWorkingTimeLeftException as {@link #measure(RequestTimeline, Instant)}
     */
    public static ClockMeasurement measure(Instant start, Goal goal, List<GoalChange> changes, Pauses pauses,
            Instant stop, Instant now) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(now, "now");
        Instant before = start;
        for (GoalChange c : changes) {
            requireNotBefore(c.at(), start);
            if (c.at().isBefore(before)) {
                throw new IllegalArgumentException("goal changes out of order: " + c.at() + " after " + before);
            }
            before = c.at();
        }
        if (stop != null) {
            requireNotBefore(stop, start);
        }
        long begin = start.toEpochMilli();
        long stopMillis = stop == null ? Long.MAX_VALUE : stop.toEpochMilli();
        // measured at its very start (stopped there, or asked about then), no pause has taken effect yet, as on a
        // timeline of the cycle's own, where a pause running at the start would begin there
        Pauses counted = Math.min(stopMillis, Math.max(now.toEpochMilli(), begin)) == begin ? Pauses.NONE : pauses;
        return measure(begin, start, goal, changes, counted.fromMillis(), counted.untilMillis(), stopMillis, stop, now);
    }

    private static void requireNotBefore(Instant at, Instant start) {
        if (at.isBefore(start)) {
            throw new DomainException("clock.error.beforeReceived", at.toString(), start.toString());
        }
    }

    /**
     * @param received   the clock's start in epoch milliseconds ({@code receivedAt})
     * @param stopMillis its stop in epoch milliseconds ({@code stop}), {@code Long.MAX_VALUE} if none
     * @param pauseFrom  pause starts by start (pauses disjoint); those before {@code received} are cut there
     * @param pauseUntil their ends, {@code Long.MAX_VALUE} while open
     */
    private static ClockMeasurement measure(long received, Instant receivedAt, Goal initialGoal,
            List<GoalChange> changes, long[] pauseFrom, long[] pauseUntil, long stopMillis, Instant stop,
            Instant now) {
        long nowMillis = now.toEpochMilli();
        long nowMs = Math.max(nowMillis, received);
        boolean stopped = stopMillis <= nowMs;
        long end = stopped ? stopMillis : nowMs;

        // goal periods: the initial goal, then each change known by the end
        int periods = 1;
        while (periods <= changes.size() && changes.get(periods - 1).at().toEpochMilli() <= end) {
            periods++;
        }
        Goal finalGoal = goal(initialGoal, changes, periods - 1);
        long takeover = periodStart(received, changes, periods - 1);

        // running spans: from the takeover on, minus the pauses known at the end; a pause still open at "now"
        // (clock not stopped) lasts indefinitely, so the clock is paused and, unless the goal ran out before the
        // pause began, has no due instant
        long workedBeforeTakeover = 0;
        for (int g = 0; g + 1 < periods; g++) {
            // an earlier goal's period ends at the change: pauses running into it are cut there
            workedBeforeTakeover += goal(initialGoal, changes, g).calendar().walk(periodStart(received, changes, g),
                    periodStart(received, changes, g + 1), pauseFrom, pauseUntil, WorkingTime.NO_TARGET).worked();
        }
        WorkingTime calendar = finalGoal.calendar();
        long left = Math.max(0, finalGoal.targetMillis() - workedBeforeTakeover);
        WorkingTime.Walk walk;
        long due;
        try {
            walk = calendar.walk(takeover, end, pauseFrom, pauseUntil, left);
            due = walk.reachedAt();
            if (!walk.reached() && stopped) { // stopped in a pause: the due instant as if it had run on from the stop
                due = calendar.millisAfter(end, left - walk.worked());
            }
        } catch (NoWorkingTimeLeftException e) {
            if (!stopped) {
                throw e; // a running clock whose goal can never be reached: its caller says so
            }
            // stopped before its goal was used up: met, though the calendar could never have reached the goal
            walk = calendar.walk(takeover, end, pauseFrom, pauseUntil, WorkingTime.NO_TARGET);
            due = NEVER;
        }
        long elapsed = workedBeforeTakeover + walk.worked();
        boolean pausedForever = walk.endsInGap() && !stopped;

        // breached means more working time than the goal: a stop (or now) after the due instant but before any
        // further working time has passed (after hours, in a pause) is still within it
        long target = finalGoal.targetMillis();
        ClockState state;
        long breachedAt = ClockMeasurement.NO_DUE;
        if (elapsed > target) {
            state = ClockState.BREACHED;
            breachedAt = workedBeforeTakeover > target ? takeover
                    : firstCountedFrom(calendar, due, takeover, end, pauseFrom, pauseUntil, left);
        } else if (stopped) {
            state = ClockState.MET;
        } else {
            state = pausedForever ? ClockState.PAUSED : ClockState.RUNNING;
        }
        Instant measuredAt = stopped ? stop : end == nowMillis ? now : receivedAt;
        return new ClockMeasurement(state, finalGoal.target(), elapsed,
                due == NEVER ? ClockMeasurement.NO_DUE : due, breachedAt, measuredAt, stopped, pausedForever);
    }

    /**
     * The instant from which the clock counts more than its goal: the due instant if the clock counts there (the
     * usual case), else the next instant it counts again, such as the next opening after a goal that ran out at
     * the end of a working interval. Called only when more than {@code left} is counted in {@code [takeover, end)}.
     */
    private static long firstCountedFrom(WorkingTime calendar, long due, long takeover, long end, long[] pauseFrom,
            long[] pauseUntil, long left) {
        boolean paused = false;
        for (int p = 0; p < pauseFrom.length && pauseFrom[p] <= due; p++) {
            paused |= due < pauseUntil[p];
        }
        if (!paused && calendar.millisBetween(due, due + 1) == 1) {
            return due;
        }
        // the instant by which one millisecond more than the goal is counted, less that millisecond: every bound
        // of working time and pauses lies on a whole millisecond
        return calendar.walk(takeover, end, pauseFrom, pauseUntil, left + 1).reachedAt() - 1;
    }

    private static final long NEVER = WorkingTime.Walk.NOT_REACHED;

    private static Goal goal(Goal initialGoal, List<GoalChange> changes, int period) {
        return period == 0 ? initialGoal : changes.get(period - 1).goal();
    }

    private static long periodStart(long received, List<GoalChange> changes, int period) {
        return period == 0 ? received : changes.get(period - 1).at().toEpochMilli();
    }
}
