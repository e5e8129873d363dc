package org.contractsla.core.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * From {@code at} on, a request's goal is {@code goal} (its severity or contract changed). Immutable.
 */
public final class GoalChange {

    private final Instant at;
    private final Goal goal;

    private GoalChange(Instant at, Goal goal) {
        this.at = at;
        this.goal = goal;
    }

    /**
     * @param at   when the new goal takes over, not null
     * @param goal the new goal, not null
     * @return the change
     */
    public static GoalChange at(Instant at, Goal goal) {
        return new GoalChange(Objects.requireNonNull(at, "at"), Objects.requireNonNull(goal, "goal"));
    }

    /** @return when the new goal takes over, not null */
    public Instant at() {
        return at;
    }

    /** @return the new goal, not null */
    public Goal goal() {
        return goal;
    }

    @Override
    public String toString() {
        return at + " -> " + goal;
    }
}
