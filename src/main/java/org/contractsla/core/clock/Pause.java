package org.contractsla.core.clock;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/**
 * A span in which the clock does not count, such as waiting for the customer: {@code [from, until)},
 * open-ended while it lasts. Immutable and thread-safe.
 */
public final class Pause {

    private final Instant from;
    private final Instant until;

    private Pause(Instant from, Instant until) {
        this.from = from;
        this.until = until;
    }

    /**
     * @param fromInclusive  when the pause began, not null
     * @param untilExclusive when it ended, not null, not before the start
     * @return a finished pause
     * @throws DomainException {@code clock.error.pause.reversed} if it ends before it begins
     */
    public static Pause between(Instant fromInclusive, Instant untilExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(untilExclusive, "untilExclusive");
        if (untilExclusive.isBefore(fromInclusive)) {
            throw new DomainException("clock.error.pause.reversed", fromInclusive.toString(), untilExclusive.toString());
        }
        return new Pause(fromInclusive, untilExclusive);
    }

    /**
     * @param fromInclusive when the pause began, not null
     * @return a pause that has not ended
     */
    public static Pause since(Instant fromInclusive) {
        return new Pause(Objects.requireNonNull(fromInclusive, "fromInclusive"), null);
    }

    /** @return when the pause began, not null */
    public Instant from() {
        return from;
    }

    /** @return when it ended; empty while it lasts */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    /** @return the end in epoch milliseconds, {@code Long.MAX_VALUE} while the pause lasts */
    long untilMillis() {
        return until == null ? Long.MAX_VALUE : until.toEpochMilli();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pause && ((Pause) o).from.equals(from) && Objects.equals(((Pause) o).until, until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (until == null ? "…" : until) + ")";
    }
}
