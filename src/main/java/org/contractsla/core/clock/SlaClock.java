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
        Spans spans = Spans.of(timeline.pauseFromMillis(), timeline.pauseUntilMillis(), received, end, stopped);

        long workedBeforeTakeover = 0;
        for (int g = 0; g + 1 < periods; g++) {
            long from = periodStart(timeline, g);
            workedBeforeTakeover += spans.worked(goal(timeline, g).calendar().cursor(from), from,
                    periodStart(timeline, g + 1));
        }
        long[] finalPart = spans.workedAndDue(finalGoal.calendar(), takeover, end,
                finalGoal.target().toMillis() - workedBeforeTakeover);
        long elapsed = workedBeforeTakeover + finalPart[0];
        long due = finalPart[1];

        ClockState state;
        if (stopped) {
            state = end <= due ? ClockState.MET : ClockState.BREACHED;
        } else if (due != NEVER && nowMs > due) {
            state = ClockState.BREACHED;
        } else {
            state = spans.pausedForever ? ClockState.PAUSED : ClockState.RUNNING;
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

    /** The spans in which the clock runs, in time order. */
    private static final class Spans {
        final long[] start;
        final long[] end;
        final int count;
        final boolean pausedForever;

        private Spans(long[] start, long[] end, int count, boolean pausedForever) {
            this.start = start;
            this.end = end;
            this.count = count;
            this.pausedForever = pausedForever;
        }

        static Spans of(long[] pauseFrom, long[] pauseUntil, long received, long clockEnd, boolean stopped) {
            long[] start = new long[pauseFrom.length + 1];
            long[] end = new long[pauseFrom.length + 1];
            int n = 0;
            long t = received;
            boolean forever = false;
            for (int p = 0; p < pauseFrom.length; p++) {
                long from = pauseFrom[p];
                if (from >= clockEnd) {
                    break;
                }
                long until = pauseUntil[p];
                if (until > clockEnd) {
                    if (stopped) {
                        until = clockEnd;
                    } else {
                        forever = true;
                    }
                }
                start[n] = t;
                end[n++] = from;
                if (forever) {
                    return new Spans(start, end, n, true);
                }
                t = until;
            }
            start[n] = t;
            end[n++] = NEVER;
            return new Spans(start, end, n, false);
        }

        /** Working time of the spans within [from, to), walked with a cursor whose origin is {@code from}. */
        long worked(WorkingTime.Cursor cursor, long from, long to) {
            long sum = 0;
            for (int s = 0; s < count && start[s] < to; s++) {
                long a = Math.max(start[s], from);
                long b = Math.min(end[s], to);
                if (a < b) {
                    long atA = cursor.workedUntil(a); // a before b: the cursor only moves forward
                    sum += cursor.workedUntil(b) - atA;
                }
            }
            return sum;
        }

        /**
         * One walk over the spans from {@code from}: working time until {@code to}, and the earliest instant,
         * not before {@code from}, by which {@code left} more has been worked (NEVER if a lasting pause comes
         * first).
         *
         * @return {worked until to, due}
         */
        long[] workedAndDue(WorkingTime calendar, long from, long to, long left) {
            long worked = 0;
            long due = left <= 0 ? from : NEVER;
            WorkingTime.Cursor cursor = calendar.cursor(from);
            for (int s = 0; s < count; s++) {
                if (end[s] <= from) {
                    continue;
                }
                long a = Math.max(start[s], from);
                boolean counting = a < to;
                if (!counting && due != NEVER) {
                    break;
                }
                long atA = cursor.workedUntil(a);
                if (due == NEVER) {
                    // where the rest would run out if the span lasted: inside the span, that is the due instant
                    long candidate = cursor.millisAfter(a, left);
                    if (candidate <= end[s]) {
                        due = candidate;
                    }
                }
                long atB = -1;
                if (counting) {
                    long b = Math.min(end[s], to);
                    atB = cursor.workedUntil(b);
                    worked += atB - atA;
                    if (b != end[s]) {
                        atB = -1;
                    }
                }
                if (due == NEVER) {
                    left -= (atB >= 0 ? atB : cursor.workedUntil(end[s])) - atA;
                }
            }
            return new long[] {worked, due};
        }
    }
}
