package org.contractsla.core.calendar;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many working intervals a group of {@link WorkingTimeline}s may keep compiled together: all the
 * timelines of one policy share one budget, so that neither many calendars nor many contracts' views of them
 * multiply the memory a policy holds. When a compile takes the group past the budget, every timeline of the
 * group drops the chunks it kept; they are compiled again when next needed. Thread-safe.
 */
public final class ChunkBudget {

    private final long maxIntervals;
    private final AtomicLong kept = new AtomicLong();
    private final List<WorkingTimeline> members = new CopyOnWriteArrayList<>();

    private ChunkBudget(long maxIntervals) {
        this.maxIntervals = maxIntervals;
    }

    /**
     * @param maxIntervals working intervals the group may keep, positive
     * @return a budget with nothing kept yet
     */
    public static ChunkBudget of(long maxIntervals) {
        if (maxIntervals <= 0) {
            throw new IllegalArgumentException("maxIntervals must be positive: " + maxIntervals);
        }
        return new ChunkBudget(maxIntervals);
    }

    /** @return the working intervals the group may keep */
    public long maxIntervals() {
        return maxIntervals;
    }

    void join(WorkingTimeline timeline) {
        members.add(timeline);
    }

    /** Counts a chunk of {@code intervals} just kept; past the budget, every member drops what it keeps. */
    void kept(int intervals) {
        if (kept.addAndGet(intervals) > maxIntervals) {
            kept.set(0);
            for (WorkingTimeline t : members) {
                t.dropChunks();
            }
        }
    }

    /** @return working intervals counted as kept now, roughly (concurrent compiles may count one twice) */
    public long keptIntervals() {
        return kept.get();
    }
}
