package org.contractsla.core.calendar;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.DomainException;

/**
 * Working intervals for each day of the week, several per day allowed (for example 08:00–12:00 and
 * 13:00–17:00). Immutable and thread-safe.
 */
public final class WeeklySchedule {

    private final Map<DayOfWeek, List<DailyInterval>> days;

    private WeeklySchedule(Map<DayOfWeek, List<DailyInterval>> days) {
        this.days = days;
    }

    /**
     * @param days intervals per weekday, not null; days not named are closed
     * @return the schedule
     * @throws DomainException {@code calendar.error.interval.overlap} if two intervals of a day overlap,
     *                         {@code calendar.error.weekly.empty} if no day has working time
     */
    public static WeeklySchedule of(Map<DayOfWeek, ? extends Collection<DailyInterval>> days) {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, List<DailyInterval>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Collection<DailyInterval> intervals = days.get(day);
            copy.put(day, intervals == null ? List.of() : DailyIntervals.sortedWithoutOverlap(intervals, day));
        }
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new DomainException("calendar.error.weekly.empty");
        }
        return new WeeklySchedule(copy);
    }

    /**
     * @param from      first working day, not null
     * @param to        last working day (inclusive), not null
     * @param intervals the intervals of each of those days
     * @return a schedule with the same intervals on each day from {@code from} to {@code to}
     */
    public static WeeklySchedule sameEachDay(DayOfWeek from, DayOfWeek to, DailyInterval... intervals) {
        EnumMap<DayOfWeek, List<DailyInterval>> map = new EnumMap<>(DayOfWeek.class);
        DayOfWeek d = from;
        while (true) {
            map.put(d, List.of(intervals));
            if (d == to) {
                break;
            }
            d = d.plus(1);
        }
        return of(map);
    }

    /** @return around the clock, every day */
    public static WeeklySchedule allDay() {
        return sameEachDay(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, DailyInterval.wholeDay());
    }

    /** @return the sorted intervals of that weekday, empty when closed, not null */
    public List<DailyInterval> on(DayOfWeek day) {
        return days.get(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySchedule && ((WeeklySchedule) o).days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return days.toString();
    }
}
