package org.contractsla.core.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.core.clock.MinuteSteppingOracle.Answer;
import org.contractsla.core.clock.MinuteSteppingOracle.OracleGoal;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.junit.Test;

/**
 * Differential test: the engine against {@link MinuteSteppingOracle} on seeded random cases — random
 * calendars (1–3 intervals a day, holidays, closed and partial days, maintenance windows), each goal on a
 * zone of its own, with and without daylight saving time and with clocks that jump at midnight (receipts
 * often in DST weeks), 0–5 pauses, goals from 1 minute to 200 working hours, 0–2 goal changes. One instant
 * in ten lies off the whole minute; three cases in ten cross a boundary of the engine's chunks; 15 % close on
 * real public holidays from jollyday through the cache Jira uses. Every case must agree to the millisecond on
 * elapsed and remaining time, due instant, breach instant, measuring instant, goal and state. Override the case count or seed with -Dsla.diff.cases / -Dsla.diff.seed.
 */
public class SlaClockDifferentialTest {

    private static final int CASES = Integer.getInteger("sla.diff.cases", 40_000);
    private static final long SEED = Long.getLong("sla.diff.seed", 20261122L);
    private static final long MINUTE = MinuteSteppingOracle.MINUTE;
    private static final ZoneId[] ZONES = {
        ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"),
        ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/Berlin"),
        ZoneId.of("America/New_York"), ZoneId.of("Europe/Stockholm"), ZoneId.of("Europe/Warsaw"),
        // clocks that jump at midnight: the day starts at 01:00 on those nights
        ZoneId.of("America/Havana"), ZoneId.of("America/Santiago")
    };
    private static final HolidayRegion REGION = HolidayRegion.country("ZZ");
    /** The engine cuts its instant line into chunks of 2^35 ms (WorkingTimeline); the first boundary in 2024. */
    private static final long CHUNK_MS = 1L << 35;
    private static final long CHUNK_INDEX_2024 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() / CHUNK_MS + 1;
    /** Holidays as Jira loads them: jollyday's rules through the cache, one instance for all cases. */
    private static final PublicHolidays REAL = CachingPublicHolidays.of(new JollydayPublicHolidays());
    private static final HolidayRegion[] REAL_REGIONS = {
        HolidayRegion.of("DE", "by"), HolidayRegion.country("SE"), HolidayRegion.country("PL"),
        HolidayRegion.of("US", "ny"), HolidayRegion.country("CL"), HolidayRegion.country("IN")
    };
    /** The oracle's own memo of jollyday's answers, apart from the engine's cache. */
    private static final Map<String, Set<LocalDate>> JOLLYDAY = new java.util.concurrent.ConcurrentHashMap<>();
    private static final JollydayPublicHolidays JOLLYDAY_SOURCE = new JollydayPublicHolidays();

