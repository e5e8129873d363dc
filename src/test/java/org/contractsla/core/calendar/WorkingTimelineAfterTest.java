package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * {@link WorkingTimeline#millisAfter} finds the instant through the index by running total, {@link
 * WorkingTimeline#millisBetween} counts through the index by instant: each must agree with the other, on
 * calendars whose intervals are of very different lengths and at the ends of the timeline's ~398-day chunks.
 * Regression test of the two indexes, not evidence of correctness: both sides are the engine's.
 */
public class WorkingTimelineAfterTest {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long CHUNK = 1L << 35;

    /** Long and very short intervals side by side: 07:00–07:01, 08:00–11:00, 11:20–11:25, 11:30–16:00, … */
    private final WorkingTimeline uneven = WorkingTimeline.of(BusinessCalendar.builder("uneven", ZoneId.of("Europe/Berlin"))
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DailyInterval.parse("07:00-07:01"),
                    DailyInterval.parse("08:00-11:00"), DailyInterval.parse("11:20-11:25"), DailyInterval.parse("11:30-16:00"),
                    DailyInterval.parse("23:59-24:00")))
            .partialDay(LocalDate.of(2026, 12, 24), List.of(DailyInterval.parse("09:00-09:02"), DailyInterval.parse("10:00-10:01")))
            .maintenance(MaintenanceWindow.daily(DailyInterval.parse("12:00-12:10")))
            .holidays(HolidayRegion.country("DE")).build(), FixedPublicHolidays.none().with(HolidayRegion.country("DE"),
                    Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))), true);

    @Test
    public void shouldFindTheEarliestInstantAtWhichTheAmountIsWorked() {
        Random r = new Random(11);
        long origin = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (int run = 0; run < 20_000; run++) {
            long start = origin + (long) (r.nextDouble() * 3 * 365 * 24 * HOUR);
            long amount = r.nextInt(3) == 0 ? 1 + r.nextInt(5 * 60) * MINUTE // within a few intervals
                    : 1 + (long) (r.nextDouble() * 3_000 * HOUR);     // across a chunk now and then
            assertEarliest(uneven, start, amount);
        }
    }

    @Test
    public void shouldReachTheLastInstantOfAChunkAndGoOnInTheNext() {
        WorkingTimeline always = WorkingTimeline.of(BusinessCalendar.builder("24x7", ZoneId.of("America/New_York"))
                .weekly(WeeklySchedule.allDay()).build(), FixedPublicHolidays.none(), false);
        for (long chunkStart : new long[] {55 * CHUNK, 56 * CHUNK}) { // 2031 and 2033
            for (WorkingTimeline timeline : new WorkingTimeline[] {always, uneven}) {
                long wholeChunk = timeline.millisBetween(chunkStart, chunkStart + CHUNK);
                assertEarliest(timeline, chunkStart, wholeChunk);      // its running total, exactly
                assertEarliest(timeline, chunkStart, wholeChunk - 1);
                assertEarliest(timeline, chunkStart, wholeChunk + 1);  // the next chunk's first millisecond
                assertEarliest(timeline, chunkStart + CHUNK - HOUR, 1);
            }
        }
        assertEquals(56 * CHUNK, always.millisAfter(55 * CHUNK, CHUNK));
    }

    private static void assertEarliest(WorkingTimeline timeline, long start, long amount) {
        long at = timeline.millisAfter(start, amount);
        String what = amount + " ms after " + Instant.ofEpochMilli(start) + ": " + Instant.ofEpochMilli(at);
        assertEquals(what, amount, timeline.millisBetween(start, at));
        assertEquals(what, amount - 1, timeline.millisBetween(start, at - 1));
    }
}
