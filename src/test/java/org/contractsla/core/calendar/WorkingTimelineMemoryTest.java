package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.Test;

/**
 * What a {@link WorkingTimeline} keeps in memory. A clock over centuries, or queries spread over them, once kept
 * every chunk they touched: a calendar dense enough then filled a 2 GB heap.
 */
public class WorkingTimelineMemoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", BERLIN)
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00")))
            .build();

    private static WorkingTimeline office() {
        return WorkingTimeline.of(OFFICE, FixedPublicHolidays.none(), false);
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    public void shouldKeepOnlyTheChunksAtTheEndsOfAQueryOverCenturies() {
        WorkingTimeline timeline = office();
        Duration centuries = timeline.between(startOf(1900), startOf(2299));
        assertTrue("kept " + timeline.keptChunks(), timeline.keptChunks() <= 2);

        // the same working time, counted year by year on another timeline
        WorkingTimeline yearly = office();
        Duration sum = Duration.ZERO;
        for (int y = 1900; y < 2299; y++) {
            sum = sum.plus(yearly.between(startOf(y), startOf(y + 1)));
        }
        assertEquals(sum, centuries);
    }

    @Test
    public void shouldFindTheInstantAfterCenturiesOfWorkKeepingTheEndsOnly() {
        WorkingTimeline timeline = office();
        Instant start = Instant.parse("1901-03-04T10:17:00Z");
        Duration amount = Duration.ofHours(8 * 5 * 52 * 350 + 3).plusMinutes(11);
        Instant due = timeline.after(start, amount);
        assertTrue("kept " + timeline.keptChunks(), timeline.keptChunks() <= 2);
        // the earliest instant by which that much has been worked
        WorkingTimeline check = office();
        assertEquals(amount, check.between(start, due));
        assertTrue(check.between(start, due.minusMillis(1)).compareTo(amount) < 0);
    }

    @Test
    public void shouldDropKeptChunksPastTheBudgetAndStillCountRight() {
        WorkingTimeline timeline = office();
        Duration lastYearsFirstWeek = null;
        for (int y = 1900; y < 2299; y++) {
            lastYearsFirstWeek = timeline.between(startOf(y), startOf(y).plus(Duration.ofDays(7)));
        }
        // an office calendar has some 285 intervals a chunk: the budget holds about 230 chunks, not all 400
        int perChunk = 285;
        assertTrue("kept " + timeline.keptChunks(),
                timeline.keptChunks() <= WorkingTimeline.MAX_KEPT_INTERVALS / (perChunk - 5) + 1);
        assertEquals(office().between(startOf(2298), startOf(2298).plus(Duration.ofDays(7))), lastYearsFirstWeek);
    }
}
