package org.contractsla.core.policy;

import java.util.Objects;
import java.util.OptionalInt;
import org.contractsla.core.DomainException;

/** How many named contacts a contract of a plan may register. Immutable. */
public final class ContactLimit {

    private static final ContactLimit UNLIMITED = new ContactLimit(0, -1);

    private final int min;
    private final int max;

    private ContactLimit(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** @return any number of contacts */
    public static ContactLimit unlimited() {
        return UNLIMITED;
    }

    /**
     * @param min at least, 0 or more
     * @param max at most, not below {@code min} and at least 1
     * @return the limit
     * @throws DomainException {@code plan.error.contacts.range}
     */
    public static ContactLimit between(int min, int max) {
        if (min < 0 || max < 1 || max < min || max > 10_000) {
            throw new DomainException("plan.error.contacts.range", min, max);
        }
        return new ContactLimit(min, max);
    }

    /**
     * @param min at least, 0 to 10 000
     * @return a limit with no maximum
     */
    public static ContactLimit atLeast(int min) {
        if (min < 0 || min > 10_000) {
            throw new DomainException("plan.error.contacts.range", min, "-");
        }
        return min == 0 ? UNLIMITED : new ContactLimit(min, -1);
    }

    /** @return the least number of contacts */
    public int min() {
        return min;
    }

    /** @return the most, empty when there is no maximum */
    public OptionalInt max() {
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /** @return whether that many registered contacts exceed the maximum */
    public boolean exceededBy(int registered) {
        return max >= 0 && registered > max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactLimit && ((ContactLimit) o).min == min && ((ContactLimit) o).max == max;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return min + ".." + (max < 0 ? "*" : String.valueOf(max));
    }
}
