package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import org.junit.Test;

/**
 * Queries that cross the engine's chunks (2^35 ms, about 398 days), pass through whole chunks it no longer keeps,
 * and compile ranges ahead, each against a count made day by day on the calendar's definition, which knows
 * nothing of chunks, totals or budgets.
 */
public class WorkingTimelineChunksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long CHUNK_MS = 1L << 35;
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", BERLIN)
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00")))
            .build();
    private static final long FROM = Instant.parse("1901-01-01T00:00:00Z").toEpochMilli();
    private static final long UNTIL = Instant.parse("2298-01-01T00:00:00Z").toEpochMilli();

    /** Keeps about one chunk of the office calendar: queries over many chunks use the totals remembered. */
    private static WorkingTimeline tight() {
        return WorkingTimeline.of(OFFICE, FixedPublicHolidays.none(), false, ChunkBudget.of(300));
    }

    private static long open(LocalDate d) {
        return d.atTime(LocalTime.of(9, 0)).atZone(BERLIN).toInstant().toEpochMilli();
    }

    private static long close(LocalDate d) {
        return d.atTime(LocalTime.of(17, 0)).atZone(BERLIN).toInstant().toEpochMilli();
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5;
    }

    private static LocalDate dayOf(long epochMilli) {
        return Instant.ofEpochMilli(epochMilli).atZone(BERLIN).toLocalDate();
    }

    /** Working milliseconds in [from, to), summed day by day. */
    private static long dayByDay(long from, long to) {
        long sum = 0;
        for (LocalDate d = dayOf(from); !d.isAfter(dayOf(to)); d = d.plusDays(1)) {
            if (weekday(d)) {
                sum += Math.max(0, Math.min(close(d), to) - Math.max(open(d), from));
            }
        }
        return sum;
    }

    /** The earliest instant by which {@code amount} (positive) is worked from {@code from}, day by day. */
    private static long dueDayByDay(long from, long amount) {
        for (LocalDate d = dayOf(from); ; d = d.plusDays(1)) {
            if (!weekday(d) || close(d) <= from) {
                continue;
            }
            long start = Math.max(open(d), from);
            if (amount <= close(d) - start) {
                return start + amount;
            }
            amount -= close(d) - start;
        }
    }

    /** Working intervals of the chunk that starts at {@code chunkStart}: a day cut by the boundary counts in both. */
    private static int intervalsOfChunk(long chunkStart) {
        int n = 0;
        for (LocalDate d = dayOf(chunkStart); !d.isAfter(dayOf(chunkStart + CHUNK_MS)); d = d.plusDays(1)) {
            if (weekday(d) && close(d) > chunkStart && open(d) < chunkStart + CHUNK_MS) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void shouldCountAcrossChunksAsTheDaysAddUpAndTheSameTheSecondTime() {
        Random r = new Random(35);
        WorkingTimeline timeline = tight();
        for (int i = 0; i < 40; i++) {
            long a = FROM + (long) (r.nextDouble() * (UNTIL - FROM));
            long b = a + (long) (r.nextDouble() * Math.min(UNTIL - a, (i % 4 == 0 ? 300 : 4) * 365L * 86_400_000L));
            long expected = dayByDay(a, b);
            assertEquals("first, " + Instant.ofEpochMilli(a) + " to " + Instant.ofEpochMilli(b), expected,
                    timeline.millisBetween(a, b));
            assertEquals("again, with the totals remembered", expected, timeline.millisBetween(a, b));
        }
    }

    @Test
    public void shouldFindTheDueInstantAcrossChunksAsTheDaysAddUp() {
        Random r = new Random(36);
        WorkingTimeline timeline = tight();
        for (int i = 0; i < 40; i++) {
            long a = FROM + (long) (r.nextDouble() * (UNTIL - FROM) * 0.6);
            long amount = 1 + (long) (r.nextDouble() * (i % 4 == 0 ? 80 : 3) * 2_080L * 3_600_000L);
            long expected = dueDayByDay(a, amount);
            assertEquals("from " + Instant.ofEpochMilli(a) + " after " + amount + " ms", expected,
                    timeline.millisAfter(a, amount));
            assertEquals("again", expected, timeline.millisAfter(a, amount));
        }
        // an amount that ends exactly at a closing, and one a millisecond beyond it
        long monday = open(LocalDate.of(2026, 3, 2));
        assertEquals(close(LocalDate.of(2026, 3, 2)), timeline.millisAfter(monday, 8 * 3_600_000L));
        assertEquals(open(LocalDate.of(2026, 3, 3)) + 1, timeline.millisAfter(monday, 8 * 3_600_000L + 1));
        assertEquals(monday + 5, timeline.millisAfter(monday + 5, 0));
    }

    @Test
    public void shouldCompileTheChunksOfARangeAheadAndSayHowMuchItHolds() {
        WorkingTimeline timeline = WorkingTimeline.of(OFFICE, FixedPublicHolidays.none(), false);
        long from = Instant.parse("2026-01-10T00:00:00Z").toEpochMilli();
        long to = from + 2 * CHUNK_MS; // three chunks: the range starts inside one
        long first = Math.floorDiv(from, CHUNK_MS) * CHUNK_MS;
        int expected = intervalsOfChunk(first) + intervalsOfChunk(first + CHUNK_MS)
                + intervalsOfChunk(first + 2 * CHUNK_MS);
        assertEquals(0, timeline.keptChunks());
        assertEquals(expected, timeline.precompute(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to)));
        assertEquals(3, timeline.keptChunks());
        // a range ending right at a chunk's start does not reach into it
        WorkingTimeline other = WorkingTimeline.of(OFFICE, FixedPublicHolidays.none(), false);
        assertEquals(intervalsOfChunk(first), other.precompute(Instant.ofEpochMilli(first + 1),
                Instant.ofEpochMilli(first + CHUNK_MS)));
        assertEquals(1, other.keptChunks());
    }
}
