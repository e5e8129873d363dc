package org.contractsla.core.clock;

import java.time.Duration;
import java.util.Objects;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.WorkingTime;

/**
 * A service-level goal: an amount of working time on a calendar. Immutable and thread-safe.
 */
public final class Goal {

    private final Duration target;
    private final WorkingTime calendar;
    private final long targetMillis;

    private Goal(Duration target, WorkingTime calendar) {
        this.target = target;
        this.targetMillis = target.toMillis();
        this.calendar = calendar;
    }

    /**
     * @param target   the working time allowed, not null, positive
     * @param calendar the calendar it runs on, not null
     * @return the goal
     * @throws DomainException {@code goal.error.duration.notPositive} if the target is zero or negative
     */
    public static Goal of(Duration target, WorkingTime calendar) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendar, "calendar");
        if (target.isZero() || target.isNegative()) {
            throw new DomainException("goal.error.duration.notPositive", target.toString());
        }
        return new Goal(target, calendar);
    }

    /** @return the working time allowed, positive */
    public Duration target() {
        return target;
    }

    /** @return {@link #target()} in milliseconds */
    long targetMillis() {
        return targetMillis;
    }

    /** @return the calendar the goal runs on, not null */
    public WorkingTime calendar() {
        return calendar;
    }

    @Override
    public String toString() {
        return "Goal[" + target + "]";
    }
}
