package org.contractsla.core.clock;

import java.time.Duration;
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
        long received = timeline.received().toEpochMilli();
        long nowMs = Math.max(now.toEpochMilli(), received);
        Instant stop = timeline.stop().orElse(null);
        boolean stopped = stop != null && stop.toEpochMilli() <= nowMs;
        long end = stopped ? stop.toEpochMilli() : nowMs;

        // goal periods: the initial goal, then each change known by the end
        List<GoalChange> changes = timeline.goalChanges();
        int periods = 1;
        while (periods <= changes.size() && changes.get(periods - 1).at().toEpochMilli() <= end) {
            periods++;
        }
        Goal finalGoal = goal(timeline, periods - 1);
        long takeover = periodStart(timeline, periods - 1);

        // running spans: receipt onwards minus the pauses known at the end; a pause still open at "now" (clock
        // not stopped) lasts indefinitely, so the last span ends where that pause began
        long[] pauseFrom = timeline.pauseFromMillis();
        long[] pauseUntil = timeline.pauseUntilMillis();
        long workedBeforeTakeover = 0;
        for (int g = 0; g + 1 < periods; g++) {
            // an earlier goal's period ends at the change: pauses running into it are cut there
            Walk earlier = new Walk();
            earlier.run(goal(timeline, g).calendar(), periodStart(timeline, g), periodStart(timeline, g + 1), true,
                    pauseFrom, pauseUntil, -1);
            workedBeforeTakeover += earlier.worked;
        }
        Walk walk = new Walk();
        walk.run(finalGoal.calendar(), takeover, end, stopped, pauseFrom, pauseUntil,
                Math.max(0, finalGoal.target().toMillis() - workedBeforeTakeover));
        long elapsed = workedBeforeTakeover + walk.worked;
        long due = walk.due;

        ClockState state;
        if (stopped) {
            state = end <= due ? ClockState.MET : ClockState.BREACHED;
        } else if (due != NEVER && nowMs > due) {
            state = ClockState.BREACHED;
        } else {
            state = walk.pausedForever ? ClockState.PAUSED : ClockState.RUNNING;
        }
        return new ClockMeasurement(state, finalGoal.target(), Duration.ofMillis(elapsed),
                due == NEVER ? null : Instant.ofEpochMilli(due), Instant.ofEpochMilli(end));
    }

    private static final long NEVER = Long.MAX_VALUE;

    private static Goal goal(RequestTimeline timeline, int period) {
        return period == 0 ? timeline.initialGoal() : timeline.goalChanges().get(period - 1).goal();
    }

    private static long periodStart(RequestTimeline timeline, int period) {
        return period == 0 ? timeline.received().toEpochMilli()
                : timeline.goalChanges().get(period - 1).at().toEpochMilli();
    }

    /**
     * One walk over the running spans from {@code from}: working time until {@code end} and, when asked, the
     * earliest instant by which {@code left} more has been worked. Each pause costs two steps of a forward
     * cursor; the due instant is looked up behind the cursor once the span that holds it is known.
     */
    private static final class Walk {
        long worked;
        long due;
        boolean pausedForever;

        /** @param left the rest of the goal, 0 or more; negative to measure working time only (due stays NEVER) */
        void run(WorkingTime calendar, long from, long end, boolean stopped, long[] pauseFrom, long[] pauseUntil,
                long left) {
            WorkingTime.Cursor cursor = calendar.cursor(from);
            boolean findDue = left >= 0;
            due = left == 0 ? from : NEVER;
            long t = from;
            for (int p = 0; p < pauseFrom.length; p++) {
                long a = pauseFrom[p];
                if (a >= end) {
                    break;
                }
                long b = pauseUntil[p];
                boolean forever = b > end && !stopped;
                if (b > end) {
                    b = end;
                }
                if (!forever && b <= t) {
                    continue; // over before the goal in force took over
                }
                if (a > t) {
                    long wa = cursor.workedUntil(t);
                    long wb = cursor.workedUntil(a);
                    worked += wb - wa;
                    left = account(cursor, wa, wb, left);
                }
                if (forever) {
                    pausedForever = true;
                    return;
                }
                t = Math.max(t, b);
            }
            long wa = cursor.workedUntil(t);
            if (t < end) {
                long wb = cursor.workedUntil(end);
                worked += wb - wa;
                left = account(cursor, wa, wb, left);
                if (findDue && due == NEVER) {
                    due = cursor.millisAfter(end, left);
                }
            } else if (findDue && due == NEVER) {
                due = cursor.millisAfter(t, left);
            }
        }

        /** @return what is left of the goal after a span with {@code wa..wb} worked; sets due if it runs out */
        private long account(WorkingTime.Cursor cursor, long wa, long wb, long left) {
            if (due != NEVER || left < 0) {
                return left;
            }
            if (wb - wa >= left) {
                due = cursor.instantOfWorked(wa + left);
                return 0;
            }
            return left - (wb - wa);
        }
    }
}
