package org.contractsla.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.contractsla.core.DomainException;

/**
 * A planned, recurring maintenance window in the calendar's local time, for example "daily 04:00–05:00"
 * or "first Saturday of the month 09:00–18:00". A goal may exclude such windows from its clock.
 * Immutable and thread-safe.
 */
public final class MaintenanceWindow {

    /** How a window recurs. */
    public enum Recurrence {
        /** every day */
        DAILY,
        /** every week on one weekday */
        WEEKLY,
        /** once a month on the n-th (1–5) or last (-1) given weekday */
        MONTHLY
    }

    private final Recurrence recurrence;
    private final DayOfWeek dayOfWeek;
    private final int weekOfMonth;
    private final DailyInterval interval;

    private MaintenanceWindow(Recurrence recurrence, DayOfWeek dayOfWeek, int weekOfMonth, DailyInterval interval) {
        this.recurrence = recurrence;
        this.dayOfWeek = dayOfWeek;
        this.weekOfMonth = weekOfMonth;
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /**
     * @param interval local time of the window, not null
     * @return a window every day
     */
    public static MaintenanceWindow daily(DailyInterval interval) {
        return new MaintenanceWindow(Recurrence.DAILY, null, 0, interval);
    }

    /**
     * @param day      weekday, not null
     * @param interval local time of the window, not null
     * @return a window every week on that day
     */
    public static MaintenanceWindow weekly(DayOfWeek day, DailyInterval interval) {
        return new MaintenanceWindow(Recurrence.WEEKLY, Objects.requireNonNull(day, "day"), 0, interval);
    }

    /**
     * @param weekOfMonth 1 to 5 for the n-th such weekday of the month, -1 for the last one
     * @param day         weekday, not null
     * @param interval    local time of the window, not null
     * @return a window once a month
     * @throws DomainException {@code calendar.error.maintenance.week} if weekOfMonth is out of range
     */
    public static MaintenanceWindow monthly(int weekOfMonth, DayOfWeek day, DailyInterval interval) {
        if (weekOfMonth != -1 && (weekOfMonth < 1 || weekOfMonth > 5)) {
            throw new DomainException("calendar.error.maintenance.week", weekOfMonth);
        }
        return new MaintenanceWindow(Recurrence.MONTHLY, Objects.requireNonNull(day, "day"), weekOfMonth, interval);
    }

    /** @return true if the window takes place on that local date */
    public boolean occursOn(LocalDate date) {
        switch (recurrence) {
            case DAILY:
                return true;
            case WEEKLY:
                return date.getDayOfWeek() == dayOfWeek;
            default:
                if (date.getDayOfWeek() != dayOfWeek) {
                    return false;
                }
                if (weekOfMonth == -1) {
                    return date.plusWeeks(1).getMonth() != date.getMonth();
                }
                return (date.getDayOfMonth() - 1) / 7 + 1 == weekOfMonth;
        }
    }

    /** @return how the window recurs, not null */
    public Recurrence recurrence() {
        return recurrence;
    }

    /** @return the weekday of a weekly or monthly window, null for a daily one */
    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    /** @return 1–5 or -1 (last) for a monthly window, 0 otherwise */
    public int weekOfMonth() {
        return weekOfMonth;
    }

    /** @return the local time of the window, not null */
    public DailyInterval interval() {
        return interval;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MaintenanceWindow)) {
            return false;
        }
        MaintenanceWindow w = (MaintenanceWindow) o;
        return w.recurrence == recurrence && w.dayOfWeek == dayOfWeek && w.weekOfMonth == weekOfMonth
                && w.interval.equals(interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recurrence, dayOfWeek, weekOfMonth, interval);
    }

    @Override
    public String toString() {
        return recurrence + (dayOfWeek == null ? "" : " " + (weekOfMonth == 0 ? "" : weekOfMonth + " ") + dayOfWeek)
                + " " + interval;
    }
}
