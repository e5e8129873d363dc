package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import org.contractsla.core.clock.MinuteSteppingOracle;
import org.contractsla.core.clock.MinuteSteppingOracle.OracleGoal;
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
    public void shouldMeasureEveryCycleInTheContractsZoneAsOnACalendarKeptInThatZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Policy keptInNewYork = Policy.of(List.of(BusinessCalendar.builder("office", newYork).weekly(
                        WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00")))
                        .build(), BusinessCalendar.twentyFourSeven("always", newYork)),
                List.copyOf(POLICY.plans().values()), Set.of("Waiting for customer"));
        Instant received = t("2026-03-02T16:00");
        // update cycles longer than their goal, a pause, a reopening: every cycle measured, each on the contract's zone
        RequestHistory h = RequestHistory.of("SUP-11", received, "gold", Severity.S3, List.of(
                Entry.response(received.plusSeconds(3 * 3600)), Entry.response(received.plusSeconds(30 * 3600)),
                Entry.status(received.plusSeconds(31 * 3600), "Waiting for customer"),
                Entry.status(received.plusSeconds(50 * 3600), "In progress"),
                Entry.response(received.plusSeconds(60 * 3600)), Entry.resolved(received.plusSeconds(80 * 3600)),
                Entry.reopened(received.plusSeconds(90 * 3600)), Entry.response(received.plusSeconds(100 * 3600))));
        Instant now = received.plusSeconds(120 * 3600);

        Map<Metric, MetricClock> overridden = measuring.measure(h, new CalendarOverride(newYork, null), now);

        assertEquals(describe(new MeasuringRequestClocks(CompiledPolicy.of(keptInNewYork, FixedPublicHolidays.none()))
                .measure(h, now)), describe(overridden));
        assertEquals(5, overridden.get(Metric.UPDATE_INTERVAL).cycles());
        assertTrue(overridden.get(Metric.UPDATE_INTERVAL).breachedCycles() > 0);
        assertEquals(t("2026-03-03T12:00"), measuring.measure(h, now).get(Metric.FIRST_RESPONSE).measurement()
                .orElseThrow().due().orElseThrow()); // in Berlin for comparison: a different answer
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
    public void shouldKeepTheBreachInstantWhenChangesAtOneInstantEndOnTheSameGoal() {
        // S3 (4 h on the office calendar) is overrun at 13:00; at 14:00 one edit sets S1 and then S3 again
        RequestHistory h = RequestHistory.of("SUP-15", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.severity(t("2026-03-02T14:00"), Severity.S1), Entry.severity(t("2026-03-02T14:00"), Severity.S3)));
        org.contractsla.core.clock.ClockMeasurement fr = measuring.measure(h, t("2026-03-02T15:00"))
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
        assertEquals(ClockState.BREACHED, fr.state());
        assertEquals(t("2026-03-02T13:00"), fr.breachedAt().orElseThrow());
        assertEquals(t("2026-03-02T13:00"), fr.due().orElseThrow());
    }

    @Test
    public void shouldTakeTheLevelAfterAllEntriesOfOneInstantInWhicheverOrderTheyCame() {
        // at 10:00 one edit sets S1 (1 h on 24x7) and the plan "none": that level has no goal, so S3's 4 h on
        // the office calendar stays in force; S1's goal never applied, not even for an instant
        for (List<Entry> edit : List.of(
                List.of(Entry.severity(t("2026-03-02T10:00"), Severity.S1), Entry.plan(t("2026-03-02T10:00"), "none")),
                List.of(Entry.plan(t("2026-03-02T10:00"), "none"), Entry.severity(t("2026-03-02T10:00"), Severity.S1)))) {
            RequestHistory h = RequestHistory.of("SUP-25", t("2026-03-02T09:00"), "gold", Severity.S3, edit);
            org.contractsla.core.clock.ClockMeasurement fr = measuring.measure(h, t("2026-03-02T12:00"))
                    .get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
            assertEquals(edit.toString(), ClockState.RUNNING, fr.state());
            assertEquals(Duration.ofHours(4), fr.goal());
            assertEquals(t("2026-03-02T13:00"), fr.due().orElseThrow());
        }
    }

    @Test
    public void shouldCountAResponseAtTheReopeningInstantOnce() {
        // answered Monday 10:00, resolved 11:00, reopened Tuesday 09:00 with a reply at that very instant
        RequestHistory h = RequestHistory.of("SUP-26", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-02T10:00")), Entry.resolved(t("2026-03-02T11:00")),
                Entry.reopened(t("2026-03-03T09:00")), Entry.response(t("2026-03-03T09:00"))));
        MetricClock updates = measuring.measure(h, t("2026-03-03T10:00")).get(Metric.UPDATE_INTERVAL);
        assertEquals(2, updates.cycles());
        assertEquals(t("2026-03-03T11:00"), updates.measurement().orElseThrow().due().orElseThrow());
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

    /**
     * Open on Saturdays only, and every Saturday of every month is maintenance: a goal that leaves maintenance out
     * never ends (the import's check sees daily and weekly windows, not monthly ones).
     */
    private static BusinessCalendar neverWorking(String id) {
        BusinessCalendar.Builder saturdays = BusinessCalendar.builder(id, BERLIN).weekly(WeeklySchedule.of(
                Map.of(DayOfWeek.SATURDAY, List.of(DailyInterval.parse("09:00-17:00")))));
        for (int week : new int[] {1, 2, 3, 4, 5}) {
            saturdays.maintenance(org.contractsla.core.calendar.MaintenanceWindow.monthly(week, DayOfWeek.SATURDAY,
                    DailyInterval.parse("00:00-24:00")));
        }
        return saturdays.build();
    }

    @Test
    public void shouldMarkAGoalThatCannotBeReachedAndMeasureTheOtherClocks() {
        Policy policy = Policy.of(List.of(POLICY.calendars().get("office"), neverWorking("saturdays")),
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

    /** Three plans (one without goals) on three calendars in two zones, goals on every metric and severity mix. */
    private static final Policy MIXED = Policy.of(
            List.of(POLICY.calendars().get("office"), POLICY.calendars().get("always"),
                    BusinessCalendar.builder("sydney", ZoneId.of("Australia/Sydney")).weekly(WeeklySchedule.sameEachDay(
                            DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("08:00-18:00"))).maintenance(
                            org.contractsla.core.calendar.MaintenanceWindow.weekly(DayOfWeek.WEDNESDAY,
                                    DailyInterval.parse("12:00-13:00"))).build()),
            List.of(POLICY.plan("gold").orElseThrow(),
                    Plan.of("silver", Map.of(
                            Metric.FIRST_RESPONSE, Map.of(Severity.S2, goal("PT2H", "sydney"),
                                    Severity.S3, goal("PT8H", "office"), Severity.S4, goal("PT16H", "office")),
                            Metric.RESOLUTION, Map.of(Severity.S2, GoalDefinition.of(Duration.ofHours(24), "sydney", true),
                                    Severity.S3, goal("PT40H", "office")),
                            Metric.UPDATE_INTERVAL, Map.of(Severity.S2, goal("PT4H", "always"),
                                    Severity.S4, goal("PT8H", "office")))),
                    Plan.of("none", Map.of())),
            Set.of("Waiting for customer"));

    /**
     * Random histories — statuses in and out of the pause status, responses, resolutions and reopenings now and
     * then, severity and plan changes, several entries at one instant, one instant in ten off the whole minute — measured by the
     * use case and by {@link MinuteSteppingOracle}, which walks each cycle minute by minute and shares no code with
     * the engine. The test states the rules of the use case's class comment on its own: the goal in force at an
     * instant is the one of the plan and severity set last, or, where that level has none, the goal before it; a
     * clock starts when a goal first applies; cycles end at the response or resolution that ends them; a reopening
     * starts a resolution cycle, and an update cycle if the request was answered before.
     */
    @Test
    public void shouldAgreeWithTheMinuteSteppingOracleOnRandomHistories() {
        java.util.Random r = new java.util.Random(5);
        MeasuringRequestClocks mixed = new MeasuringRequestClocks(CompiledPolicy.of(MIXED, FixedPublicHolidays.none()));
        Map<GoalDefinition, OracleGoal> oracleGoals = new java.util.HashMap<>();
        String[] plans = {"gold", "silver", "none"};
        int changedGoals = 0;
        int reopenedAndMeasured = 0;
        for (int run = 0; run < 1_500; run++) {
            Instant received = offMinute(r, t("2026-03-02T08:00").plusSeconds(60L * r.nextInt(7 * 24 * 60)));
            List<Entry> entries = new java.util.ArrayList<>();
            Instant at = received;
            for (int i = 0, n = r.nextInt(40); i < n; i++) {
                at = offMinute(r, at.plusSeconds(r.nextInt(4) == 0 ? 0 : 60L * (1 + r.nextInt(r.nextBoolean() ? 20 : 600))));
                int kind = r.nextInt(8);
                entries.add(kind <= 1 ? Entry.response(at) : kind == 2 && r.nextInt(6) == 0 ? Entry.resolved(at)
                        : kind == 5 && r.nextInt(3) == 0 ? Entry.reopened(at)
                        : kind == 3 ? Entry.severity(at, Severity.values()[r.nextInt(4)])
                        : kind == 4 && r.nextBoolean() ? Entry.plan(at, plans[r.nextInt(3)])
                        : Entry.status(at, r.nextBoolean() ? "Waiting for customer" : "In progress"));
            }
            Instant now = offMinute(r, at.plusSeconds(60L * r.nextInt(r.nextBoolean() ? 15 : 3_000)));
            RequestHistory h = RequestHistory.of("SUP-" + run, received, plans[r.nextInt(3)],
                    Severity.values()[r.nextInt(4)], entries);

            Map<Metric, MetricClock> clocks = mixed.measure(h, now);

            List<Entry> known = new java.util.ArrayList<>();
            h.entries().stream().filter(e -> !e.at().isAfter(now)).forEach(known::add);
            List<long[]> pauses = pauses(known);
            // the spans the request is open: from receipt, and from each reopening, to the resolution that ends it
            List<Instant[]> open = new java.util.ArrayList<>();
            open.add(new Instant[] {received, null});
            for (Entry e : known) {
                Instant[] last = open.get(open.size() - 1);
                if (e.type() == Entry.Type.RESOLVED && last[1] == null) {
                    last[1] = e.at();
                } else if (e.type() == Entry.Type.REOPENED && last[1] != null) {
                    open.add(new Instant[] {e.at(), null});
                }
            }
            Instant response = firstOf(h, Entry.Type.RESPONSE, now);
            Instant resolved = open.get(0)[1];
            // a resolution before any response stops the first-response clock too
            Instant answered = response == null || resolved != null && resolved.isBefore(response) ? resolved : response;
            String where = "run " + run + ", " + h.entries().size() + " entries";
            changedGoals += expectCycle(Metric.FIRST_RESPONSE, h, known, pauses, received, answered, now, oracleGoals,
                    clocks.get(Metric.FIRST_RESPONSE).measurement().orElse(null), where);
            changedGoals += expectCycles(Metric.RESOLUTION, h, known, pauses, open, now, oracleGoals,
                    clocks.get(Metric.RESOLUTION), where);
            // update intervals while open: from each response, and from a reopening once the request was answered
            List<Instant[]> updateCycles = new java.util.ArrayList<>();
            boolean wasAnswered = false;
            for (Instant[] period : open) {
                List<Instant> starts = new java.util.ArrayList<>();
                if (wasAnswered) {
                    starts.add(period[0]);
                }
                for (Entry e : known) {
                    if (e.type() == Entry.Type.RESPONSE && !e.at().isBefore(period[0])
                            && (period[1] == null || e.at().isBefore(period[1]))
                            && (starts.isEmpty() || !starts.get(starts.size() - 1).equals(e.at()))) {
                        starts.add(e.at());
                        wasAnswered = true;
                    }
                }
                for (int i = 0; i < starts.size(); i++) {
                    updateCycles.add(new Instant[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : period[1]});
                }
            }
            expectCycles(Metric.UPDATE_INTERVAL, h, known, pauses, updateCycles, now, oracleGoals,
                    clocks.get(Metric.UPDATE_INTERVAL), where);
            reopenedAndMeasured += open.size() > 1 && clocks.get(Metric.RESOLUTION).cycles() > 1 ? 1 : 0;

            // the same history with its entries apart by kind, as a tracker's activity gives it, measures alike, now
            // and at an instant amid its entries (those after it not known yet)
            RequestHistory byKind = byKind(h, entries);
            assertEquals(where, describe(clocks), describe(mixed.measure(byKind, now)));
            Instant amid = received.plusMillis((long) (r.nextDouble() * Duration.between(received, now).toMillis()));
            assertEquals(where + " at " + amid, describe(mixed.measure(h, amid)), describe(mixed.measure(byKind, amid)));
            assertEquals(where + " known by " + amid, describe(mixed.measure(h, amid)),
                    describe(mixed.measure(byKind.knownBy(amid), amid)));
        }
        assertTrue(reopenedAndMeasured + " histories with a second resolution cycle", reopenedAndMeasured > 50);
        // the histories are what the comment says: goals changed within many a running cycle
        assertTrue(changedGoals + " cycles with a goal change", changedGoals > 300);
    }

    /** @return the history with the same entries given apart by kind, each kind in the order given */
    private static RequestHistory byKind(RequestHistory h, List<Entry> entries) {
        List<List<Entry>> kinds = List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                new java.util.ArrayList<>(), new java.util.ArrayList<>());
        for (Entry e : entries) {
            kinds.get(switch (e.type()) {
                case STATUS -> 0;
                case RESPONSE -> 1;
                case RESOLVED, REOPENED -> 2;
                case SEVERITY, PLAN -> 3;
            }).add(e);
        }
        return RequestHistory.ofGroups(h.key(), h.received(), h.planId(), h.severity(), rotated(kinds.get(0)),
                rotated(kinds.get(1)), rotated(kinds.get(2)), rotated(kinds.get(3)));
    }

    /**
     * @return the entries, in time order, with the later part of them first (cut where the time grows, so that
     *         sorting them by time again gives them as they were)
     */
    private static Entry[] rotated(List<Entry> entries) {
        int cut = entries.size() / 2;
        while (cut > 0 && cut < entries.size() && !entries.get(cut - 1).at().isBefore(entries.get(cut).at())) {
            cut++;
        }
        List<Entry> out = new java.util.ArrayList<>(entries.subList(Math.min(cut, entries.size()), entries.size()));
        out.addAll(entries.subList(0, Math.min(cut, entries.size())));
        return out.toArray(new Entry[0]);
    }

    private static String describe(Map<Metric, MetricClock> clocks) {
        StringBuilder s = new StringBuilder();
        clocks.forEach((m, c) -> s.append(m).append(": ").append(c).append(' ').append(c.cycles()).append('/')
                .append(c.breachedCycles()).append(' ').append(c.measurement().map(x -> x.breachedAt() + " "
                        + x.measuredAt() + " " + x.remaining()).orElse("-")).append('\n'));
        return s.toString();
    }

    /**
     * Every cycle against the oracle: how many had a goal, how many of those were breached, and the last of them
     * measured as the use case reports it; none with a goal, no measurement.
     *
     * @return how many cycles' goals changed while they ran
     */
    private static int expectCycles(Metric metric, RequestHistory h, List<Entry> known, List<long[]> pauses,
            List<Instant[]> cycles, Instant now, Map<GoalDefinition, OracleGoal> goals, MetricClock actual,
            String where) {
        int withGoal = 0;
        int breached = 0;
        int lastWithGoal = -1;
        for (int i = 0; i < cycles.size(); i++) {
            MinuteSteppingOracle.Answer a = oracle(metric, h, known, pauses, cycles.get(i)[0], cycles.get(i)[1], now,
                    goals);
            if (a != null) {
                withGoal++;
                breached += a.state == ClockState.BREACHED ? 1 : 0;
                lastWithGoal = i;
            }
        }
        assertEquals(where + ", " + metric + " cycles", withGoal, actual.cycles());
        assertEquals(where + ", " + metric + " breached cycles", breached, actual.breachedCycles());
        if (lastWithGoal < 0) {
            assertFalse(where + ", " + metric, actual.measurement().isPresent());
            return 0;
        }
        return expectCycle(metric, h, known, pauses, cycles.get(lastWithGoal)[0], cycles.get(lastWithGoal)[1], now,
                goals, actual.measurement().orElse(null), where);
    }

    /** @return 1 if the cycle's goal changed while it ran, else 0 */
    private static int expectCycle(Metric metric, RequestHistory h, List<Entry> known, List<long[]> pauses,
            Instant start, Instant stop, Instant now, Map<GoalDefinition, OracleGoal> goals,
            org.contractsla.core.clock.ClockMeasurement actual, String where) {
        List<Object[]> changes = new java.util.ArrayList<>();
        MinuteSteppingOracle.Answer expected = oracle(metric, h, known, pauses, start, stop, now, goals, changes);
        String what = where + ", " + metric + " from " + start + " to " + stop + " at " + now + ": " + actual
                + " vs oracle " + expected;
        if (expected == null) {
            assertEquals(what, null, actual);
            return 0;
        }
        org.junit.Assert.assertNotNull(what, actual);
        assertEquals(what, expected.state, actual.state());
        assertEquals(what, expected.elapsedMillis, actual.elapsed().toMillis());
        assertEquals(what, expected.goalMinutes, actual.goal().toMinutes());
        assertEquals(what, expected.goalMinutes * MinuteSteppingOracle.MINUTE - expected.elapsedMillis,
                actual.remaining().toMillis());
        assertEquals(what, expected.due, actual.due().map(Instant::toEpochMilli).orElse(null));
        assertEquals(what, expected.breachedAt, actual.breachedAt().map(Instant::toEpochMilli).orElse(null));
        assertEquals(what, stop != null && !stop.isAfter(now) ? stop : now, actual.measuredAt());
        return changes.size() > 1 ? 1 : 0;
    }

    private static MinuteSteppingOracle.Answer oracle(Metric metric, RequestHistory h, List<Entry> known,
            List<long[]> pauses, Instant start, Instant stop, Instant now, Map<GoalDefinition, OracleGoal> goals) {
        return oracle(metric, h, known, pauses, start, stop, now, goals, new java.util.ArrayList<>());
    }

    /**
     * One cycle from start to stop as the oracle measures it, or null when no goal applies by its end.
     *
     * @param changes receives each (instant, goal) from the clock's start on: the first is its start
     */
    private static MinuteSteppingOracle.Answer oracle(Metric metric, RequestHistory h, List<Entry> known,
            List<long[]> pauses, Instant start, Instant stop, Instant now, Map<GoalDefinition, OracleGoal> goals,
            List<Object[]> changes) {
        long end = (stop != null && !stop.isAfter(now) ? stop : now).toEpochMilli();
        // the goal in force after each instant at which plan or severity changed, all entries of an instant taken
        java.util.TreeMap<Long, GoalDefinition> inForce = new java.util.TreeMap<>();
        String plan = h.planId();
        Severity severity = h.severity();
        GoalDefinition running = goalOf(plan, metric, severity);
        inForce.put(h.received().toEpochMilli(), running);
        // the level after the last entry of an instant decides: one edit may set severity and plan at once
        java.util.TreeMap<Long, String[]> levels = new java.util.TreeMap<>();
        for (Entry e : known) {
            if (e.type() == Entry.Type.SEVERITY) {
                severity = Severity.parse(e.value());
            } else if (e.type() == Entry.Type.PLAN) {
                plan = e.value();
            } else {
                continue;
            }
            levels.put(e.at().toEpochMilli(), new String[] {plan, severity.name()});
        }
        for (Map.Entry<Long, String[]> l : levels.entrySet()) {
            GoalDefinition level = goalOf(l.getValue()[0], metric, Severity.parse(l.getValue()[1]));
            running = level != null ? level : running;
            inForce.put(l.getKey(), running);
        }
        long from = start.toEpochMilli();
        GoalDefinition previous = inForce.floorEntry(from).getValue();
        if (previous != null) {
            changes.add(new Object[] {from, previous});
        }
        for (Map.Entry<Long, GoalDefinition> c : inForce.tailMap(from, false).entrySet()) {
            if (c.getKey() > end) {
                break;
            }
            if (c.getValue() != null && !c.getValue().equals(previous)) {
                changes.add(new Object[] {c.getKey(), c.getValue()});
            }
            previous = c.getValue();
        }
        if (changes.isEmpty()) {
            return null;
        }
        long clockStart = (Long) changes.get(0)[0];
        List<Long> changeAt = new java.util.ArrayList<>();
        List<OracleGoal> changeTo = new java.util.ArrayList<>();
        for (Object[] c : changes.subList(1, changes.size())) {
            changeAt.add((Long) c[0]);
            changeTo.add(oracleGoal((GoalDefinition) c[1], goals));
        }
        List<Long> pauseFrom = new java.util.ArrayList<>();
        List<Long> pauseUntil = new java.util.ArrayList<>();
        for (long[] p : pauses) {
            if (p[1] != Long.MAX_VALUE && p[1] <= clockStart) {
                continue;
            }
            pauseFrom.add(Math.max(p[0], clockStart));
            pauseUntil.add(p[1] == Long.MAX_VALUE ? null : p[1]);
        }
        return MinuteSteppingOracle.answer(clockStart, oracleGoal((GoalDefinition) changes.get(0)[1], goals), changeAt,
                changeTo, pauseFrom, pauseUntil, stop == null ? null : stop.toEpochMilli(), now.toEpochMilli());
    }

    private static OracleGoal oracleGoal(GoalDefinition goal, Map<GoalDefinition, OracleGoal> goals) {
        return goals.computeIfAbsent(goal, g -> new OracleGoal(g.target().toMinutes(),
                MIXED.calendars().get(g.calendarId()), Set.of(), g.excludeMaintenance()));
    }

    private static GoalDefinition goalOf(String plan, Metric metric, Severity severity) {
        return MIXED.plan(plan).flatMap(p -> p.goal(metric, severity)).orElse(null);
    }

    /** Pauses from the statuses, as [from, until) in epoch ms; an open pause ends at Long.MAX_VALUE. */
    private static List<long[]> pauses(List<Entry> known) {
        List<long[]> pauses = new java.util.ArrayList<>();
        Long since = null;
        for (Entry e : known) {
            if (e.type() != Entry.Type.STATUS) {
                continue;
            }
            boolean waiting = e.value().equals("Waiting for customer");
            if (waiting && since == null) {
                since = e.at().toEpochMilli();
            } else if (!waiting && since != null) {
                pauses.add(new long[] {since, e.at().toEpochMilli()});
                since = null;
            }
        }
        if (since != null) {
            pauses.add(new long[] {since, Long.MAX_VALUE});
        }
        return pauses;
    }

    private static Instant offMinute(java.util.Random r, Instant at) {
        return r.nextInt(10) == 0 ? at.plusMillis(1 + r.nextInt(59_999)) : at;
    }

    private static Instant firstOf(RequestHistory h, Entry.Type type, Instant now) {
        return h.entries().stream().filter(e -> e.type() == type && !e.at().isAfter(now)).map(Entry::at)
                .findFirst().orElse(null);
    }

    @Test
    public void shouldRefuseAChangeToAPlanThePolicyLacks() {
        RequestHistory h = RequestHistory.of("SUP-16", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.plan(t("2026-03-02T10:00"), "platinum")));
        try {
            measuring.measure(h, t("2026-03-02T11:00"));
            org.junit.Assert.fail("measured on a plan the policy lacks");
        } catch (org.contractsla.core.DomainException e) {
            assertEquals("policy.error.plan.unknown", e.key());
            assertEquals(List.of("platinum"), e.args());
        }
    }

    @Test
    public void shouldRefuseAHistoryOnAPlanThePolicyLacks() {
        RequestHistory h = RequestHistory.of("SUP-17", t("2026-03-02T09:00"), "platinum", Severity.S3, List.of());
        try {
            measuring.measure(h, t("2026-03-02T11:00"));
            org.junit.Assert.fail("measured on a plan the policy lacks");
        } catch (org.contractsla.core.DomainException e) {
            assertEquals("policy.error.plan.unknown", e.key());
        }
    }

    @Test
    public void shouldSayAnUpdateIntervalHasNoGoalWhenNoLevelOfTheRequestHasOne() {
        // S1 on gold has no update goal, and the request never becomes anything else: none, rather than waiting
        RequestHistory h = RequestHistory.of("SUP-18", t("2026-03-02T09:00"), "gold", Severity.S1, List.of());
        assertEquals(MetricClock.Absence.NO_GOAL, measuring.measure(h, t("2026-03-02T10:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
        // resolved before any response, on a level without a goal: still none
        RequestHistory resolved = RequestHistory.of("SUP-19", t("2026-03-02T09:00"), "gold", Severity.S1, List.of(
                Entry.resolved(t("2026-03-02T09:30"))));
        assertEquals(MetricClock.Absence.NO_GOAL, measuring.measure(resolved, t("2026-03-02T10:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
    }

    @Test
    public void shouldMarkAnUpdateIntervalThatCannotBeReachedAndKeepTheCyclesBefore() {
        // the update goal, maintenance left out, never ends
        Policy policy = Policy.of(List.of(POLICY.calendars().get("office"), neverWorking("never")),
                List.of(Plan.of("odd", Map.of(Metric.UPDATE_INTERVAL, Map.of(Severity.S3,
                        GoalDefinition.of(Duration.ofHours(2), "never", true))))), Set.of());
        MeasuringRequestClocks odd = new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none()));
        RequestHistory h = RequestHistory.of("SUP-20", t("2026-03-02T09:00"), "odd", Severity.S3, List.of(
                Entry.response(t("2026-03-02T10:00")), Entry.response(t("2026-03-02T11:00"))));
        MetricClock updates = odd.measure(h, t("2026-03-02T12:00")).get(Metric.UPDATE_INTERVAL);
        assertEquals(MetricClock.Absence.UNREACHABLE, updates.absence().orElseThrow());
        assertEquals(1, updates.cycles()); // the first cycle ended at the second response, with nothing counted
        assertEquals("calendar.error.noWorkingTime", updates.reason().orElseThrow().key());
    }

    @Test
    public void shouldStartANewResolutionCycleWhenARequestIsReopened() {
        // S3 on gold: resolution 16 h on 09:00-17:00; resolved Monday 11:00 after 2 h, reopened Tuesday 09:00
        RequestHistory h = RequestHistory.of("SUP-21", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-02T10:00")), Entry.resolved(t("2026-03-02T11:00")),
                Entry.reopened(t("2026-03-03T09:00"))));
        MetricClock resolution = measuring.measure(h, t("2026-03-03T12:00")).get(Metric.RESOLUTION);
        assertEquals(2, resolution.cycles());
        assertEquals(0, resolution.breachedCycles());
        org.contractsla.core.clock.ClockMeasurement current = resolution.measurement().orElseThrow();
        assertEquals(ClockState.RUNNING, current.state());
        assertEquals(Duration.ofHours(3), current.elapsed());
        assertEquals(t("2026-03-04T17:00"), current.due().orElseThrow());
        // the first response stays where it stopped
        assertEquals(t("2026-03-02T10:00"), measuring.measure(h, t("2026-03-03T12:00")).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().measuredAt());
        // resolved again: the second cycle stops there
        RequestHistory again = RequestHistory.of("SUP-21", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-02T11:00")), Entry.reopened(t("2026-03-03T09:00")),
                Entry.resolved(t("2026-03-03T10:00")), Entry.resolved(t("2026-03-03T11:00"))));
        org.contractsla.core.clock.ClockMeasurement second = measuring.measure(again, t("2026-03-04T12:00"))
                .get(Metric.RESOLUTION).measurement().orElseThrow();
        assertEquals(ClockState.MET, second.state());
        assertEquals(t("2026-03-03T10:00"), second.measuredAt()); // a second resolution of a resolved request: none
    }

    @Test
    public void shouldKeepTheGoalACompletedCycleWasMeasuredAgainst() {
        // cycle 1 runs 19 h against 16 h: breached. The plan then changes to silver (40 h), which would have met it
        RequestHistory h = RequestHistory.of("SUP-22", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-04T12:00")), Entry.plan(t("2026-03-04T13:00"), "silver"),
                Entry.reopened(t("2026-03-05T09:00"))));
        MeasuringRequestClocks mixed = new MeasuringRequestClocks(CompiledPolicy.of(MIXED, FixedPublicHolidays.none()));
        MetricClock resolution = mixed.measure(h, t("2026-03-05T10:00")).get(Metric.RESOLUTION);
        assertEquals(2, resolution.cycles());
        assertEquals(1, resolution.breachedCycles());
        assertEquals(Duration.ofHours(40), resolution.measurement().orElseThrow().goal());
        assertEquals(Duration.ofHours(1), resolution.measurement().orElseThrow().elapsed());
    }

    @Test
    public void shouldRunTheUpdateIntervalAgainFromTheReopeningOfAnAnsweredRequest() {
        RequestHistory h = RequestHistory.of("SUP-23", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-02T10:00")), Entry.resolved(t("2026-03-02T11:00")),
                Entry.response(t("2026-03-02T15:00")), // while resolved: no update cycle
                Entry.reopened(t("2026-03-03T09:00"))));
        MetricClock updates = measuring.measure(h, t("2026-03-03T12:00")).get(Metric.UPDATE_INTERVAL);
        assertEquals(2, updates.cycles()); // Monday 10:00-11:00, and from Tuesday 09:00
        assertEquals(1, updates.breachedCycles()); // 3 h without news against 2 h
        assertEquals(ClockState.BREACHED, updates.measurement().orElseThrow().state());
        assertEquals(t("2026-03-03T11:00"), updates.measurement().orElseThrow().breachedAt().orElseThrow());
        // never answered before it was resolved and reopened: the update interval still waits for the first answer
        RequestHistory unanswered = RequestHistory.of("SUP-24", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.resolved(t("2026-03-02T11:00")), Entry.reopened(t("2026-03-03T09:00")),
                Entry.reopened(t("2026-03-03T10:00"))));
        assertEquals(MetricClock.Absence.NOT_STARTED, measuring.measure(unanswered, t("2026-03-03T12:00"))
                .get(Metric.UPDATE_INTERVAL).absence().orElseThrow());
        assertEquals(2, measuring.measure(unanswered, t("2026-03-03T12:00")).get(Metric.RESOLUTION).cycles());
    }

    /**
     * A completed update cycle shorter than its goal is met without a measurement, but not one whose goal changed
     * within it: raised to S1 an hour in, its half-hour goal was already used up.
     */
    @Test
    public void shouldMeasureACompletedCycleWhoseGoalChangedWithinItEvenIfItWasShort() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", java.time.ZoneOffset.UTC)),
                List.of(Plan.builder("p")
                        .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(8), "always", false))
                        .goal(Metric.UPDATE_INTERVAL, Severity.S3, GoalDefinition.of(Duration.ofHours(16), "always",
                                false))
                        .goal(Metric.UPDATE_INTERVAL, Severity.S1, GoalDefinition.of(Duration.ofMinutes(30), "always",
                                false)).build()), Set.of());
        Instant received = Instant.parse("2026-03-02T09:00:00Z");
        RequestHistory h = RequestHistory.of("SUP-1", received, "p", Severity.S3, List.of(
                Entry.response(received.plusSeconds(3600)),
                Entry.severity(received.plusSeconds(2 * 3600), Severity.S1),
                Entry.response(received.plusSeconds(3 * 3600))));
        MetricClock updates = new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none()))
                .measure(h, received.plusSeconds(3 * 3600 + 600)).get(Metric.UPDATE_INTERVAL);
        assertEquals(2, updates.cycles());
        assertEquals("the first cycle: two hours, breached when the goal became half an hour", 1,
                updates.breachedCycles());
        RequestHistory calm = RequestHistory.of("SUP-2", received, "p", Severity.S3, List.of(
                Entry.response(received.plusSeconds(3600)), Entry.response(received.plusSeconds(3 * 3600))));
        assertEquals(0, new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none()))
                .measure(calm, received.plusSeconds(3 * 3600 + 600)).get(Metric.UPDATE_INTERVAL).breachedCycles());
    }
}
