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
     */
    Instant after(Instant start, Duration amount);

    /** Millisecond form of {@link #between}: epoch milliseconds in, milliseconds of working time out. */
    long millisBetween(long startInclusive, long endExclusive);

    /** Millisecond form of {@link #after}: epoch milliseconds in and out. */
    long millisAfter(long start, long amountMillis);

    /**
     * @param origin epoch milliseconds where counting starts
     * @return a cursor for walking forward from there; cheaper than repeated {@link #millisBetween} calls
     *         when the instants asked for only grow
     */
    Cursor cursor(long origin);

    /** Walks the working time forward from an origin. Not thread-safe: one cursor per computation. */
    interface Cursor {

        /**
         * @param t epoch milliseconds, not before the origin nor before the previous {@code t} given
         * @return working time in {@code [origin, t)}
         */
        long workedUntil(long t);

        /**
         * The earliest instant by which {@code amount} of working time has passed since {@code from}, with
         * the same end-of-interval rule as {@link #after}. Moves the cursor to {@code from}.
         *
         * @param from   epoch milliseconds, not before the origin nor before the previous instant given
         * @param amount milliseconds of working time, not negative
         * @return epoch milliseconds; {@code from} for a zero amount
         */
        long millisAfter(long from, long amount);

        /**
         * Looks back without moving: the earliest instant by which {@code worked} has been worked since the
         * origin, where {@code worked} is more than zero and at most what has been worked up to the cursor's
         * position. An amount that runs out exactly at the end of a working interval is reached at that end.
         *
         * @param worked working time since the origin, in milliseconds
         * @return the instant, in epoch milliseconds, not after the cursor's position
         */
        long instantOfWorked(long worked);
    }
}
