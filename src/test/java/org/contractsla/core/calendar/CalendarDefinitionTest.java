package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.contractsla.core.DomainException;
import org.junit.Test;

public class CalendarDefinitionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void shouldAcceptAsManyIntervalsAndWindowsAsACalendarMayHave() {
        List<DailyInterval> twelve = new ArrayList<>();
        for (int h = 0; h < 12; h++) {
            twelve.add(DailyInterval.parse(String.format("%02d:00-%02d:30", 2 * h, 2 * h)));
        }
        BusinessCalendar.Builder b = BusinessCalendar.builder("c", BERLIN)
                .weekly(WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, twelve)))
                .partialDay(LocalDate.of(2026, 12, 24), twelve);
        for (int i = 0; i < BusinessCalendar.MAX_MAINTENANCE_WINDOWS; i++) {
            b.maintenance(MaintenanceWindow.daily(DailyInterval.parse(String.format("%02d:00-%02d:10", i, i))));
        }
        assertEquals(BusinessCalendar.MAX_MAINTENANCE_WINDOWS, b.build().maintenanceWindows().size());
        assertEquals(12, b.build().weekly().on(DayOfWeek.MONDAY).size());
    }

    private static void assertKey(String key, Runnable definition) {
        try {
            definition.run();
            fail("accepted, expected " + key);
        } catch (DomainException e) {
            assertEquals(key, e.key());
        }
    }

    @Test
    public void shouldRejectBadDefinitionsWithKeyNamingTheProblem() {
        // reversed interval
        assertKey("calendar.error.interval.reversed", () -> DailyInterval.parse("17:00-09:00"));
        // empty interval
        assertKey("calendar.error.interval.reversed", () -> DailyInterval.parse("09:00-09:00"));
        // not an interval
        assertKey("calendar.error.interval.format", () -> DailyInterval.parse("nine to five"));
        // fractions of a second, which the calendar cannot hold (they were cut off without a word)
        assertKey("calendar.error.interval.format", () -> DailyInterval.parse("08:00:00.5-12:00"));
        assertEquals(DailyInterval.parse("08:00-12:00"), DailyInterval.parse("08:00:00-12:00:00"));
        // overlapping intervals on one day
        assertKey("calendar.error.interval.overlap", () -> WeeklySchedule.of(Map.of(DayOfWeek.MONDAY,
                List.of(DailyInterval.parse("08:00-12:00"), DailyInterval.parse("11:59-13:00")))));
        // no working time at all
        assertKey("calendar.error.weekly.empty", () -> WeeklySchedule.of(Map.of()));
        // unknown zone
        assertKey("calendar.error.zone.unknown", () -> BusinessCalendar.builder("c", "Europe/Atlantis"));
        // country code of the wrong form
        assertKey("calendar.error.country.format", () -> HolidayRegion.country("Germany"));
        // country the holiday source does not know
        assertKey("calendar.error.country.unknown", () -> WorkingTimeline.of(BusinessCalendar.builder("c", BERLIN)
                .weekly(WeeklySchedule.allDay()).holidays(HolidayRegion.country("QQ")).build(),
                FixedPublicHolidays.none(), false));
        // no weekly hours
        assertKey("calendar.error.weekly.missing", () -> BusinessCalendar.builder("c", BERLIN).build());
        // more intervals a day than a calendar may have, on a weekday and on a partial day
        List<DailyInterval> thirteen = new ArrayList<>();
        for (int h = 0; h < 13; h++) {
            thirteen.add(DailyInterval.parse(String.format("%02d:00-%02d:30", h, h)));
        }
        assertKey("calendar.error.interval.tooMany", () -> WeeklySchedule.of(Map.of(DayOfWeek.MONDAY, thirteen)));
        assertKey("calendar.error.interval.tooMany", () -> BusinessCalendar.builder("c", BERLIN)
                .partialDay(LocalDate.of(2026, 12, 24), thirteen));
        // more maintenance windows than a calendar may have
        BusinessCalendar.Builder windows = BusinessCalendar.builder("c", BERLIN).weekly(WeeklySchedule.allDay());
        for (int i = 0; i <= BusinessCalendar.MAX_MAINTENANCE_WINDOWS; i++) {
            windows.maintenance(MaintenanceWindow.daily(DailyInterval.parse(String.format("%02d:00-%02d:30", i, i))));
        }
        assertKey("calendar.error.maintenance.tooMany", windows::build);
        // monthly window outside 1-5 / -1
        assertKey("calendar.error.maintenance.week", () -> MaintenanceWindow.monthly(0, DayOfWeek.SATURDAY,
                DailyInterval.parse("09:00-18:00")));
    }

    @Test
    public void shouldAcceptAdjacentIntervalsAndEndOfDay() {
        WeeklySchedule w = WeeklySchedule.of(Map.of(DayOfWeek.MONDAY,
                List.of(DailyInterval.parse("12:00-24:00"), DailyInterval.parse("00:00-12:00"))));
        assertEquals(List.of(DailyInterval.parse("00:00-12:00"), DailyInterval.parse("12:00-24:00")),
                w.on(DayOfWeek.MONDAY));
    }

    @Test
    public void shouldPlaceMonthlyMaintenanceWindows() {
        MaintenanceWindow firstSaturday = MaintenanceWindow.monthly(1, DayOfWeek.SATURDAY,
                DailyInterval.parse("09:00-18:00"));
        assertTrue(firstSaturday.occursOn(LocalDate.of(2026, 3, 7)));
        assertFalse(firstSaturday.occursOn(LocalDate.of(2026, 3, 14)));
        MaintenanceWindow lastFriday = MaintenanceWindow.monthly(-1, DayOfWeek.FRIDAY, DailyInterval.parse("20:00-22:00"));
        assertTrue(lastFriday.occursOn(LocalDate.of(2026, 1, 30)));
        assertFalse(lastFriday.occursOn(LocalDate.of(2026, 1, 23)));
    }

    @Test
    public void shouldExcludeMaintenanceOnlyWhenGoalAsksForIt() {
        BusinessCalendar c = BusinessCalendar.builder("saas", BERLIN).weekly(WeeklySchedule.allDay())
                .maintenance(MaintenanceWindow.daily(DailyInterval.parse("04:00-05:00")))
                .maintenance(MaintenanceWindow.monthly(1, DayOfWeek.SATURDAY, DailyInterval.parse("09:00-18:00")))
                .build();
        Instant from = LocalDateTime.parse("2026-03-07T00:00").atZone(BERLIN).toInstant(); // first Saturday
        Instant to = from.plus(Duration.ofDays(1));
        assertEquals(Duration.ofHours(24), WorkingTimeline.of(c, FixedPublicHolidays.none(), false).between(from, to));
        assertEquals(Duration.ofHours(14), WorkingTimeline.of(c, FixedPublicHolidays.none(), true).between(from, to));
    }

    @Test
    public void shouldLoadEachRegionYearOnce() {
        AtomicInteger loads = new AtomicInteger();
        HolidayRegion de = HolidayRegion.country("DE");
        PublicHolidays counting = new PublicHolidays() {
            @Override
            public Set<LocalDate> holidays(HolidayRegion region, int year) {
                loads.incrementAndGet();
                return Set.of(LocalDate.of(year, 12, 25));
            }

            @Override
            public void requireKnown(HolidayRegion region) {
            }
        };
        PublicHolidays cached = CachingPublicHolidays.of(counting);
        BusinessCalendar c = BusinessCalendar.builder("c", BERLIN).weekly(WeeklySchedule.allDay()).holidays(de).build();
        WorkingTimeline.of(c, cached, false).precompute(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        int first = loads.get();
        WorkingTimeline.of(c, cached, true).precompute(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(first, loads.get());
        assertTrue(first <= 13); // 2019..2031 at most, each once
    }

    @Test
    public void shouldCountPartialAndClosedDates() {
        BusinessCalendar c = BusinessCalendar.builder("c", BERLIN)
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00")))
                .partialDay(LocalDate.of(2026, 12, 24), List.of(DailyInterval.parse("09:00-12:00")))
                .closed(LocalDate.of(2026, 12, 31)).build();
        WorkingTimeline t = WorkingTimeline.of(c, FixedPublicHolidays.none(), false);
        Instant mon = LocalDateTime.parse("2026-12-21T00:00").atZone(BERLIN).toInstant();
        // Mon-Wed 3 x 8 h, Thu 24th 3 h, Fri 25th 8 h (no holiday source here)
        assertEquals(Duration.ofHours(35), t.between(mon, mon.plus(Duration.ofDays(5))));
        Instant mon2 = mon.plus(Duration.ofDays(7));
        // Mon-Wed 3 x 8 h, Thu 31st closed, Fri 8 h
        assertEquals(Duration.ofHours(32), t.between(mon2, mon2.plus(Duration.ofDays(5))));
    }

    @Test
    public void shouldTellWhetherAnyWorkingTimeIsLeftOutsideMaintenance() {
        WeeklySchedule office = WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                DailyInterval.parse("09:00-17:00"));
        java.util.function.Function<List<MaintenanceWindow>, Boolean> open = windows -> {
            BusinessCalendar.Builder b = BusinessCalendar.builder("c", BERLIN).weekly(office);
            windows.forEach(b::maintenance);
            return b.build().openOutsideMaintenance();
        };
        assertTrue(open.apply(List.of()));
        assertFalse(open.apply(List.of(MaintenanceWindow.daily(DailyInterval.wholeDay()))));
        // pieces that only cover the working hours together
        assertFalse(open.apply(List.of(MaintenanceWindow.daily(DailyInterval.parse("08:00-12:00")),
                MaintenanceWindow.daily(DailyInterval.parse("11:00-13:00")),
                MaintenanceWindow.daily(DailyInterval.parse("13:00-18:00")))));
        // a minute left between them
        assertTrue(open.apply(List.of(MaintenanceWindow.daily(DailyInterval.parse("08:00-12:00")),
                MaintenanceWindow.daily(DailyInterval.parse("12:01-18:00")))));
        // Monday covered by a weekly window as well, but Tuesday to Friday keep 13:00-17:00
        assertTrue(open.apply(List.of(MaintenanceWindow.daily(DailyInterval.parse("09:00-13:00")),
                MaintenanceWindow.weekly(DayOfWeek.MONDAY, DailyInterval.parse("12:00-17:00")))));
        List<MaintenanceWindow> everyWorkday = new java.util.ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            everyWorkday.add(MaintenanceWindow.weekly(d, DailyInterval.parse("09:00-17:00")));
        }
        assertFalse(open.apply(everyWorkday));
        // a monthly window closes one day a month, never every week
        assertTrue(BusinessCalendar.builder("sat", BERLIN)
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, DailyInterval.parse("09:00-18:00")))
                .maintenance(MaintenanceWindow.monthly(1, DayOfWeek.SATURDAY, DailyInterval.parse("09:00-18:00")))
                .build().openOutsideMaintenance());
    }
}
