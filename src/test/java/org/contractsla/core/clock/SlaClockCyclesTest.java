package org.contractsla.core.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.NoWorkingTimeLeftException;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.junit.Test;

/**
 * A cycle measured on all of its request's pauses ({@link SlaClock#measure(Instant, Goal, List, Pauses, Instant,
 * Instant)}) against the same cycle as a timeline of its own, with only the pauses that overlap it, one running at
 * its start cut there: random requests with up to 8 pauses (touching ones, empty ones, one still open), cycles
 * anywhere among them, up to two goal changes, measured before, inside and after the cycle, one instant in five off
 * the millisecond. Every part of the measurement must agree.
 */
public class SlaClockCyclesTest {

    private static final Instant BASE = Instant.parse("2026-03-02T07:00:00Z");
    private static final WorkingTimeline OFFICE = WorkingTimeline.of(BusinessCalendar.builder("office",
            ZoneId.of("Europe/Berlin")).weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                    DailyInterval.parse("08:00-12:00"), DailyInterval.parse("13:00-17:00"))).build(),
            FixedPublicHolidays.none(), false);
    private static final WorkingTimeline EARLY = WorkingTimeline.of(BusinessCalendar.builder("early",
            ZoneId.of("America/New_York")).weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.SATURDAY,
                    DailyInterval.parse("06:00-10:00"))).build(), FixedPublicHolidays.none(), false);

    @Test
    public void shouldMeasureACycleOnTheRequestsPausesAsOnATimelineOfItsOwn() {
        Random r = new Random(17);
        for (int round = 0; round < 3000; round++) {
            // the request's pauses
            List<Instant[]> pauses = new ArrayList<>();
            Pauses.Builder all = Pauses.builder(r.nextInt(3));
            Instant t = BASE.plusSeconds(60L * r.nextInt(600));
            int count = r.nextInt(9);
            for (int p = 0; p < count; p++) {
                Instant from = offMillisecond(r, t.plusSeconds(60L * r.nextInt(r.nextBoolean() ? 3 : 900))); // touching
                Instant until = p == count - 1 && r.nextInt(4) == 0 ? null
                        : offMillisecond(r, from.plusSeconds(60L * r.nextInt(2000))); // empty ones too
                if (until != null && until.isBefore(from)) {
                    until = from;
                }
                pauses.add(new Instant[] {from, until});
                all.add(from, until);
                t = until;
            }
            // a cycle somewhere among them
            Instant start = offMillisecond(r, BASE.plusSeconds(60L * r.nextInt(6000)
                    + (r.nextInt(5) == 0 ? r.nextInt(60) : 0)));
            Instant stop = r.nextInt(4) == 0 ? null : offMillisecond(r, start.plusSeconds(60L * r.nextInt(4000)));
            Instant now = r.nextInt(10) == 0 && stop != null ? stop
                    : offMillisecond(r, start.plusSeconds(60L * (r.nextInt(6000) - 300)));
            Goal first = Goal.of(Duration.ofMinutes(1 + r.nextInt(1500)), r.nextBoolean() ? OFFICE : EARLY);
            List<GoalChange> changes = new ArrayList<>();
            Instant at = start;
            for (int c = r.nextInt(3); c > 0; c--) {
                at = r.nextInt(5) == 0 && stop != null && !stop.isBefore(at) ? stop // a change at the stop
                        : at.plusSeconds(60L * r.nextInt(2000));
                changes.add(GoalChange.at(at, Goal.of(Duration.ofMinutes(1 + r.nextInt(1500)),
                        r.nextBoolean() ? OFFICE : EARLY)));
            }
            String expected = ownTimeline(start, first, changes, pauses, stop, now);
            String actual;
            try {
                actual = described(SlaClock.measure(start, first, changes, all.build(), stop, now));
            } catch (NoWorkingTimeLeftException e) {
                actual = "unreachable";
            }
            assertEquals("round " + round + ": " + start + " to " + stop + " at " + now + ", pauses " + all.build()
                    + ", changes " + changes, expected, actual);
        }
    }

    /** The cycle as a request of its own: received at its start, only the pauses overlapping it, cut at its start. */
    private static String ownTimeline(Instant start, Goal first, List<GoalChange> changes, List<Instant[]> pauses,
            Instant stop, Instant now) {
        RequestTimeline.Builder b = RequestTimeline.receivedAt(start, first);
        changes.forEach(c -> b.goalChange(c.at(), c.goal()));
        Instant end = stop != null && !stop.isAfter(now) ? stop : now;
        for (Instant[] p : pauses) {
            boolean endsByStart = p[1] != null && !p[1].isAfter(start);
            if (endsByStart || !p[0].isBefore(end)) {
                continue;
            }
            Instant from = p[0].isBefore(start) ? start : p[0];
            b.pause(p[1] == null ? Pause.since(from) : Pause.between(from, p[1]));
        }
        if (stop != null) {
            b.stoppedAt(stop);
        }
        try {
            return described(SlaClock.measure(b.build(), now));
        } catch (NoWorkingTimeLeftException e) {
            return "unreachable";
        }
    }

    /** @return one instant in five moved by a fraction of a millisecond */
    private static Instant offMillisecond(Random r, Instant at) {
        return r.nextInt(5) == 0 ? at.plusNanos(1 + r.nextInt(999_999)) : at;
    }

    private static String described(ClockMeasurement m) {
        return m + " breached=" + m.breachedAt().orElse(null) + " paused=" + m.isPaused() + " stopped="
                + m.isStopped() + " at=" + m.measuredAt() + " remaining=" + m.remaining() + " share=" + m.shareUsed();
    }

    @Test
    public void shouldRefuseACycleThatEndsOrChangesGoalBeforeItStarts() {
        Goal goal = Goal.of(Duration.ofHours(1), OFFICE);
        Instant later = BASE.plusSeconds(60);
        assertEquals("clock.error.beforeReceived", assertThrows(DomainException.class,
                () -> SlaClock.measure(later, goal, List.of(), Pauses.NONE, BASE, later)).key());
        assertEquals("clock.error.beforeReceived", assertThrows(DomainException.class,
                () -> SlaClock.measure(later, goal, List.of(GoalChange.at(BASE, goal)), Pauses.NONE, null, later)).key());
        assertThrows(IllegalArgumentException.class, () -> SlaClock.measure(BASE, goal,
                List.of(GoalChange.at(later, goal), GoalChange.at(BASE.plusSeconds(30), goal)), Pauses.NONE, null, later));
        // a stop at the start and changes at one instant are fine
        assertEquals(ClockState.MET, SlaClock.measure(BASE, goal, List.of(GoalChange.at(later, goal),
                GoalChange.at(later, goal)), Pauses.NONE, BASE, later).state());
    }

    @Test
    public void shouldTakePausesOnlyInOrderAndApart() {
        assertEquals("clock.error.pause.overlap", assertThrows(DomainException.class, () -> Pauses.builder(1)
                .add(BASE, BASE.plusSeconds(600)).add(BASE.plusSeconds(599), null)).key());
        assertEquals("clock.error.pause.overlap", assertThrows(DomainException.class, () -> Pauses.builder(1)
                .add(BASE, null).add(BASE.plusSeconds(600), BASE.plusSeconds(700))).key()); // after one that lasts
        assertEquals("clock.error.pause.reversed", assertThrows(DomainException.class, () -> Pauses.builder(1)
                .add(BASE.plusSeconds(1), BASE)).key());
        assertEquals("clock.error.pause.overlap", assertThrows(DomainException.class, () -> Pauses.builder(1)
                .add(BASE.plusNanos(700_000), BASE.plusNanos(900_000)).add(BASE.plusNanos(800_000), null)).key());
        Pauses touching = Pauses.builder(0).add(BASE, BASE.plusSeconds(60))
                .add(BASE.plusSeconds(60), BASE.plusSeconds(60)).add(BASE.plusSeconds(60), null).build();
        assertEquals(3, touching.size());
        assertEquals("[[2026-03-02T07:00:00Z, 2026-03-02T07:01:00Z), [2026-03-02T07:01:00Z, 2026-03-02T07:01:00Z), "
                + "[2026-03-02T07:01:00Z, \u2026)]", touching.toString());
        assertEquals(0, Pauses.builder(4).build().size());
    }
}
