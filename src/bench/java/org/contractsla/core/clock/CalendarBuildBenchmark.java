package org.contractsla.core.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a calendar for 20 years (2020–2040): split working day, German holidays (loaded once and
 * cached, as in the app), a daily maintenance window excluded. Run with {@code -prof gc} to see the bytes
 * allocated per build, an upper bound of what the compiled calendar keeps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class CalendarBuildBenchmark {

    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2040-01-01T00:00:00Z");

    private PublicHolidays holidays;
    private BusinessCalendar calendar;

    @Setup(Level.Trial)
    public void setUp() {
        holidays = CachingPublicHolidays.of(new JollydayPublicHolidays());
        calendar = BusinessCalendar.builder("office", "Europe/Berlin")
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                        DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00")))
                .holidays(HolidayRegion.country("DE"))
                .maintenance(MaintenanceWindow.daily(DailyInterval.parse("11:00-11:30")))
                .build();
        WorkingTimeline.of(calendar, holidays, true).precompute(FROM, TO); // fills the holiday cache
    }

    @Benchmark
    public WorkingTimeline build20Years() {
        WorkingTimeline timeline = WorkingTimeline.of(calendar, holidays, true);
        timeline.precompute(FROM, TO);
        return timeline;
    }
}
