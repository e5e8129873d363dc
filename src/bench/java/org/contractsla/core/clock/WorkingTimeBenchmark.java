package org.contractsla.core.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
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
import pro.taskana.common.api.LocalTimeInterval;
import pro.taskana.common.internal.workingtime.HolidaySchedule;
import pro.taskana.common.internal.workingtime.WorkingTimeCalculatorImpl;

/**
 * The same SLA computations on three implementations, in one run, one thread:
 * {@code engine*} (WorkingTimeline / SlaClock), {@code taskana*} (TASKANA's WorkingTimeCalculatorImpl) and
 * {@code minutes*} (stepping minute by minute, as the test oracle does).
 *
 * <p>Calendar: Mon–Fri 08:00–12:00 and 13:00–17:00, Europe/Berlin, German public holidays. Each call takes
 * the next of 1 024 seeded start instants spread over 2026, so no result is cached between calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class WorkingTimeBenchmark {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int STARTS = 1024;
    private static final long MINUTE = 60_000L;

    private WorkingTimeline engine;
    private WorkingTimeCalculatorImpl taskana;
    private MinuteSteppingOracle.OracleGoal minutes;
    private long[] starts;
    private int next;
    private Goal goal8h;
    private long[][] pausesFrom3;
    private long[][] pausesUntil3;
    private long[][] pausesFrom10;
    private long[][] pausesUntil10;
    private RequestTimeline[] timelines3;
    private RequestTimeline[] timelines10;

    @Setup(Level.Trial)
    public void setUp() {
        PublicHolidays holidays = CachingPublicHolidays.of(new JollydayPublicHolidays());
        BusinessCalendar calendar = BusinessCalendar.builder("office", BERLIN)
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                        DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00")))
                .holidays(HolidayRegion.country("DE")).build();
        engine = WorkingTimeline.of(calendar, holidays, false);
        Set<LocalDate> dates = new HashSet<>();
        for (int y = 2025; y <= 2028; y++) {
            dates.addAll(holidays.holidays(HolidayRegion.country("DE"), y));
        }
        minutes = new MinuteSteppingOracle.OracleGoal(0, calendar, dates, false);

        Map<DayOfWeek, Set<LocalTimeInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            week.put(d, Set.of(new LocalTimeInterval(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new LocalTimeInterval(LocalTime.of(13, 0), LocalTime.of(17, 0))));
        }
        taskana = new WorkingTimeCalculatorImpl(new HolidaySchedule(true, false), week, BERLIN);

        Random r = new Random(42);
        long base = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        starts = new long[STARTS];
        pausesFrom3 = new long[STARTS][];
        pausesUntil3 = new long[STARTS][];
        pausesFrom10 = new long[STARTS][];
        pausesUntil10 = new long[STARTS][];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = base + r.nextInt(330 * 24 * 60) * MINUTE;
            pausesFrom3[i] = new long[3];
            pausesUntil3[i] = new long[3];
            fillPauses(r, starts[i], pausesFrom3[i], pausesUntil3[i]);
            pausesFrom10[i] = new long[10];
            pausesUntil10[i] = new long[10];
            fillPauses(r, starts[i], pausesFrom10[i], pausesUntil10[i]);
        }
        goal8h = Goal.of(Duration.ofHours(8), engine);
        // every implementation gets its pauses ready-made (arrays for TASKANA and minute stepping)
        timelines3 = new RequestTimeline[STARTS];
        timelines10 = new RequestTimeline[STARTS];
        for (int i = 0; i < STARTS; i++) {
            timelines3[i] = timeline(starts[i], pausesFrom3[i], pausesUntil3[i]);
            timelines10[i] = timeline(starts[i], pausesFrom10[i], pausesUntil10[i]);
        }
        engine.precompute(Instant.ofEpochMilli(base), Instant.parse("2028-01-01T00:00:00Z"));
    }

    /** Pauses of 10 min to 4 h, 5 min to 2 h apart, starting shortly after receipt. */
    private static void fillPauses(Random r, long start, long[] from, long[] until) {
        long t = start;
        for (int p = 0; p < from.length; p++) {
            from[p] = t + (5 + r.nextInt(115)) * MINUTE;
            until[p] = from[p] + (10 + r.nextInt(230)) * MINUTE;
            t = until[p];
        }
    }

    private int nextIndex() {
        next = (next + 1) & (STARTS - 1);
        return next;
    }

    // ---- due instant for 8 h and 40 h ----

    @Benchmark
    public long engineDue8h() {
        return engine.millisAfter(starts[nextIndex()], 8 * 3_600_000L);
    }

    @Benchmark
    public long engineDue40h() {
        return engine.millisAfter(starts[nextIndex()], 40 * 3_600_000L);
    }

    @Benchmark
    public Instant taskanaDue8h() throws Exception {
        return taskana.addWorkingTime(Instant.ofEpochMilli(starts[nextIndex()]), Duration.ofHours(8));
    }

    @Benchmark
    public Instant taskanaDue40h() throws Exception {
        return taskana.addWorkingTime(Instant.ofEpochMilli(starts[nextIndex()]), Duration.ofHours(40));
    }

    @Benchmark
    public long minutesDue8h() {
        return minutesDue(starts[nextIndex()], 8 * 60);
    }

    @Benchmark
    public long minutesDue40h() {
        return minutesDue(starts[nextIndex()], 40 * 60);
    }

    private long minutesDue(long start, long workingMinutes) {
        long t = start;
        long left = workingMinutes;
        while (left > 0) {
            if (minutes.working(t)) {
                left--;
            }
            t += MINUTE;
        }
        return t;
    }

    // ---- elapsed working time over 30 days ----

    @Benchmark
    public long engineElapsed30d() {
        long a = starts[nextIndex()];
        return engine.millisBetween(a, a + 30 * 86_400_000L);
    }

    @Benchmark
    public Duration taskanaElapsed30d() throws Exception {
        long a = starts[nextIndex()];
        return taskana.workingTimeBetween(Instant.ofEpochMilli(a), Instant.ofEpochMilli(a + 30 * 86_400_000L));
    }

    @Benchmark
    public long minutesElapsed30d() {
        long a = starts[nextIndex()];
        long worked = 0;
        for (long t = a; t < a + 30 * 86_400_000L; t += MINUTE) {
            if (minutes.working(t)) {
                worked++;
            }
        }
        return worked;
    }

    // ---- due instant of an 8 h goal with 3 and with 10 pauses ----

    @Benchmark
    public ClockMeasurement engineDueWith3Pauses() {
        int i = nextIndex();
        return SlaClock.measure(timelines3[i], Instant.ofEpochMilli(pausesUntil3[i][2]));
    }

    @Benchmark
    public ClockMeasurement engineDueWith10Pauses() {
        int i = nextIndex();
        return SlaClock.measure(timelines10[i], Instant.ofEpochMilli(pausesUntil10[i][9]));
    }

    private RequestTimeline timeline(long start, long[] from, long[] until) {
        RequestTimeline.Builder b = RequestTimeline.receivedAt(Instant.ofEpochMilli(start), goal8h);
        for (int p = 0; p < from.length; p++) {
            b.pause(Pause.between(Instant.ofEpochMilli(from[p]), Instant.ofEpochMilli(until[p])));
        }
        return b.build();
    }

    @Benchmark
    public Instant taskanaDueWith3Pauses() throws Exception {
        int i = nextIndex();
        return taskanaWithPauses(starts[i], pausesFrom3[i], pausesUntil3[i]);
    }

    @Benchmark
    public Instant taskanaDueWith10Pauses() throws Exception {
        int i = nextIndex();
        return taskanaWithPauses(starts[i], pausesFrom10[i], pausesUntil10[i]);
    }

    /** The same rule with TASKANA's primitives: count each running gap, then add the rest after the last pause. */
    private Instant taskanaWithPauses(long start, long[] from, long[] until) throws Exception {
        Duration left = Duration.ofHours(8);
        Instant t = Instant.ofEpochMilli(start);
        for (int p = 0; p < from.length; p++) {
            Instant pauseStart = Instant.ofEpochMilli(from[p]);
            Duration run = taskana.workingTimeBetween(t, pauseStart);
            if (run.compareTo(left) >= 0) {
                return taskana.addWorkingTime(t, left);
            }
            left = left.minus(run);
            t = Instant.ofEpochMilli(until[p]);
        }
        return taskana.addWorkingTime(t, left);
    }

    @Benchmark
    public long minutesDueWith3Pauses() {
        int i = nextIndex();
        return minutesWithPauses(starts[i], pausesFrom3[i], pausesUntil3[i]);
    }

    @Benchmark
    public long minutesDueWith10Pauses() {
        int i = nextIndex();
        return minutesWithPauses(starts[i], pausesFrom10[i], pausesUntil10[i]);
    }

    private long minutesWithPauses(long start, long[] from, long[] until) {
        long t = start;
        long left = 8 * 60;
        int p = 0;
        while (left > 0) {
            while (p < from.length && t >= until[p]) {
                p++;
            }
            boolean paused = p < from.length && t >= from[p];
            if (!paused && minutes.working(t)) {
                left--;
            }
            t += MINUTE;
        }
        return t;
    }
}
