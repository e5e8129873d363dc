package org.contractsla.core.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints what a calendar compiled for 20 years keeps in memory (JOL object graph), without the calendar
 * definition and the shared holiday cache it points to, and what the holiday cache keeps when it is full. Same
 * calendar as {@link CalendarBuildBenchmark}.
 * Run: {@code bin/bench footprint}.
 */
public final class CalendarFootprint {

    private CalendarFootprint() {
    }

    public static void main(String[] args) {
        PublicHolidays holidays = CachingPublicHolidays.of(new JollydayPublicHolidays());
        BusinessCalendar calendar = BusinessCalendar.builder("office", "Europe/Berlin")
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                        DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00")))
                .holidays(HolidayRegion.country("DE"))
                .maintenance(MaintenanceWindow.daily(DailyInterval.parse("11:00-11:30")))
                .build();
        WorkingTimeline timeline = WorkingTimeline.of(calendar, holidays, true);
        int intervals = timeline.precompute(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
        long total = GraphLayout.parseInstance(timeline).subtract(GraphLayout.parseInstance(calendar, holidays))
                .totalSize();
        System.out.printf("20 years (2020-2039): %d working intervals, %d bytes retained (%.2f MB)%n", intervals, total,
                total / 1_048_576.0);

        // the holiday cache filled to its bound with real holidays: every German state, year after year
        CachingPublicHolidays cache = CachingPublicHolidays.of(new JollydayPublicHolidays());
        String[] states = {"bw", "by", "be", "bb", "hb", "hh", "he", "mv", "ni", "nw", "rp", "sl", "sn", "st", "sh", "th"};
        for (int year = 1900; cache.size() < CachingPublicHolidays.MAX_ENTRIES && year < 2300; year++) {
            for (String state : states) {
                cache.holidays(HolidayRegion.of("DE", state), year);
            }
        }
        long empty = GraphLayout.parseInstance(CachingPublicHolidays.of(new JollydayPublicHolidays())).totalSize();
        long filled = GraphLayout.parseInstance(cache).totalSize() - empty;
        System.out.printf("holiday cache filled: %d (region, year) pairs, %d bytes retained (%.2f MB)%n", cache.size(),
                filled, filled / 1_048_576.0);
    }
}
