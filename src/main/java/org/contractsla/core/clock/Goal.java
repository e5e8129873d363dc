package org.contractsla.core.clock;

import java.time.Duration;
import java.util.Objects;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.WorkingTime;

/**
 * A service-level goal: an amount of working time on a calendar. Immutable and thread-safe.
 */
public final class Goal {

    /** The longest goal: far beyond any support contract's, and far from overflowing as milliseconds. */
    public static final Duration MAX_TARGET = Duration.ofHours(10_000);

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
     * @throws DomainException as {@link #checkTarget}
     */
    public static Goal of(Duration target, WorkingTime calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return new Goal(checkTarget(target), calendar);
    }

    /**
     * @param target a goal's working time, not null
     * @return the target, if a goal may have it
     * @throws DomainException {@code goal.error.duration.notPositive} if it is zero or negative,
     *                         {@code goal.error.duration.tooLong} if it is longer than {@link #MAX_TARGET}
     */
    public static Duration checkTarget(Duration target) {
        Objects.requireNonNull(target, "target");
        if (target.isZero() || target.isNegative()) {
            throw new DomainException("goal.error.duration.notPositive", target);
        }
        if (target.compareTo(MAX_TARGET) > 0) {
            throw new DomainException("goal.error.duration.tooLong", MAX_TARGET.toHours(), target);
        }
        return target;
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
