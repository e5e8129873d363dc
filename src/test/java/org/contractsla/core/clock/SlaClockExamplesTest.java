package org.contractsla.core.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.holidays.JollydayPublicHolidays;
import java.util.List;
import org.junit.Test;

/**
 * The domain spec's examples and the calendar corner cases, as a table of cases with real German public
 * holidays from jollyday. Times are Europe/Berlin wall-clock times.
 */
public class SlaClockExamplesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PublicHolidays HOLIDAYS = CachingPublicHolidays.of(new JollydayPublicHolidays());

    /** Maintenance preset, S3/S4 hours: Mon–Fri 09:00–17:00, German nationwide holidays. */
    private static final WorkingTimeline NINE_TO_FIVE = WorkingTimeline.of(BusinessCalendar.builder("s3", BERLIN)
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                    DailyInterval.parse("09:00-17:00")))
            .holidays(HolidayRegion.country("DE")).build(), HOLIDAYS, false);

    /** Maintenance preset, S2 hours: Mon–Fri 08:00–18:00, German nationwide holidays. */
    private static final WorkingTimeline EIGHT_TO_SIX = WorkingTimeline.of(BusinessCalendar.builder("s2", BERLIN)
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                    DailyInterval.parse("08:00-18:00")))
            .holidays(HolidayRegion.country("DE")).build(), HOLIDAYS, false);

    private static final WorkingTimeline SPLIT_DAY = WorkingTimeline.of(BusinessCalendar.builder("split", BERLIN)
            .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                    DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00"))).build(),
            HOLIDAYS, false);

    private static final WorkingTimeline ALWAYS = WorkingTimeline.of(BusinessCalendar.twentyFourSeven("24x7", BERLIN),
            HOLIDAYS, false);

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static Goal hours(double h, WorkingTimeline calendar) {
        return Goal.of(Duration.ofMinutes(Math.round(h * 60)), calendar);
    }

    private static void assertDue(String expectedLocal, Goal goal, String receivedLocal) {
        ClockMeasurement m = SlaClock.measure(RequestTimeline.receivedAt(berlin(receivedLocal), goal).build(),
                berlin(receivedLocal));
        assertEquals(berlin(expectedLocal), m.due().orElseThrow());
    }

    @Test
    public void shouldApplyGoalChangePiecewiseAsDomainSpecExample() {
        // spec §3.4: S3 12 h on Mon–Fri 09–17 received Friday 16:00, raised to S1 4 h 24×7 on Saturday 10:00
        RequestTimeline timeline = RequestTimeline.receivedAt(berlin("2025-03-07T16:00"), hours(12, NINE_TO_FIVE))
                .goalChange(berlin("2025-03-08T10:00"), hours(4, ALWAYS)).build();
        ClockMeasurement atChange = SlaClock.measure(timeline, berlin("2025-03-08T10:00"));
        assertEquals(Duration.ofHours(1), atChange.elapsed());
        assertEquals(berlin("2025-03-08T13:00"), atChange.due().orElseThrow());
        assertEquals(ClockState.RUNNING, atChange.state());
        assertEquals(Duration.ofHours(4), atChange.goal());
        // not "breached since Friday 20:00"
        assertEquals(ClockState.RUNNING, SlaClock.measure(timeline, berlin("2025-03-08T12:59")).state());
        assertEquals(ClockState.BREACHED, SlaClock.measure(timeline, berlin("2025-03-08T13:01")).state());
    }

    @Test
    public void shouldDueTableCases() {
        // received Saturday: counting starts Monday 09:00, 2 h -> Monday 11:00
        assertDue("2025-03-10T11:00", hours(2, NINE_TO_FIVE), "2025-03-08T11:00");
        // received Monday 07:00 before opening: starts 09:00
        assertDue("2025-03-10T10:00", hours(1, NINE_TO_FIVE), "2025-03-10T07:00");
        // goal ends exactly at closing: due 17:00 that day, not 09:00 next morning
        assertDue("2025-03-10T17:00", hours(4, NINE_TO_FIVE), "2025-03-10T13:00");
        // goal ends exactly at the lunch break: due 12:00, not 13:00
        assertDue("2025-03-10T12:00", hours(2, SPLIT_DAY), "2025-03-10T10:00");
        // across lunch: 3 h from 10:00 -> 2 h before lunch, 1 h after -> 14:00
        assertDue("2025-03-10T14:00", hours(3, SPLIT_DAY), "2025-03-10T10:00");
        // across midnight and weekend: Friday 16:30, 1 h -> Monday 09:30
        assertDue("2025-03-10T09:30", hours(1, NINE_TO_FIVE), "2025-03-07T16:30");
        // Easter 2025: Thursday 17 April 16:00, 4 h on 08–18 -> 2 h Thursday, Good Friday, weekend and
        // Easter Monday closed -> Tuesday 22 April 10:00
        assertDue("2025-04-22T10:00", hours(4, EIGHT_TO_SIX), "2025-04-17T16:00");
        // 24 December is a working day (not a nationwide holiday), 25/26 are holidays:
        // Wed 24 Dec 2025 15:00, 4 h on 09–17 -> 2 h on the 24th, then Mon 29 Dec 11:00
        assertDue("2025-12-29T11:00", hours(4, NINE_TO_FIVE), "2025-12-24T15:00");
        // received on Christmas Day: nothing counts until Monday 29 December 09:00
        assertDue("2025-12-29T10:00", hours(1, NINE_TO_FIVE), "2025-12-25T10:00");
        // spring forward on 24×7 (30 March 2025, 02:00 -> 03:00): 01:30 + 1 h = 03:30 summer time
        assertDue("2025-03-30T03:30", hours(1, ALWAYS), "2025-03-30T01:30");
        // fall back on 24×7 (26 October 2025): 00:00 + 24 h of working time = 23:00 the same date
        assertDue("2025-10-26T23:00", hours(24, ALWAYS), "2025-10-26T00:00");
    }

    @Test
    public void shouldCountDaysOfTwentyThreeAndTwentyFiveHoursOnTwentyFourSeven() {
        assertEquals(Duration.ofHours(23), ALWAYS.between(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00")));
        assertEquals(Duration.ofHours(25), ALWAYS.between(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")));
        assertEquals(Duration.ofHours(24), ALWAYS.between(berlin("2025-10-27T00:00"), berlin("2025-10-28T00:00")));
    }

    @Test
    public void shouldCountEasterAndChristmasHolidaysAsClosed() {
        // week of Good Friday 2025: Mon–Thu open, Fri closed -> 4 × 8 h
        assertEquals(Duration.ofHours(32), NINE_TO_FIVE.between(berlin("2025-04-14T00:00"), berlin("2025-04-19T00:00")));
        // week after: Easter Monday closed -> 4 × 8 h
        assertEquals(Duration.ofHours(32), NINE_TO_FIVE.between(berlin("2025-04-21T00:00"), berlin("2025-04-26T00:00")));
        // 22–26 Dec 2025: Mon, Tue, Wed (24th) open; 25th, 26th closed
        assertEquals(Duration.ofHours(24), NINE_TO_FIVE.between(berlin("2025-12-22T00:00"), berlin("2025-12-27T00:00")));
    }

    @Test
    public void shouldBreachOnlyOnceMoreWorkingTimeThanTheGoalHasPassed() {
        // 4 h on Mon–Fri 09–17 received Monday 13:00: due 17:00 that day, used up exactly at closing
        Goal goal = hours(4, NINE_TO_FIVE);
        Object[][] stops = {
            // stop,                    state,               remaining,         breachedAt
            {"2025-03-10T16:59", ClockState.MET, Duration.ofMinutes(1), null},
            {"2025-03-10T17:00", ClockState.MET, Duration.ZERO, null},             // at the due instant
            {"2025-03-10T19:00", ClockState.MET, Duration.ZERO, null},             // after hours: no more worked
            {"2025-03-11T09:00", ClockState.MET, Duration.ZERO, null},             // at the next opening itself
            {"2025-03-11T09:01", ClockState.BREACHED, Duration.ofMinutes(-1), "2025-03-11T09:00"}, // one minute over
        };
        for (Object[] row : stops) {
            RequestTimeline timeline = RequestTimeline.receivedAt(berlin("2025-03-10T13:00"), goal)
                    .stoppedAt(berlin((String) row[0])).build();
            ClockMeasurement m = SlaClock.measure(timeline, berlin("2025-03-12T12:00"));
            assertEquals("stop " + row[0], row[1], m.state());
            assertEquals("stop " + row[0], row[2], m.remaining());
            assertEquals("stop " + row[0], berlin("2025-03-10T17:00"), m.due().orElseThrow());
            assertEquals("stop " + row[0], row[3] == null ? null : berlin((String) row[3]), m.breachedAt().orElse(null));
        }
        // still open: running with nothing left in the evening, breached from the next opening on
        RequestTimeline open = RequestTimeline.receivedAt(berlin("2025-03-10T13:00"), goal).build();
        ClockMeasurement evening = SlaClock.measure(open, berlin("2025-03-10T19:00"));
        assertEquals(ClockState.RUNNING, evening.state());
        assertEquals(Duration.ZERO, evening.remaining());
        assertFalse(evening.breachedAt().isPresent());
        ClockMeasurement morning = SlaClock.measure(open, berlin("2025-03-11T10:00"));
        assertEquals(ClockState.BREACHED, morning.state());
        assertEquals(berlin("2025-03-11T09:00"), morning.breachedAt().orElseThrow());
        assertEquals(berlin("2025-03-10T17:00"), morning.due().orElseThrow());
    }

    @Test
    public void shouldBreachWhenTheClockCountsAgainAfterAPauseThatBeganAtTheDueInstant() {
        // 2 h from Monday 09:00: due 11:00; waiting for the customer 11:00-14:00
        RequestTimeline timeline = RequestTimeline.receivedAt(berlin("2025-03-10T09:00"), hours(2, NINE_TO_FIVE))
                .pause(Pause.between(berlin("2025-03-10T11:00"), berlin("2025-03-10T14:00"))).build();
        assertEquals(ClockState.PAUSED, SlaClock.measure(timeline, berlin("2025-03-10T12:00")).state());
        ClockMeasurement later = SlaClock.measure(timeline, berlin("2025-03-10T15:00"));
        assertEquals(ClockState.BREACHED, later.state());
        assertEquals(berlin("2025-03-10T14:00"), later.breachedAt().orElseThrow());
    }

    @Test
    public void shouldBreachAtTheChangeWhenTheNewGoalTakesOverAlreadyOverrun() {
        // 3 h worked on 24×7 under a 12 h goal, then lowered to a 2 h goal at 12:00: breached from the change
        RequestTimeline timeline = RequestTimeline.receivedAt(berlin("2025-03-10T09:00"), hours(12, ALWAYS))
                .goalChange(berlin("2025-03-10T12:00"), hours(2, ALWAYS)).build();
        ClockMeasurement m = SlaClock.measure(timeline, berlin("2025-03-10T12:30"));
        assertEquals(ClockState.BREACHED, m.state());
        assertEquals(berlin("2025-03-10T12:00"), m.breachedAt().orElseThrow());
        // used up exactly at the change (2 h worked, lowered to 2 h): breached only once it counts on
        RequestTimeline exact = RequestTimeline.receivedAt(berlin("2025-03-10T09:00"), hours(12, NINE_TO_FIVE))
                .goalChange(berlin("2025-03-10T11:00"), hours(2, NINE_TO_FIVE))
                .pause(Pause.between(berlin("2025-03-10T11:00"), berlin("2025-03-10T11:30"))).build();
        assertEquals(ClockState.PAUSED, SlaClock.measure(exact, berlin("2025-03-10T11:10")).state());
        ClockMeasurement after = SlaClock.measure(exact, berlin("2025-03-10T12:00"));
        assertEquals(ClockState.BREACHED, after.state());
        assertEquals(berlin("2025-03-10T11:30"), after.breachedAt().orElseThrow());
    }

    @Test
    public void shouldPauseWhileWaitingForCustomer() {
        Goal goal = hours(4, NINE_TO_FIVE);
        RequestTimeline timeline = RequestTimeline.receivedAt(berlin("2025-03-10T09:00"), goal)
                .pause(Pause.between(berlin("2025-03-10T10:00"), berlin("2025-03-11T10:00")))
                .pause(Pause.since(berlin("2025-03-11T11:00"))).build();
        ClockMeasurement paused = SlaClock.measure(timeline, berlin("2025-03-12T12:00"));
        assertEquals(ClockState.PAUSED, paused.state());
        assertEquals(Duration.ofHours(2), paused.elapsed());
        assertFalse(paused.due().isPresent());
        assertEquals(0.5, paused.shareUsed(), 1e-9);
    }

    @Test
    public void shouldRefuseAPauseOrStopBeforeTheRequestWasReceived() {
        Instant received = berlin("2026-03-02T10:00");
        Instant before = received.minusSeconds(60);
        for (Runnable r : List.<Runnable>of(
                () -> RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(Pause.between(before, received)),
                () -> RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(Pause.since(before)),
                () -> RequestTimeline.receivedAt(received, hours(4, ALWAYS)).stoppedAt(before))) {
            try {
                r.run();
                org.junit.Assert.fail("accepted an instant before the receipt");
            } catch (org.contractsla.core.DomainException e) {
                assertEquals("clock.error.beforeReceived", e.key());
            }
        }
    }

    @Test
    public void shouldKeepWhatATimelineWasBuiltFrom() {
        Instant received = berlin("2026-03-02T10:00");
        Pause pause = Pause.between(berlin("2026-03-02T11:00"), berlin("2026-03-02T12:00"));
        RequestTimeline t = RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(pause)
                .stoppedAt(berlin("2026-03-02T15:00")).build();
        assertEquals(received, t.received());
        assertEquals(List.of(pause), t.pauses());
        assertEquals(berlin("2026-03-02T15:00"), t.stop().orElseThrow());
        try {
            RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(pause)
                    .pause(Pause.between(berlin("2026-03-02T11:30"), berlin("2026-03-02T13:00")));
            org.junit.Assert.fail("overlapping pauses");
        } catch (org.contractsla.core.DomainException e) {
            assertEquals("clock.error.pause.overlap", e.key());
        }
    }

    /** Pauses given in any order make the same timeline; an overlap is found whatever order they came in. */
    @Test
    public void shouldTakePausesInAnyOrderAndFindEveryOverlap() {
        Instant received = berlin("2026-03-02T08:00");
        Pause a = Pause.between(berlin("2026-03-02T10:00"), berlin("2026-03-02T11:00"));
        Pause b = Pause.between(berlin("2026-03-02T08:30"), berlin("2026-03-02T09:00"));
        Pause c = Pause.between(berlin("2026-03-02T12:00"), berlin("2026-03-02T13:00"));
        RequestTimeline sorted = RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(b).pause(a).pause(c)
                .build();
        RequestTimeline mixed = RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(a).pause(b).pause(c)
                .build();
        assertEquals(List.of(b, a, c), sorted.pauses());
        assertEquals(List.of(b, a, c), mixed.pauses());
        Instant at = berlin("2026-03-02T14:00");
        assertEquals(SlaClock.measure(sorted, at).due(), SlaClock.measure(mixed, at).due());
        try { // out of order first, then one after the last added that overlaps an earlier one
            RequestTimeline.receivedAt(received, hours(4, ALWAYS)).pause(a).pause(b)
                    .pause(Pause.between(berlin("2026-03-02T10:30"), berlin("2026-03-02T10:45")));
            org.junit.Assert.fail("overlapping pauses");
        } catch (org.contractsla.core.DomainException e) {
            assertEquals("clock.error.pause.overlap", e.key());
        }
    }

    /** Goal changes given out of order are kept in time order. */
    @Test
    public void shouldKeepGoalChangesInTimeOrderWhateverOrderTheyCameIn() {
        Instant received = berlin("2026-03-02T08:00");
        RequestTimeline t = RequestTimeline.receivedAt(received, hours(4, ALWAYS))
                .goalChange(berlin("2026-03-02T12:00"), hours(1, ALWAYS))
                .goalChange(berlin("2026-03-02T10:00"), hours(2, ALWAYS)).build();
        assertEquals(List.of(berlin("2026-03-02T10:00"), berlin("2026-03-02T12:00")),
                t.goalChanges().stream().map(GoalChange::at).toList());
    }
}
