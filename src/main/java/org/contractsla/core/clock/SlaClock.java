package org.contractsla.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
        boolean stopped = timeline.stop().isPresent() && timeline.stop().get().toEpochMilli() <= nowMs;
        long end = stopped ? timeline.stop().get().toEpochMilli() : nowMs;

        // goals in force: the initial one and each change known by the end
        List<GoalChange> changes = timeline.goalChanges();
        int changeCount = 0;
        while (changeCount < changes.size() && changes.get(changeCount).at().toEpochMilli() <= end) {
            changeCount++;
        }
        Goal finalGoal = changeCount == 0 ? timeline.initialGoal() : changes.get(changeCount - 1).goal();
        long takeover = changeCount == 0 ? received : changes.get(changeCount - 1).at().toEpochMilli();
        long target = finalGoal.target().toMillis();

        // pauses as known at the end; one still open at "now" (clock not stopped) extends indefinitely
        List<Pause> pauses = timeline.pauses();
        long[] pauseFrom = new long[pauses.size()];
        long[] pauseUntil = new long[pauses.size()];
        int pauseCount = 0;
        boolean pausedNow = false;
        for (Pause p : pauses) {
            long from = p.from().toEpochMilli();
            if (from >= end) {
                break;
            }
            long until = p.until().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            if (until > end) {
                if (stopped) {
                    until = end;
                } else {
                    until = Long.MAX_VALUE;
                    pausedNow = true;
                }
            }
            pauseFrom[pauseCount] = from;
            pauseUntil[pauseCount] = until;
            pauseCount++;
        }

        Counter counter = new Counter(timeline, changes, changeCount, pauseFrom, pauseUntil, pauseCount);
        long elapsed = counter.worked(received, end);
        long due = counter.due(takeover, target, finalGoal);

        ClockState state;
        if (stopped) {
            state = end <= due ? ClockState.MET : ClockState.BREACHED;
        } else if (due != Long.MAX_VALUE && nowMs > due) {
            state = ClockState.BREACHED;
        } else {
            state = pausedNow ? ClockState.PAUSED : ClockState.RUNNING;
        }
        return new ClockMeasurement(state, finalGoal.target(), Duration.ofMillis(elapsed),
                due == Long.MAX_VALUE ? null : Instant.ofEpochMilli(due), Instant.ofEpochMilli(end));
    }

    /** Counts working time over the clock's running spans, each on the calendar of the goal then in force. */
    private static final class Counter {
        private final long received;
        private final Goal initial;
        private final List<GoalChange> changes;
        private final int changeCount;
        private final long[] pauseFrom;
        private final long[] pauseUntil;
        private final int pauseCount;

        Counter(RequestTimeline timeline, List<GoalChange> changes, int changeCount, long[] pauseFrom,
                long[] pauseUntil, int pauseCount) {
            this.received = timeline.received().toEpochMilli();
            this.initial = timeline.initialGoal();
            this.changes = changes;
            this.changeCount = changeCount;
            this.pauseFrom = pauseFrom;
            this.pauseUntil = pauseUntil;
            this.pauseCount = pauseCount;
        }

        /** Working time in [from, to) outside pauses, piecewise by goal. */
        long worked(long from, long to) {
            long sum = 0;
            for (int g = 0; g <= changeCount; g++) {
                long gStart = g == 0 ? received : changes.get(g - 1).at().toEpochMilli();
                long gEnd = g == changeCount ? Long.MAX_VALUE : changes.get(g).at().toEpochMilli();
                long a = Math.max(from, gStart);
                long b = Math.min(to, gEnd);
                if (a < b) {
                    sum += runningTime(goal(g), a, b);
                }
            }
            return sum;
        }

        private Goal goal(int g) {
            return g == 0 ? initial : changes.get(g - 1).goal();
        }

        private long runningTime(Goal goal, long from, long to) {
            long sum = 0;
            long t = from;
            for (int i = 0; i < pauseCount && t < to; i++) {
                if (pauseUntil[i] <= t) {
                    continue;
                }
                long runEnd = Math.min(to, pauseFrom[i]);
                if (t < runEnd) {
                    sum += goal.calendar().millisBetween(t, runEnd);
                }
                t = Math.max(t, pauseUntil[i]);
            }
            if (t < to) {
                sum += goal.calendar().millisBetween(t, to);
            }
            return sum;
        }

        /** Earliest instant, not before takeover, at which the worked sum reaches target; MAX_VALUE if paused first. */
        long due(long takeover, long target, Goal finalGoal) {
            long left = target - worked(received, takeover);
            if (left <= 0) {
                return takeover;
            }
            long t = takeover;
            for (int i = 0; i < pauseCount; i++) {
                if (pauseUntil[i] <= t) {
                    continue;
                }
                if (t < pauseFrom[i]) {
                    long run = finalGoal.calendar().millisBetween(t, pauseFrom[i]);
                    if (run >= left) {
                        return finalGoal.calendar().millisAfter(t, left);
                    }
                    left -= run;
                }
                if (pauseUntil[i] == Long.MAX_VALUE) {
                    return Long.MAX_VALUE;
                }
                t = Math.max(t, pauseUntil[i]);
            }
            return finalGoal.calendar().millisAfter(t, left);
        }
    }
}
