package org.contractsla.core.policy;

import java.time.Duration;
import java.util.Objects;
import org.contractsla.core.DomainException;
import org.contractsla.core.clock.Goal;

/**
 * A goal as configured: working time allowed, the calendar it runs on, and whether that calendar's
 * maintenance windows stop the clock. Immutable.
 */
public final class GoalDefinition {

    private final Duration target;
    private final String calendarId;
    private final boolean excludeMaintenance;

    private GoalDefinition(Duration target, String calendarId, boolean excludeMaintenance) {
        this.target = target;
        this.calendarId = calendarId;
        this.excludeMaintenance = excludeMaintenance;
    }

    /**
     * @param target             positive duration, not null
     * @param calendarId         id of a calendar of the same policy, not null
     * @param excludeMaintenance true if maintenance windows do not count
     * @return the definition
     * @throws DomainException as {@link Goal#checkTarget}
     */
    public static GoalDefinition of(Duration target, String calendarId, boolean excludeMaintenance) {
        Objects.requireNonNull(calendarId, "calendarId");
        return new GoalDefinition(Goal.checkTarget(target), calendarId, excludeMaintenance);
    }

    /** @return the working time allowed */
    public Duration target() {
        return target;
    }

    /** @return the calendar's id */
    public String calendarId() {
        return calendarId;
    }

    /** @return true if maintenance windows stop the clock */
    public boolean excludeMaintenance() {
        return excludeMaintenance;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof GoalDefinition)) {
            return false;
        }
        GoalDefinition g = (GoalDefinition) o;
        return g.target.equals(target) && g.calendarId.equals(calendarId) && g.excludeMaintenance == excludeMaintenance;
    }

    @Override
    public int hashCode() { // without Objects.hash's array and boxing: compiled goals are found by it on every measurement
        return (target.hashCode() * 31 + calendarId.hashCode()) * 31 + Boolean.hashCode(excludeMaintenance);
    }

    @Override
    public String toString() {
        return target + " on " + calendarId + (excludeMaintenance ? " (maintenance excluded)" : "");
    }
}
