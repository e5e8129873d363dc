package org.contractsla.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.contractsla.core.DomainException;

/** Agent time a contract may use per month on one request category, e.g. 15 minutes of usage questions. Immutable. */
public final class EffortBudget {

    private final String category;
    private final Duration perMonth;

    private EffortBudget(String category, Duration perMonth) {
        this.category = category;
        this.perMonth = perMonth;
    }

    /**
     * @param category request category id, not blank
     * @param perMonth time per calendar month, 1 minute to 744 hours
     * @return the budget
     * @throws DomainException {@code plan.error.effort.category}, {@code plan.error.effort.range}
     */
    public static EffortBudget of(String category, Duration perMonth) {
        if (category == null || category.isBlank()) {
            throw new DomainException("plan.error.effort.category");
        }
        Objects.requireNonNull(perMonth, "perMonth");
        if (perMonth.compareTo(Duration.ofMinutes(1)) < 0 || perMonth.compareTo(Duration.ofHours(744)) > 0) {
            throw new DomainException("plan.error.effort.range", perMonth);
        }
        return new EffortBudget(category, perMonth);
    }

    /** @return the request category, not null */
    public String category() {
        return category;
    }

    /** @return time per calendar month, not null */
    public Duration perMonth() {
        return perMonth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffortBudget && ((EffortBudget) o).category.equals(category)
                && ((EffortBudget) o).perMonth.equals(perMonth);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(category, perMonth);
    }

    @Override
    public String toString() {
        return category + " " + perMonth;
    }
}
