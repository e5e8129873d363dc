package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.RequestHistory.Entry;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class MeasuringRequestClocksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant t(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static GoalDefinition goal(String duration, String calendar) {
        return GoalDefinition.of(Duration.parse(duration), calendar, false);
    }

    private static final Policy POLICY = Policy.of(
            List.of(BusinessCalendar.builder("office", BERLIN).weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY,
                    DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00"))).build(),
                    BusinessCalendar.twentyFourSeven("always", BERLIN)),
            List.of(Plan.of("gold", Map.of(
                            Metric.FIRST_RESPONSE, Map.of(Severity.S1, goal("PT1H", "always"),
                                    Severity.S3, goal("PT4H", "office")),
                            Metric.RESOLUTION, Map.of(Severity.S3, goal("PT16H", "office")),
                            Metric.UPDATE_INTERVAL, Map.of(Severity.S3, goal("PT2H", "office")))),
                    Plan.of("none", Map.of())),
            Set.of("Waiting for customer"));

    private final MeasuringRequestClocks measuring = new MeasuringRequestClocks(
            CompiledPolicy.of(POLICY, FixedPublicHolidays.none()));

    @Test
    public void shouldRunTheOfficeCalendarInTheContractsZone() {
        // received Monday 16:00 in Berlin, 10:00 in New York; 4 working hours on 09:00-17:00
        RequestHistory h = RequestHistory.of("SUP-9", t("2026-03-02T16:00"), "gold", Severity.S3, List.of());
        CalendarOverride newYork = new CalendarOverride(ZoneId.of("America/New_York"), null);

        Instant inBerlin = measuring.measure(h, t("2026-03-02T16:00")).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().due().orElseThrow();
        Instant inNewYork = measuring.measure(h, newYork, t("2026-03-02T16:00")).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().due().orElseThrow();

        assertEquals(t("2026-03-03T12:00"), inBerlin);
        assertEquals(Instant.parse("2026-03-02T19:00:00Z"), inNewYork); // 14:00 in New York
    }

    @Test
    public void shouldCloseTheCalendarOnTheContractsPublicHolidays() {
        HolidayRegion germany = HolidayRegion.country("DE");
        HolidayRegion sweden = HolidayRegion.country("SE");
        Policy policy = Policy.of(List.of(BusinessCalendar.builder("office", BERLIN).holidays(germany)
                        .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
                                DailyInterval.parse("09:00-17:00"))).build()),
                List.of(Plan.of("gold", Map.of(Metric.FIRST_RESPONSE, Map.of(Severity.S3, goal("PT4H", "office"))))),
                Set.of());
        MeasuringRequestClocks clocks = new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none()
                .with(germany, Set.of(LocalDate.of(2025, 10, 3))) // Day of German Unity, a Friday
                .with(sweden, Set.of(LocalDate.of(2025, 6, 6))))); // Sweden's National Day
        // received Thursday 15:00: two hours that day, two more on the next working day
        RequestHistory h = RequestHistory.of("SUP-10", t("2025-10-02T15:00"), "gold", Severity.S3, List.of());

        Instant german = clocks.measure(h, t("2025-10-02T15:00")).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().due().orElseThrow();
        Instant swedish = clocks.measure(h, new CalendarOverride(null, sweden), t("2025-10-02T15:00"))
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow().due().orElseThrow();

        assertEquals(t("2025-10-06T11:00"), german);
        assertEquals(t("2025-10-03T11:00"), swedish);
    }

    @Test
    public void shouldMeasureUpdateIntervalsBetweenResponses() {
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-02T10:00")),
                Entry.response(t("2026-03-02T11:30")), // 1.5 h later: met
                Entry.response(t("2026-03-02T14:00")))); // 2.5 h later: breached
        MetricClock updates = measuring.measure(h, t("2026-03-02T15:00")).get(Metric.UPDATE_INTERVAL);
        assertEquals(3, updates.cycles());
        assertEquals(1, updates.breachedCycles());
        assertEquals(ClockState.RUNNING, updates.measurement().orElseThrow().state());
        assertEquals(t("2026-03-02T16:00"), updates.measurement().orElseThrow().due().orElseThrow());
    }

    @Test
    public void shouldPauseAllClocksInWaitingStatus() {
        RequestHistory h = RequestHistory.of("SUP-2", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.status(t("2026-03-02T10:00"), "Waiting for customer"),
                Entry.status(t("2026-03-03T09:00"), "In progress")));
        Map<Metric, MetricClock> clocks = measuring.measure(h, t("2026-03-03T10:00"));
        assertEquals(Duration.ofHours(2), clocks.get(Metric.FIRST_RESPONSE).measurement().orElseThrow().elapsed());
        assertEquals(Duration.ofHours(2), clocks.get(Metric.RESOLUTION).measurement().orElseThrow().elapsed());
    }

    @Test
    public void shouldKeepRunningGoalWhenSeverityHasNoGoal() {
        // S3 has a resolution goal, S1 has none: the S3 goal stays in force
        RequestHistory h = RequestHistory.of("SUP-3", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.severity(t("2026-03-02T10:00"), Severity.S1)));
        Map<Metric, MetricClock> clocks = measuring.measure(h, t("2026-03-02T12:00"));
        assertEquals(Duration.ofHours(16), clocks.get(Metric.RESOLUTION).measurement().orElseThrow().goal());
        // while first response switches to the S1 goal piecewise: 1 h on office + 2 h on 24x7 > 1 h goal
        assertEquals(ClockState.BREACHED, clocks.get(Metric.FIRST_RESPONSE).measurement().orElseThrow().state());
        assertEquals(t("2026-03-02T10:00"),
                clocks.get(Metric.FIRST_RESPONSE).measurement().orElseThrow().breachedAt().orElseThrow());
    }

    @Test
    public void shouldStartClockWhenPlanChangeBringsFirstGoal() {
        RequestHistory h = RequestHistory.of("SUP-4", t("2026-03-02T09:00"), "none", Severity.S3, List.of(
                Entry.plan(t("2026-03-02T13:00"), "gold")));
        MetricClock fr = measuring.measure(h, t("2026-03-02T14:00")).get(Metric.FIRST_RESPONSE);
        assertEquals(Duration.ofHours(1), fr.measurement().orElseThrow().elapsed());
        assertEquals(t("2026-03-02T17:00"), fr.measurement().orElseThrow().due().orElseThrow());
    }

    @Test
    public void shouldReportNoGoalAndIgnoreEventsNotYetKnown() {
        RequestHistory none = RequestHistory.of("SUP-5", t("2026-03-02T09:00"), "none", Severity.S3, List.of());
        MetricClock noGoal = measuring.measure(none, t("2026-03-02T10:00")).get(Metric.FIRST_RESPONSE);
        assertFalse(noGoal.measurement().isPresent());
        assertEquals(MetricClock.Absence.NO_GOAL, noGoal.absence().orElseThrow());
        RequestHistory later = RequestHistory.of("SUP-6", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-02T12:00"))));
        assertEquals(ClockState.RUNNING, measuring.measure(later, t("2026-03-02T10:00")).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().state());
    }

    @Test
    public void shouldStopTheFirstResponseClockAtAResolutionThatCameBeforeAnyResponse() {
        // S3: 4 h on the office calendar from Monday 09:00; resolved at 10:30 without a reply before it
        RequestHistory h = RequestHistory.of("SUP-7", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-02T10:30")), Entry.response(t("2026-03-02T11:00"))));
        org.contractsla.core.clock.ClockMeasurement fr = measuring.measure(h, t("2026-03-03T12:00"))
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
        assertEquals(ClockState.MET, fr.state());
        assertEquals(Duration.ofMinutes(90), fr.elapsed());
        assertEquals(t("2026-03-02T10:30"), fr.measuredAt());
        // resolved late, with no reply at all: the first-response clock stops there too, breached
        RequestHistory late = RequestHistory.of("SUP-8", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-02T15:00"))));
        org.contractsla.core.clock.ClockMeasurement lateFr = measuring.measure(late, t("2026-03-04T12:00"))
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
        assertEquals(ClockState.BREACHED, lateFr.state());
        assertEquals(Duration.ofHours(6), lateFr.elapsed());
    }

    @Test
    public void shouldSayWhetherAnUpdateIntervalWaitsForTheFirstResponseOrHasNoGoal() {
        RequestHistory waiting = RequestHistory.of("SUP-9", t("2026-03-02T09:00"), "gold", Severity.S3, List.of());
        MetricClock updates = measuring.measure(waiting, t("2026-03-02T10:00")).get(Metric.UPDATE_INTERVAL);
        assertEquals(MetricClock.Absence.NOT_STARTED, updates.absence().orElseThrow());
        // S1 has no update goal, and neither does anything the request becomes
        RequestHistory none = RequestHistory.of("SUP-10", t("2026-03-02T09:00"), "gold", Severity.S1, List.of(
                Entry.response(t("2026-03-02T09:30"))));
        assertEquals(MetricClock.Absence.NO_GOAL, measuring.measure(none, t("2026-03-02T10:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
        // S1 lowered to S3 later: a goal applies then, so the clock waits for a response rather than having none
        RequestHistory lowered = RequestHistory.of("SUP-11", t("2026-03-02T09:00"), "gold", Severity.S1, List.of(
                Entry.severity(t("2026-03-02T09:10"), Severity.S3)));
        assertEquals(MetricClock.Absence.NOT_STARTED, measuring.measure(lowered, t("2026-03-02T10:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
        // resolved before any response: no update interval ever ran, and none will
        RequestHistory resolved = RequestHistory.of("SUP-13", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-02T09:30")), Entry.response(t("2026-03-02T09:45"))));
        assertEquals(MetricClock.Absence.NEVER_STARTED, measuring.measure(resolved, t("2026-03-02T10:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
    }

    @Test
    public void shouldMarkAGoalThatCannotBeReachedAndMeasureTheOtherClocks() {
        // open on Saturdays only, and every Saturday of every month is maintenance: a goal that leaves
        // maintenance out never ends (the import's check sees daily and weekly windows, not monthly ones)
        BusinessCalendar.Builder saturdays = BusinessCalendar.builder("saturdays", BERLIN).weekly(WeeklySchedule.of(
                Map.of(DayOfWeek.SATURDAY, List.of(DailyInterval.parse("09:00-17:00")))));
        for (int week : new int[] {1, 2, 3, 4, 5}) {
            saturdays.maintenance(org.contractsla.core.calendar.MaintenanceWindow.monthly(week, DayOfWeek.SATURDAY,
                    DailyInterval.parse("00:00-24:00")));
        }
        Policy policy = Policy.of(List.of(POLICY.calendars().get("office"), saturdays.build()),
                List.of(Plan.of("weekend", Map.of(
                        Metric.FIRST_RESPONSE, Map.of(Severity.S3, goal("PT4H", "office")),
                        Metric.RESOLUTION, Map.of(Severity.S3,
                                GoalDefinition.of(Duration.ofHours(16), "saturdays", true))))),
                Set.of());
        MeasuringRequestClocks weekend = new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none()));
        RequestHistory h = RequestHistory.of("SUP-12", t("2026-03-02T09:00"), "weekend", Severity.S3, List.of());
        Map<Metric, MetricClock> clocks = weekend.measure(h, t("2026-03-02T10:00"));
        assertEquals(t("2026-03-02T13:00"), clocks.get(Metric.FIRST_RESPONSE).measurement().orElseThrow().due()
                .orElseThrow());
        MetricClock resolution = clocks.get(Metric.RESOLUTION);
        assertFalse(resolution.measurement().isPresent());
        assertEquals(MetricClock.Absence.UNREACHABLE, resolution.absence().orElseThrow());
        assertEquals("calendar.error.noWorkingTime", resolution.reason().orElseThrow().key());
        assertEquals(List.of("saturdays"), resolution.reason().orElseThrow().args());
        // resolved after an hour: stopped with nothing counted, the clock is met, though with no due instant
        RequestHistory resolvedEarly = RequestHistory.of("SUP-14", t("2026-03-02T09:00"), "weekend", Severity.S3,
                List.of(Entry.resolved(t("2026-03-02T10:00"))));
        org.contractsla.core.clock.ClockMeasurement met = weekend.measure(resolvedEarly, t("2026-03-02T11:00"))
                .get(Metric.RESOLUTION).measurement().orElseThrow();
        assertEquals(ClockState.MET, met.state());
        assertEquals(Duration.ZERO, met.elapsed());
        assertFalse(met.due().isPresent());
    }

    /**
     * Each cycle reads only the pauses around it; this compares every clock with the same cycles measured on
     * all of the request's pauses, on random histories with pauses at the edges of cycles, open pauses and
     * entries at the same instant.
     */
    @Test
    public void shouldMeasureEveryCycleAsIfItSawAllPauses() {
        java.util.Random r = new java.util.Random(5);
        CompiledPolicy compiled = CompiledPolicy.of(POLICY, FixedPublicHolidays.none());
        GoalDefinition[] goals = {goal("PT4H", "office"), goal("PT16H", "office"), goal("PT2H", "office")};
        for (int run = 0; run < 2_000; run++) {
            Instant received = t("2026-03-02T08:00").plusSeconds(60L * r.nextInt(7 * 24 * 60));
            List<Entry> entries = new java.util.ArrayList<>();
            Instant at = received;
            for (int i = 0, n = r.nextInt(40); i < n; i++) {
                at = at.plusSeconds(r.nextInt(4) == 0 ? 0 : 60L * (1 + r.nextInt(r.nextBoolean() ? 20 : 600)));
                int kind = r.nextInt(5);
                entries.add(kind == 0 ? Entry.response(at) : kind == 1 && r.nextInt(8) == 0 ? Entry.resolved(at)
                        : Entry.status(at, r.nextBoolean() ? "Waiting for customer" : "In progress"));
            }
            Instant now = at.plusSeconds(60L * r.nextInt(r.nextBoolean() ? 15 : 3_000));
            RequestHistory h = RequestHistory.of("SUP-" + run, received, "gold", Severity.S3, entries);

            Map<Metric, MetricClock> clocks = measuring.measure(h, now);

            List<org.contractsla.core.clock.Pause> all = allPauses(h, now);
            Instant response = firstOf(h, Entry.Type.RESPONSE, now);
            Instant resolved = firstOf(h, Entry.Type.RESOLVED, now);
            // a resolution before any response stops the first-response clock too
            Instant answered = response == null || resolved != null && resolved.isBefore(response) ? resolved : response;
            assertSame(oracle(compiled, goals[0], all, received, answered, now),
                    clocks.get(Metric.FIRST_RESPONSE).measurement().orElseThrow());
            assertSame(oracle(compiled, goals[1], all, received, resolved, now),
                    clocks.get(Metric.RESOLUTION).measurement().orElseThrow());
            List<Instant> responses = new java.util.ArrayList<>();
            h.entries().stream().filter(e -> e.type() == Entry.Type.RESPONSE && !e.at().isAfter(now)
                    && (resolved == null || e.at().isBefore(resolved))).forEach(e -> responses.add(e.at()));
            int breached = 0;
            org.contractsla.core.clock.ClockMeasurement last = null;
            for (int i = 0; i < responses.size(); i++) {
                last = oracle(compiled, goals[2], all, responses.get(i),
                        i + 1 < responses.size() ? responses.get(i + 1) : resolved, now);
                breached += last.state() == ClockState.BREACHED ? 1 : 0;
            }
            MetricClock updates = clocks.get(Metric.UPDATE_INTERVAL);
            assertEquals(responses.size(), updates.cycles());
            assertEquals(breached, updates.breachedCycles());
            if (last != null) {
                assertSame(last, updates.measurement().orElseThrow());
            }
        }
    }

    private static void assertSame(org.contractsla.core.clock.ClockMeasurement expected,
            org.contractsla.core.clock.ClockMeasurement actual) {
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected.measuredAt(), actual.measuredAt());
    }

    /** One cycle on every pause of the request, cut at the cycle's start: how cycles were measured before. */
    private static org.contractsla.core.clock.ClockMeasurement oracle(CompiledPolicy policy, GoalDefinition goal,
            List<org.contractsla.core.clock.Pause> pauses, Instant start, Instant stop, Instant now) {
        org.contractsla.core.clock.RequestTimeline.Builder b =
                org.contractsla.core.clock.RequestTimeline.receivedAt(start, policy.goal(goal));
        for (org.contractsla.core.clock.Pause p : pauses) {
            Instant until = p.until().orElse(null);
            if (until != null && !until.isAfter(start)) {
                continue;
            }
            Instant from = p.from().isBefore(start) ? start : p.from();
            b.pause(until == null ? org.contractsla.core.clock.Pause.since(from)
                    : org.contractsla.core.clock.Pause.between(from, until));
        }
        if (stop != null) {
            b.stoppedAt(stop);
        }
        return org.contractsla.core.clock.SlaClock.measure(b.build(), now);
    }

    private static List<org.contractsla.core.clock.Pause> allPauses(RequestHistory h, Instant now) {
        List<org.contractsla.core.clock.Pause> pauses = new java.util.ArrayList<>();
        Instant since = null;
        for (Entry e : h.entries()) {
            if (e.type() != Entry.Type.STATUS || e.at().isAfter(now)) {
                continue;
            }
            boolean waiting = e.value().equals("Waiting for customer");
            if (waiting && since == null) {
                since = e.at();
            } else if (!waiting && since != null) {
                pauses.add(org.contractsla.core.clock.Pause.between(since, e.at()));
                since = null;
            }
        }
        if (since != null) {
            pauses.add(org.contractsla.core.clock.Pause.since(since));
        }
        return pauses;
    }

    private static Instant firstOf(RequestHistory h, Entry.Type type, Instant now) {
        return h.entries().stream().filter(e -> e.type() == type && !e.at().isAfter(now)).map(Entry::at)
                .findFirst().orElse(null);
    }
}
