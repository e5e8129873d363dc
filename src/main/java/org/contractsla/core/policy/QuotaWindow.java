package org.contractsla.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import org.contractsla.core.DomainException;

/** A half-open range of days in which a case quota counts. Immutable. */
public final class QuotaWindow {

    private final LocalDate startInclusive;
    private final LocalDate endExclusive;

    private QuotaWindow(LocalDate startInclusive, LocalDate endExclusive) {
        this.startInclusive = startInclusive;
        this.endExclusive = endExclusive;
    }

    /**
     * @param startInclusive first day, not null
     * @param endExclusive   first day after, later than the start
     * @return the window
     */
    public static QuotaWindow of(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new DomainException("contract.error.window.empty", startInclusive, endExclusive);
        }
        return new QuotaWindow(startInclusive, endExclusive);
    }

    /** @return the first day, not null */
    public LocalDate startInclusive() {
        return startInclusive;
    }

    /** @return the first day after the window, not null */
    public LocalDate endExclusive() {
        return endExclusive;
    }

    /** @return whether the day lies in the window */
    public boolean contains(LocalDate day) {
        return !day.isBefore(startInclusive) && day.isBefore(endExclusive);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuotaWindow && ((QuotaWindow) o).startInclusive.equals(startInclusive)
                && ((QuotaWindow) o).endExclusive.equals(endExclusive);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(startInclusive, endExclusive);
    }

    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")";
    }
}
