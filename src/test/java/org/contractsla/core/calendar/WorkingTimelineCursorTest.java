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
            // mostly small steps, now and then a jump of months (crossing ~398-day chunks)
            t += r.nextInt(10) == 0 ? r.nextInt(200) * 86_400_000L : r.nextInt(3 * 86_400) * 1000L;
            long worked = cursor.workedUntil(t);
            assertEquals(office.millisBetween(origin, t), worked);
            long more = 1 + r.nextInt(40 * 3_600_000);
            assertEquals(office.millisAfter(origin, worked + more), cursor.instantAt(worked + more));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseToMoveBackwards() {
        long origin = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
        WorkingTime.Cursor cursor = office.cursor(origin);
        cursor.workedUntil(origin + 86_400_000L);
        cursor.workedUntil(origin + 3_600_000L);
    }
}
