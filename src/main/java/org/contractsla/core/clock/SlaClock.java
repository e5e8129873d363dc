package org.contractsla.core.clock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.contractsla.core.calendar.WorkingTime;

/**
 * Measures an SLA clock from a request's timeline at a given instant.
 *
 * <p>Rules (domain spec §3.3–3.4): the clock counts working time from receipt, skipping pauses, until its
 * stop event. When the goal changes at T, working time before T is counted on the old goal's calendar and
 * time after it on the new one's; the sum is held against the new goal's target. The due instant is the
 * earliest instant at which that sum reaches the target, but never before the goal in force took over.
 * A stop at or before the due instant is met; a later one is breached.
 *
 * <p>Events after {@code now} are not yet known and are ignored. Stateless and thread-safe.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /**
     * @param timeline the request's timeline, not null
     * @param now      the instant to measure at (from an injected {@link java.time.Clock}), not null
     * @return the measurement
     */
    public static ClockMeasurement measure(RequestTimeline timeline, Instant now) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(now, "now");
        long received = timeline.receivedMillis();
        long nowMillis = now.toEpochMilli();
        long nowMs = Math.max(nowMillis, received);
        boolean stopped = timeline.stopMillis() <= nowMs;
        long end = stopped ? timeline.stopMillis() : nowMs;

        // goal periods: the initial goal, then each change known by the end
        List<GoalChange> changes = timeline.goalChanges();
        int periods = 1;
        while (periods <= changes.size() && changes.get(periods - 1).at().toEpochMilli() <= end) {
            periods++;
        }
        Goal finalGoal = goal(timeline, periods - 1);
        long takeover = periodStart(timeline, periods - 1);

        // running spans: from the takeover on, minus the pauses known at the end; a pause still open at "now"
        // (clock not stopped) lasts indefinitely, so the clock is paused and, unless the goal ran out before the
        // pause began, has no due instant
        long[] pauseFrom = timeline.pauseFromMillis();
        long[] pauseUntil = timeline.pauseUntilMillis();
        long workedBeforeTakeover = 0;
        for (int g = 0; g + 1 < periods; g++) {
            // an earlier goal's period ends at the change: pauses running into it are cut there
            workedBeforeTakeover += goal(timeline, g).calendar().walk(periodStart(timeline, g),
                    periodStart(timeline, g + 1), pauseFrom, pauseUntil, WorkingTime.NO_TARGET).worked();
        }
        WorkingTime calendar = finalGoal.calendar();
        long left = Math.max(0, finalGoal.targetMillis() - workedBeforeTakeover);
        WorkingTime.Walk walk = calendar.walk(takeover, end, pauseFrom, pauseUntil, left);
        long elapsed = workedBeforeTakeover + walk.worked();
        boolean pausedForever = walk.endsInGap() && !stopped;
        long due = walk.reachedAt();
        if (!walk.reached() && stopped) { // stopped in a pause: the due instant as if it had run on from the stop
            due = calendar.millisAfter(end, left - walk.worked());
        }

        ClockState state;
        if (stopped) {
            state = end <= due ? ClockState.MET : ClockState.BREACHED;
        } else if (due != NEVER && nowMs > due) {
            state = ClockState.BREACHED;
        } else {
            state = pausedForever ? ClockState.PAUSED : ClockState.RUNNING;
        }
        Instant measuredAt = stopped ? timeline.stopOrNull() : end == nowMillis ? now : timeline.received();
        return new ClockMeasurement(state, finalGoal.target(), elapsed,
                due == NEVER ? ClockMeasurement.NO_DUE : due, measuredAt);
    }

    private static final long NEVER = WorkingTime.Walk.NOT_REACHED;

    private static Goal goal(RequestTimeline timeline, int period) {
        return period == 0 ? timeline.initialGoal() : timeline.goalChanges().get(period - 1).goal();
    }

    private static long periodStart(RequestTimeline timeline, int period) {
        return period == 0 ? timeline.receivedMillis() : timeline.goalChanges().get(period - 1).at().toEpochMilli();
    }
}
