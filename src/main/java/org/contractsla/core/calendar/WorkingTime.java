package org.contractsla.core.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Working time on a calendar: how much of it lies between two instants, and when a given amount of it
 * has passed. Implementations are thread-safe.
 */
public interface WorkingTime {

    /**
     * @param startInclusive first instant, not null
     * @param endExclusive   last instant (exclusive), not null
     * @return the working time in {@code [startInclusive, endExclusive)}; zero if the end is not after the start
     */
    Duration between(Instant startInclusive, Instant endExclusive);

    /**
     * The earliest instant at which {@code amount} of working time has passed since {@code start}. When
     * the amount runs out exactly at the end of a working interval, that end is the answer, not the next
     * opening.
     *
     * @param start  where counting starts, not null; outside working time counting begins at the next opening
     * @param amount working time to pass, not null, not negative
     * @return that instant; {@code start} for a zero amount
     * @throws NoWorkingTimeLeftException if the calendar has too little working time left to pass it
     */
    Instant after(Instant start, Duration amount);

    /** Millisecond form of {@link #between}: epoch milliseconds in, milliseconds of working time out. */
    long millisBetween(long startInclusive, long endExclusive);

    /** Millisecond form of {@link #after}: epoch milliseconds in and out; throws as it does. */
    long millisAfter(long start, long amountMillis);

    /**
     * One pass over {@code [from, end)} with gaps left out (for an SLA clock: its pauses): the working time
     * in what is left and, if asked, the earliest instant by which a target amount of working time has been
     * counted, with the same end-of-interval rule as {@link #after}. A target not reached by {@code end} is
     * looked for after it, counting on without gaps, unless a gap lasts beyond the end. The gaps' ends are
     * visited in order and each is placed by stepping on from the one before: no search.
     *
     * @param from     epoch milliseconds where counting starts
     * @param end      epoch milliseconds where the gaps stop being known (exclusive), not before {@code from}
     * @param gapFrom  gap starts, ascending; gaps may overlap, begin before {@code from} or reach past {@code end}
     * @param gapUntil gap ends (exclusive), one per start, not before it; {@code Long.MAX_VALUE} for an open gap
     * @param target   milliseconds of working time to find the instant of, not negative; or {@link #NO_TARGET}
     * @return what the pass found
     */
    Walk walk(long from, long end, long[] gapFrom, long[] gapUntil, long target);

    /** Tells {@link #walk} to count only. */
    long NO_TARGET = -1;

    /**
     * What {@link #walk} found.
     *
     * @param worked    working time in {@code [from, end)} outside the gaps, in milliseconds
     * @param reachedAt epoch milliseconds by which the target is worked, before or after {@code end};
     *                  {@link #NOT_REACHED} if a gap lasts beyond the end and the target was not reached before
     *                  it, or if there is no target; {@code from} for a zero target
     * @param endsInGap true if a gap that began before {@code end} lasts beyond it
     */
    record Walk(long worked, long reachedAt, boolean endsInGap) {

        /** {@link #reachedAt} when the target was not reached. */
        public static final long NOT_REACHED = Long.MAX_VALUE;

        /** @return true if the instant of the target is known */
        public boolean reached() {
            return reachedAt != NOT_REACHED;
        }
    }
}