    @Test
    public void shouldAgreeWithMinuteSteppingOracleOnRandomCases() {
        int mismatches = 0;
        int crossing = 0;
        int real = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            Case c = new Case();
            String problem = runCase(random, c);
            crossing += c.crossesChunk ? 1 : 0;
            real += c.realHolidays ? 1 : 0;
            if (problem != null) {
                mismatches++;
                if (mismatches <= 5) {
                    report.append("case ").append(i).append(" (seed ").append(SEED).append("): ").append(problem)
                            .append('\n');
                }
            }
        }
        if (mismatches > 0) {
            fail(mismatches + " of " + CASES + " cases differ from the oracle:\n" + report);
        }
        assertEquals(0, mismatches);
        // the cases are what the class comment says: a quarter cross the engine's chunk boundary, some use jollyday
        assertTrue(crossing + " of " + CASES + " cross a chunk boundary", crossing * 4 >= CASES);
        assertTrue(real + " of " + CASES + " use real holidays", real * 20 >= CASES);
    }

    /** What the generator chose for a case, counted by the test. */
    private static final class Case {
        boolean crossesChunk;
        boolean realHolidays;
    }

    private String runCase(Random r, Case c) {
        ZoneId zone = ZONES[r.nextInt(ZONES.length)];
        int horizonMinutes = 10 + r.nextInt(20 * 24 * 60);
        HolidayRegion realRegion = r.nextInt(100) < 15 ? REAL_REGIONS[r.nextInt(REAL_REGIONS.length)] : null;
        long received;
        if (r.nextInt(100) < 30) {
            // just before a boundary of the engine's chunks, which the horizon then crosses
            long boundary = (CHUNK_INDEX_2024 + r.nextInt(4)) * CHUNK_MS;
            received = boundary - (1 + r.nextInt(horizonMinutes - 1)) * MINUTE;
        } else if (realRegion != null && r.nextBoolean()) {
            received = nearHoliday(r, realRegion, zone);
        } else {
            received = receivedInstant(r, zone);
        }
        received = offMinute(r, received);
        long horizon = received + horizonMinutes * MINUTE;
        c.crossesChunk = Math.floorDiv(received, CHUNK_MS) != Math.floorDiv(horizon - 1, CHUNK_MS);
        c.realHolidays = realRegion != null;
        LocalDate receivedDate = Instant.ofEpochMilli(received).atZone(zone).toLocalDate();

        int goalCount = 1 + (r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0);
        List<OracleGoal> oracleGoals = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            long target = targetMinutes(r);
            // each goal on a calendar of its own zone, half the time another than the request's
            ZoneId goalZone = r.nextBoolean() ? zone : ZONES[r.nextInt(ZONES.length)];
            boolean exclude = r.nextBoolean();
            if (realRegion != null) {
                BusinessCalendar calendar = randomCalendar(r, goalZone, receivedDate, realRegion);
                HolidayRegion region = realRegion;
                oracleGoals.add(new OracleGoal(target, calendar, d -> jollyday(region, d.getYear()).contains(d),
                        region.toString(), exclude));
                goals.add(Goal.of(Duration.ofMinutes(target), WorkingTimeline.of(calendar, REAL, exclude)));
            } else {
                Set<LocalDate> holidays = randomDates(r, receivedDate, r.nextInt(6));
                BusinessCalendar calendar = randomCalendar(r, goalZone, receivedDate, holidays.isEmpty() ? null : REGION);
                FixedPublicHolidays source = FixedPublicHolidays.none().with(REGION, holidays);
                oracleGoals.add(new OracleGoal(target, calendar, holidays, exclude));
                goals.add(Goal.of(Duration.ofMinutes(target), WorkingTimeline.of(calendar, source, exclude)));
            }
        }

        List<Long> changeAt = new ArrayList<>();
        for (int g = 1; g < goalCount; g++) {
            changeAt.add(offMinute(r, received + r.nextInt((int) ((horizon - received) / MINUTE)) * MINUTE));
        }
        changeAt.sort(null);

        int pauseCount = r.nextInt(6);
        List<Long> pauseFrom = new ArrayList<>();
        List<Long> pauseUntil = new ArrayList<>();
        long cursor = received;
        for (int p = 0; p < pauseCount; p++) {
            long from = offMinute(r, cursor + r.nextInt(3 * 24 * 60) * MINUTE);
            boolean open = p == pauseCount - 1 && r.nextInt(5) == 0;
            Long until = open ? null : r.nextInt(10) == 0 ? from : offMinute(r, from + (1 + r.nextInt(2 * 24 * 60)) * MINUTE);
            pauseFrom.add(from);
            pauseUntil.add(until);
            cursor = until == null ? from : until;
        }
        Long stop = r.nextBoolean()
                ? offMinute(r, received + r.nextInt((int) ((horizon - received) / MINUTE) + 1) * MINUTE) : null;
        long now = offMinute(r, received + r.nextInt((int) ((horizon - received) / MINUTE) + 1) * MINUTE);

        RequestTimeline.Builder timeline = RequestTimeline.receivedAt(Instant.ofEpochMilli(received), goals.get(0));
        for (int g = 1; g < goalCount; g++) {
            timeline.goalChange(Instant.ofEpochMilli(changeAt.get(g - 1)), goals.get(g));
        }
        for (int p = 0; p < pauseCount; p++) {
            Instant from = Instant.ofEpochMilli(pauseFrom.get(p));
            timeline.pause(pauseUntil.get(p) == null ? Pause.since(from)
                    : Pause.between(from, Instant.ofEpochMilli(pauseUntil.get(p))));
        }
        if (stop != null) {
            timeline.stoppedAt(Instant.ofEpochMilli(stop));
        }

        ClockMeasurement engine = SlaClock.measure(timeline.build(), Instant.ofEpochMilli(now));
        Answer oracle = MinuteSteppingOracle.answer(received, oracleGoals.get(0), changeAt,
                oracleGoals.subList(1, goalCount), pauseFrom, pauseUntil, stop, now);

        Long engineDue = engine.due().map(Instant::toEpochMilli).orElse(null);
        Long engineBreachedAt = engine.breachedAt().map(Instant::toEpochMilli).orElse(null);
        boolean same = engine.elapsed().toMillis() == oracle.elapsedMillis
                && java.util.Objects.equals(engineDue, oracle.due)
                && java.util.Objects.equals(engineBreachedAt, oracle.breachedAt)
                && engine.state() == oracle.state
                && engine.goal().toMinutes() == oracle.goalMinutes
                && engine.measuredAt().toEpochMilli() == (stop != null && stop <= now ? stop : now)
                && engine.remaining().toMillis() == oracle.goalMinutes * MINUTE - oracle.elapsedMillis
                && engine.isStopped() == (stop != null && stop <= now)
                && engine.isPaused() == oracle.pausedNow;
        if (same) {
            return null;
        }
        return "zone " + zone + ", received " + Instant.ofEpochMilli(received) + ", changes " + changeAt + ", pauses "
                + pauseFrom + "/" + pauseUntil + ", stop " + stop + ", now " + Instant.ofEpochMilli(now) + "; engine "
                + engine + " vs oracle " + oracle + "; calendars " + describe(oracleGoals);
    }

    private static String describe(List<OracleGoal> goals) {
        StringBuilder b = new StringBuilder();
        for (OracleGoal g : goals) {
            b.append("{weekly ").append(g.calendar.weekly()).append(", partial ").append(g.calendar.partialDays())
                    .append(", closed ").append(g.calendar.closedDates()).append(", holidays ").append(g.holidays)
                    .append(", maintenance ").append(g.calendar.maintenanceWindows()).append(" excluded=")
                    .append(g.excludeMaintenance).append("} ");
        }
        return b.toString();
    }

    /** Mostly within days of a DST transition, otherwise anywhere in 2024–2027; on a whole minute. */
    private static long receivedInstant(Random r, ZoneId zone) {
        Instant base = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextInt(4 * 365) * 86_400L);
        if (r.nextInt(10) < 6) {
            ZoneOffsetTransition t = zone.getRules().nextTransition(base);
            if (t != null) {
                base = t.getInstant().minusSeconds(3 * 86_400L);
            }
        }
        return base.toEpochMilli() + r.nextInt(6 * 24 * 60) * MINUTE;
    }

    private static Set<LocalDate> jollyday(HolidayRegion region, int year) {
        return JOLLYDAY.computeIfAbsent(region + "/" + year, k -> JOLLYDAY_SOURCE.holidays(region, year));
    }

    /** Within ten days before one of the region's holidays in 2024–2027. */
    private static long nearHoliday(Random r, HolidayRegion region, ZoneId zone) {
        List<LocalDate> days = new ArrayList<>(jollyday(region, 2024 + r.nextInt(4)));
        days.sort(null);
        LocalDate holiday = days.get(r.nextInt(days.size()));
        return holiday.atStartOfDay(zone).toInstant().toEpochMilli() - r.nextInt(10 * 24 * 60) * MINUTE;
    }

    /** One instant in ten moved off the whole minute, by up to a minute less a millisecond. */
    private static long offMinute(Random r, long epochMilli) {
        return r.nextInt(10) == 0 ? epochMilli + 1 + r.nextInt((int) MINUTE - 1) : epochMilli;
    }

    /** Log-uniform from 1 minute to 200 hours. */
    private static long targetMinutes(Random r) {
        return Math.max(1, Math.round(Math.exp(r.nextDouble() * Math.log(200 * 60))));
    }

    private static BusinessCalendar randomCalendar(Random r, ZoneId zone, LocalDate near, HolidayRegion holidays) {
        BusinessCalendar.Builder b = BusinessCalendar.builder("random", zone);
        if (r.nextInt(8) == 0) {
            b.weekly(WeeklySchedule.allDay());
        } else {
            Map<DayOfWeek, List<DailyInterval>> days = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getValue() <= 5 || r.nextInt(3) == 0) {
                    days.put(d, randomDay(r));
                }
            }
            b.weekly(WeeklySchedule.of(days));
        }
        if (holidays != null) {
            b.holidays(holidays);
        }
        for (LocalDate d : randomDates(r, near, r.nextInt(3))) {
            b.closed(d);
        }
        for (LocalDate d : randomDates(r, near, r.nextInt(3))) {
            if (!b.build().closedDates().contains(d)) {
                b.partialDay(d, r.nextInt(4) == 0 ? List.of() : randomDay(r));
            }
        }
        int windows = r.nextInt(3);
        for (int w = 0; w < windows; w++) {
            DailyInterval iv = randomInterval(r, 0, 24 * 60);
            switch (r.nextInt(3)) {
                case 0:
                    b.maintenance(MaintenanceWindow.daily(iv));
                    break;
                case 1:
                    b.maintenance(MaintenanceWindow.weekly(DayOfWeek.of(1 + r.nextInt(7)), iv));
                    break;
                default:
                    int n = r.nextInt(6);
                    b.maintenance(MaintenanceWindow.monthly(n == 0 ? -1 : n, DayOfWeek.of(1 + r.nextInt(7)), iv));
            }
        }
        return b.build();
    }

    /** 1–3 disjoint intervals on whole minutes; now and then one that reaches 24:00 or covers the DST hour. */
    private static List<DailyInterval> randomDay(Random r) {
        int count = 1 + r.nextInt(3);
        List<Integer> cuts = new ArrayList<>();
        while (cuts.size() < count * 2) {
            int c = r.nextInt(5) == 0 ? (r.nextBoolean() ? 0 : 24 * 60) : r.nextInt(24 * 60 + 1);
            if (r.nextInt(6) == 0) {
                c = 120 + r.nextInt(61); // around 02:00-03:00, where clocks jump
            }
            if (!cuts.contains(c)) {
                cuts.add(c);
            }
        }
        cuts.sort(null);
        List<DailyInterval> day = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i += 2) {
            day.add(interval(cuts.get(i), cuts.get(i + 1)));
        }
        return day;
    }

    private static DailyInterval randomInterval(Random r, int min, int max) {
        int a = min + r.nextInt(max - min);
        int b = a + 1 + r.nextInt(Math.min(6 * 60, max - a));
        return interval(a, b);
    }

    private static DailyInterval interval(int startMinute, int endMinute) {
        LocalTime start = LocalTime.MIN.plusMinutes(startMinute);
        return endMinute == 24 * 60 ? DailyInterval.untilEndOfDay(start)
                : DailyInterval.of(start, LocalTime.MIN.plusMinutes(endMinute));
    }

    private static Set<LocalDate> randomDates(Random r, LocalDate near, int count) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < count; i++) {
            dates.add(near.plusDays(r.nextInt(40) - 3));
        }
        return dates;
    }

}
