package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import org.junit.Test;

/**
 * Regression test of the index, not evidence of correctness: {@link WorkingTimeline#walk} against the stateless
 * queries of the same engine, span by span. Correctness is the differential test's (SlaClockDifferentialTest).
 */
public class WorkingTimelineWalkTest {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private final WorkingTimeline office = WorkingTimeline.of(BusinessCalendar.builder("c", ZoneId.of("America/New_York"))
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-12:00"),
                    DailyInterval.parse("13:00-17:00"))).build(), FixedPublicHolidays.none(), false);

    @Test
    public void shouldCountAndFindTheTargetAsTheStatelessQueriesDo() {
        Random r = new Random(7);
        for (int run = 0; run < 3_000; run++) {
            // origins over three years, so that walks cross the timeline's ~398-day chunks now and then
            long from = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli() + (long) (r.nextDouble() * 1_100 * DAY);
            long[][] gaps = randomGaps(r, from);
            long end = from + (r.nextInt(9) == 0 ? 0 : r.nextInt(5) == 0 ? r.nextInt(400) * DAY : r.nextInt(20 * 24) * HOUR / 2)
                    + r.nextInt(3_600) * 1000L;
            // targets from none to 300 working hours, whole hours now and then (ends of intervals)
            long target = r.nextInt(10) == 0 ? WorkingTime.NO_TARGET
                    : r.nextInt(4) == 0 ? r.nextInt(300) * HOUR : r.nextInt(300 * 3_600) * 1000L;

            WorkingTime.Walk walk = office.walk(from, end, gaps[0], gaps[1], target);

            Expected expected = expected(from, end, gaps[0], gaps[1], target);
            String what = "walk from " + Instant.ofEpochMilli(from) + " to " + Instant.ofEpochMilli(end) + " gaps "
                    + Arrays.toString(gaps[0]) + Arrays.toString(gaps[1]) + " target " + target;
            assertEquals(what, expected.worked, walk.worked());
            assertEquals(what, expected.reachedAt, walk.reachedAt());
            assertEquals(what, expected.endsInGap, walk.endsInGap());
        }
    }

    @Test
    public void shouldReachATargetAtTheEndOfTheIntervalWhereItRunsOut() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli(); // 09:00 in New York
        long[] none = {};
        WorkingTime.Walk walk = office.walk(monday9, monday9 + 10 * HOUR, none, none, 3 * HOUR);
        assertEquals(Instant.parse("2026-03-02T17:00:00Z").toEpochMilli(), walk.reachedAt());
        assertEquals(7 * HOUR, walk.worked());
        assertEquals(monday9, office.walk(monday9, monday9 + HOUR, none, none, 0).reachedAt());
        // not reached by the end (Monday 14:00): counted on from there, up to Tuesday 12:00
        assertEquals(Instant.parse("2026-03-03T17:00:00Z").toEpochMilli(),
                office.walk(monday9, monday9 + 5 * HOUR, none, none, 10 * HOUR).reachedAt());
    }

    @Test
    public void shouldLeaveGapsOutAndSayWhenTheEndLiesInOne() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli();
        long[] from = {monday9 + HOUR, monday9 + 5 * HOUR};
        long[] until = {monday9 + 2 * HOUR, Long.MAX_VALUE};
        WorkingTime.Walk walk = office.walk(monday9, monday9 + 10 * HOUR, from, until, 6 * HOUR);
        // 09-10 and 11-12, 13-14 worked; from 14:00 on paused
        assertEquals(3 * HOUR, walk.worked());
        assertFalse(walk.reached());
        assertTrue(walk.endsInGap());
        assertFalse(office.walk(monday9, monday9 + 5 * HOUR, from, until, WorkingTime.NO_TARGET).endsInGap());
    }

    @Test
    public void shouldSeeAGapOverTheEndEvenBehindOneThatEndsThere() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli();
        long[] from = {monday9 + HOUR, monday9 + 2 * HOUR};
        long[] until = {monday9 + 3 * HOUR, monday9 + 4 * HOUR};
        WorkingTime.Walk walk = office.walk(monday9, monday9 + 3 * HOUR, from, until, 2 * HOUR);
        assertTrue(walk.endsInGap());
        assertFalse(walk.reached());
        assertEquals(HOUR, walk.worked());
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseANegativeTarget() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli();
        office.walk(monday9, monday9 + 1, new long[0], new long[0], -5);
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseAnEndBeforeTheStart() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli();
        office.walk(monday9, monday9 - 1, new long[0], new long[0], 5);
    }

    /** 0–6 gaps: some before the origin, some overlapping, now and then an open one. */
    private static long[][] randomGaps(Random r, long origin) {
        int n = r.nextInt(7);
        long[] from = new long[n];
        long[] until = new long[n];
        long t = origin - (r.nextBoolean() ? r.nextInt(48) * HOUR : 0);
        for (int i = 0; i < n; i++) {
            t += r.nextInt(3) == 0 ? 0 : r.nextInt(36 * 3_600) * 1000L;
            from[i] = t;
            until[i] = r.nextInt(15) == 0 ? Long.MAX_VALUE : t + r.nextInt(50 * 3_600) * 1000L;
        }
        return new long[][] {from, until};
    }

    private record Expected(long worked, long reachedAt, boolean endsInGap) {
    }

    /** Running spans merged by brute force, each counted with millisBetween and searched with millisAfter. */
    private Expected expected(long from, long end, long[] gapFrom, long[] gapUntil, long target) {
        long worked = 0;
        long reachedAt = target == 0 ? from : WorkingTime.Walk.NOT_REACHED;
        boolean endsInGap = false;
        long t = from;
        while (t < end) {
            long nextGap = end;
            long gapEnd = t;
            for (int i = 0; i < gapFrom.length; i++) {
                if (gapFrom[i] <= t && gapUntil[i] > t) { // t lies in gap i: skip to its end
                    gapEnd = Math.max(gapEnd, gapUntil[i]);
                } else if (gapFrom[i] > t) {
                    nextGap = Math.min(nextGap, gapFrom[i]);
                }
            }
            if (gapEnd > t) {
                t = Math.min(gapEnd, end);
                continue;
            }
            long got = office.millisBetween(t, nextGap);
            if (target > 0 && reachedAt == WorkingTime.Walk.NOT_REACHED && worked + got >= target) {
                reachedAt = office.millisAfter(t, target - worked);
            }
            worked += got;
            t = nextGap;
        }
        for (int i = 0; i < gapFrom.length; i++) {
            endsInGap |= gapFrom[i] < end && gapUntil[i] > end;
        }
        if (target > 0 && reachedAt == WorkingTime.Walk.NOT_REACHED && !endsInGap) { // on past the end
            reachedAt = office.millisAfter(end, target - worked);
        }
        return new Expected(worked, reachedAt, endsInGap);
    }
}
