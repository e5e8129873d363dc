package org.contractsla.core.clock;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.contractsla.core.DomainException;

/**
 * All the pauses of one request, in time order, as every cycle of its clocks reads them: a cycle counts only the
 * pauses that overlap it, and a pause running when the cycle starts counts from that start. Built once per request
 * and shared by its cycles, so that measuring one more cycle copies nothing. Immutable and thread-safe.
 */
public final class Pauses {

    /** No pauses. */
    public static final Pauses NONE = new Pauses(new long[0], new long[0]);

    /** Starts and ends in epoch milliseconds, by start; an end is {@code Long.MAX_VALUE} while the pause lasts. */
    private final long[] from;
    private final long[] until;

    private Pauses(long[] from, long[] until) {
        this.from = from;
        this.until = until;
    }

    /**
     * @param expected how many pauses are likely, for sizing; more may be added
     * @return a builder
     */
    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    /** @return how many pauses there are */
    public int size() {
        return from.length;
    }

    /** @return the starts in epoch milliseconds; the caller must not change it */
    long[] fromMillis() {
        return from;
    }

    /** @return the ends in epoch milliseconds, {@code Long.MAX_VALUE} while open; the caller must not change it */
    long[] untilMillis() {
        return until;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < from.length; i++) {
            s.append(i == 0 ? "" : ", ").append(describe(from[i], until[i]));
        }
        return s.append(']').toString();
    }

    private static String describe(long from, long until) {
        return "[" + Instant.ofEpochMilli(from) + ", " + (until == Long.MAX_VALUE ? "…" : Instant.ofEpochMilli(until))
                + ")";
    }

    /** Builds {@link Pauses} in time order; not thread-safe. */
    public static final class Builder {
        private long[] from;
        private long[] until;
        private int n;
        /** the end of the pause added last, to the nanosecond; null while it lasts or before the first */
        private Instant lastUntil;
        private boolean open;

        private Builder(int expected) {
            from = new long[Math.max(expected, 1)];
            until = new long[from.length];
        }

        /**
         * @param fromInclusive  when the pause began, not null, not before the end of the one added before
         * @param untilExclusive when it ended, not before it began; null while it lasts (then it is the last)
         * @return this builder
         * @throws DomainException {@code clock.error.pause.reversed} if it ends before it begins,
         *                         {@code clock.error.pause.overlap} if it begins before the one before ended
         */
        public Builder add(Instant fromInclusive, Instant untilExclusive) {
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            long a = fromInclusive.toEpochMilli();
            long u = untilExclusive == null ? Long.MAX_VALUE : untilExclusive.toEpochMilli();
            if (untilExclusive != null && untilExclusive.isBefore(fromInclusive)) {
                throw new DomainException("clock.error.pause.reversed", fromInclusive.toString(),
                        untilExclusive.toString());
            }
            if (n > 0 && (open || fromInclusive.isBefore(lastUntil))) {
                throw new DomainException("clock.error.pause.overlap", describe(from[n - 1], until[n - 1]),
                        describe(a, u));
            }
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                until = Arrays.copyOf(until, n * 2);
            }
            from[n] = a;
            until[n] = u;
            n++;
            lastUntil = untilExclusive;
            open = untilExclusive == null;
            return this;
        }

        /** @return the pauses added */
        public Pauses build() {
            return n == 0 ? NONE : new Pauses(Arrays.copyOf(from, n), Arrays.copyOf(until, n));
        }
    }
}
