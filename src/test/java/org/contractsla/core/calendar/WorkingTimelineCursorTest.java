package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.Test;

public class WorkingTimelineCursorTest {

    private final WorkingTimeline office = WorkingTimeline.of(BusinessCalendar.builder("c", ZoneId.of("America/New_York"))
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-12:00"),
                    DailyInterval.parse("13:00-17:00"))).build(), FixedPublicHolidays.none(), false);

    @Test
    public void shouldMatchStatelessQueriesWhileWalkingForwardAcrossChunks() {
        Random r = new Random(7);
        long origin = Instant.parse("2024-12-22T16:48:00Z").toEpochMilli();
        WorkingTime.Cursor cursor = office.cursor(origin);
        long t = origin;
        for (int i = 0; i < 2_000; i++) {
            t = stepForward(r, t);
            long worked = cursor.workedUntil(t);
            assertEquals(office.millisBetween(origin, t), worked);
        }
    }

    @Test
    public void shouldFindTheSameDueInstantAsTheStatelessQuery() {
        Random r = new Random(11);
        long origin = Instant.parse("2025-11-28T21:00:00Z").toEpochMilli();
        WorkingTime.Cursor cursor = office.cursor(origin);
        long t = origin;
        for (int i = 0; i < 2_000; i++) {
            t = stepForward(r, t);
            // amounts from none to 400 working hours, whole hours now and then (ends of intervals)
            long amount = r.nextInt(4) == 0 ? r.nextInt(400) * 3_600_000L : r.nextInt(400 * 3_600) * 1000L;
            assertEquals("from " + Instant.ofEpochMilli(t) + " + " + amount + " ms",
                    office.millisAfter(t, amount), cursor.millisAfter(t, amount));
        }
    }

    @Test
    public void shouldLookBackForAnAmountAlreadyWorked() {
        Random r = new Random(13);
        long origin = Instant.parse("2025-10-01T03:00:00Z").toEpochMilli();
        WorkingTime.Cursor cursor = office.cursor(origin);
        long t = origin;
        for (int i = 0; i < 2_000; i++) {
            t = stepForward(r, t);
            long worked = cursor.workedUntil(t);
            if (worked == 0) {
                continue;
            }
            // anything from one millisecond up to all of it, whole hours now and then (ends of intervals)
            long amount = r.nextInt(4) == 0 ? Math.max(1, worked / 3_600_000L * 3_600_000L) : 1 + (long) (r.nextDouble() * worked);
            assertEquals("up to " + Instant.ofEpochMilli(t) + ", " + amount + " ms", office.millisAfter(origin, amount),
                    cursor.instantOfWorked(amount));
        }
    }

    @Test
    public void shouldEndADueInstantAtTheEndOfTheIntervalWhereTheAmountRunsOut() {
        long monday9 = Instant.parse("2026-03-02T14:00:00Z").toEpochMilli(); // 09:00 in New York
        WorkingTime.Cursor cursor = office.cursor(monday9);
        assertEquals(Instant.parse("2026-03-02T17:00:00Z").toEpochMilli(), cursor.millisAfter(monday9, 3 * 3_600_000L));
        assertEquals(monday9, cursor.millisAfter(monday9, 0));
    }

    /** Mostly small steps, now and then a jump of months (crossing the timeline's ~398-day chunks). */
    private static long stepForward(Random r, long t) {
        return t + (r.nextInt(10) == 0 ? r.nextInt(200) * 86_400_000L : r.nextInt(3 * 86_400) * 1000L);
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseToMoveBackwards() {
        long origin = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
        WorkingTime.Cursor cursor = office.cursor(origin);
        cursor.workedUntil(origin + 86_400_000L);
        cursor.workedUntil(origin + 3_600_000L);
    }
}
