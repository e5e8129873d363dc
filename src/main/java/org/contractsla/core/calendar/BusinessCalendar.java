package org.contractsla.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.contractsla.core.DomainException;

/**
 * The definition of a business calendar: time zone, weekly working intervals, public holidays of a
 * region, extra closed dates, partial days and maintenance windows. Build one with {@link #builder};
 * compute with it through {@link WorkingTimeline}. Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /**
     * The most maintenance windows one calendar may have. Each can split a working interval in two, so the
     * limit, like the one on intervals per day, keeps a compiled calendar small.
     */
    public static final int MAX_MAINTENANCE_WINDOWS = 20;

    private final String id;
    private final ZoneId zone;
    private final WeeklySchedule weekly;
    private final HolidayRegion holidayRegion;
    private final Set<LocalDate> closedDates;
    private final Map<LocalDate, List<DailyInterval>> partialDays;
    private final List<MaintenanceWindow> maintenanceWindows;

    private BusinessCalendar(Builder b) {
        this.id = b.id;
        this.zone = b.zone;
        this.weekly = b.weekly;
        this.holidayRegion = b.holidayRegion;
        this.closedDates = Set.copyOf(b.closedDates);
        this.partialDays = Map.copyOf(b.partialDays);
        this.maintenanceWindows = List.copyOf(b.maintenanceWindows);
    }

    private BusinessCalendar(BusinessCalendar c, ZoneId zone, HolidayRegion holidayRegion) {
        this.id = c.id;
        this.zone = zone;
        this.weekly = c.weekly;
        this.holidayRegion = holidayRegion;
        this.closedDates = c.closedDates;
        this.partialDays = c.partialDays;
        this.maintenanceWindows = c.maintenanceWindows;
    }

    /** The same calendar in another zone and holiday region, local times kept; see {@link CalendarOverride}. */
    BusinessCalendar with(ZoneId zone, HolidayRegion holidayRegion) {
        return new BusinessCalendar(this, Objects.requireNonNull(zone, "zone"), holidayRegion);
    }

    /**
     * @param id   the calendar's id, not blank
     * @param zone IANA zone id such as {@code Europe/Berlin}, not null
     * @return a builder for a calendar with that id and zone
     * @throws DomainException {@code calendar.error.id.blank} or {@code calendar.error.zone.unknown}
     */
    public static Builder builder(String id, String zone) {
        return new Builder(id, parseZone(zone));
    }

    /**
     * @param id   the calendar's id, not blank
     * @param zone the zone, not null
     * @return a builder for a calendar with that id and zone
     */
    public static Builder builder(String id, ZoneId zone) {
        return new Builder(id, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * @param id   the calendar's id, not blank
     * @param zone the zone, not null (it matters only for maintenance windows and display)
     * @return a calendar that is open around the clock, every day of the year
     */
    public static BusinessCalendar twentyFourSeven(String id, ZoneId zone) {
        return builder(id, zone).weekly(WeeklySchedule.allDay()).build();
    }

    private static ZoneId parseZone(String zone) {
        Objects.requireNonNull(zone, "zone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new DomainException("calendar.error.zone.unknown", zone);
        }
    }

    /** @return the id, not null */
    public String id() {
        return id;
    }

    /** @return the zone its local times are in, not null */
    public ZoneId zone() {
        return zone;
    }

    /** @return the weekly working intervals, not null */
    public WeeklySchedule weekly() {
        return weekly;
    }

    /** @return the region whose public holidays are closed, if any */
    public Optional<HolidayRegion> holidayRegion() {
        return Optional.ofNullable(holidayRegion);
    }

    /** @return extra dates closed all day, immutable */
    public Set<LocalDate> closedDates() {
        return closedDates;
    }

    /** @return dates whose working intervals replace the weekly ones, immutable */
    public Map<LocalDate, List<DailyInterval>> partialDays() {
        return partialDays;
    }

    /** @return maintenance windows that goals may exclude, immutable */
    public List<MaintenanceWindow> maintenanceWindows() {
        return maintenanceWindows;
    }

    /**
     * @return whether some working time recurs every week outside the daily and weekly maintenance windows; a
     *         goal that excludes maintenance on a calendar without it could never be reached (monthly windows
     *         leave the other weeks open, and dated changes end)
     */
    public boolean openOutsideMaintenance() {
        for (DayOfWeek day : DayOfWeek.values()) {
            List<DailyInterval> closing = new ArrayList<>();
            for (MaintenanceWindow w : maintenanceWindows) {
                if (w.recurrence() == MaintenanceWindow.Recurrence.DAILY
                        || w.recurrence() == MaintenanceWindow.Recurrence.WEEKLY && w.dayOfWeek() == day) {
                    closing.add(w.interval());
                }
            }
            closing.sort(Comparator.comparingInt(DailyInterval::startSecond));
            for (DailyInterval open : weekly.on(day)) {
                int coveredUntil = open.startSecond();
                for (DailyInterval w : closing) {
                    if (w.startSecond() <= coveredUntil) {
                        coveredUntil = Math.max(coveredUntil, w.endSecond());
                    }
                }
                if (coveredUntil < open.endSecond()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BusinessCalendar)) {
            return false;
        }
        BusinessCalendar c = (BusinessCalendar) o;
        return c.id.equals(id) && c.zone.equals(zone) && c.weekly.equals(weekly)
                && Objects.equals(c.holidayRegion, holidayRegion) && c.closedDates.equals(closedDates)
                && c.partialDays.equals(partialDays) && c.maintenanceWindows.equals(maintenanceWindows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, zone, weekly, holidayRegion, closedDates, partialDays, maintenanceWindows);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id + ", " + zone + "]";
    }

    /** Builds a {@link BusinessCalendar}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ZoneId zone;
        private WeeklySchedule weekly;
        private HolidayRegion holidayRegion;
        private final Set<LocalDate> closedDates = new TreeSet<>();
        private final Map<LocalDate, List<DailyInterval>> partialDays = new TreeMap<>();
        private final List<MaintenanceWindow> maintenanceWindows = new ArrayList<>();

        private Builder(String id, ZoneId zone) {
            if (id == null || id.isBlank()) {
                throw new DomainException("calendar.error.id.blank");
            }
            this.id = id;
            this.zone = zone;
        }

        /** @param weekly working intervals per weekday, not null */
        public Builder weekly(WeeklySchedule weekly) {
            this.weekly = Objects.requireNonNull(weekly, "weekly");
            return this;
        }

        /** @param region region whose public holidays are closed, or null for none */
        public Builder holidays(HolidayRegion region) {
            this.holidayRegion = region;
            return this;
        }

        /** @param date a date closed all day, not null */
        public Builder closed(LocalDate date) {
            closedDates.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * @param date      a date with its own working intervals (e.g. 24 December 08:00–12:00), not null
         * @param intervals its working intervals, not null; they replace the weekly ones
         * @throws DomainException {@code calendar.error.interval.overlap} if two of them overlap
         */
        public Builder partialDay(LocalDate date, Collection<DailyInterval> intervals) {
            Objects.requireNonNull(date, "date");
            partialDays.put(date, DailyIntervals.sortedWithoutOverlap(intervals, date));
            return this;
        }

        /** @param window a maintenance window, not null */
        public Builder maintenance(MaintenanceWindow window) {
            maintenanceWindows.add(Objects.requireNonNull(window, "window"));
            return this;
        }

        /**
         * @return the calendar
         * @throws DomainException {@code calendar.error.weekly.missing} if no weekly schedule was given,
         *                         {@code calendar.error.date.closedAndPartial} if a date is both closed and partial,
         *                         {@code calendar.error.maintenance.tooMany} if there are more than
         *                         {@link #MAX_MAINTENANCE_WINDOWS} maintenance windows
         */
        public BusinessCalendar build() {
            if (weekly == null) {
                throw new DomainException("calendar.error.weekly.missing", id);
            }
            if (maintenanceWindows.size() > MAX_MAINTENANCE_WINDOWS) {
                throw new DomainException("calendar.error.maintenance.tooMany", id, maintenanceWindows.size(),
                        MAX_MAINTENANCE_WINDOWS);
            }
            for (LocalDate d : closedDates) {
                if (partialDays.containsKey(d)) {
                    throw new DomainException("calendar.error.date.closedAndPartial", d.toString());
                }
            }
            return new BusinessCalendar(this);
        }
    }
}
