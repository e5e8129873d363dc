package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.junit.Test;

/** Clocks rebuilt from what the tracker recorded, on the decision the request was opened with. */
public class RecomputingClocksTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    private static Plan gold(Duration s3) {
        return Plan.builder("gold")
                .goal(Metric.FIRST_RESPONSE, Severity.S1, GoalDefinition.of(Duration.ofHours(1), "always", false))
                .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(s3, "always", false)).build();
    }

    private static Policy policy(Duration s3) {
        Plan limited = Plan.builder("limited")
                .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(s3, "always", false))
                .quota(org.contractsla.core.policy.CaseQuota.of(1, org.contractsla.core.policy.QuotaPeriod.MONTH))
                .build();
        return Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)), List.of(gold(s3),
                limited), Set.of("Waiting for customer"));
    }

    private Policy policy = policy(Duration.ofHours(8));
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final InMemorySeverityChanges severities = new InMemorySeverityChanges();
    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final RecomputingClocks recomputing = new RecomputingClocks(() -> policy, FixedPublicHolidays.none(),
            contracts, ledger, decisions, severities, records);

    public RecomputingClocksTest() {
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        contracts.add(Contract.builder("K-2", "acme", "limited", LocalDate.of(2026, 1, 1)).contacts(List.of("mmax"))
                .build());
    }

    private static IssueActivity activity(IssueActivity.Comment... comments) {
        return new IssueActivity(OPENED, "jdoe", List.of(new IssueActivity.StatusChange(OPENED, "Open")), List.of(),
                List.of(comments));
    }

    private ClockRecord response(String id) {
        return records.byRequest(id).get(Metric.FIRST_RESPONSE);
    }

    @Test
    public void shouldRunTheClocksOnTheKeptDecisionAndKeepTheSameRecordsTheSecondTime() {
        decisions.keep("1", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S1));
        assertTrue(recomputing.recompute("1", "SUP-1", activity(), OPENED.plusSeconds(600)));
        assertEquals("S1 from the decision: 1 h", OPENED.plusSeconds(3600), response("1").due());
        assertFalse("nothing new", recomputing.recompute("1", "SUP-1", activity(), OPENED.plusSeconds(1200)));
        IssueActivity answered = activity(new IssueActivity.Comment(OPENED.plusSeconds(1800), "agent", true, true));
        assertTrue(recomputing.recompute("1", "SUP-1", answered, OPENED.plusSeconds(1800)));
        assertEquals("MET", response("1").state());
        assertFalse(recomputing.recompute("1", "SUP-1", answered, OPENED.plusSeconds(86_400)));
    }

    @Test
    public void shouldAssessLiveWhatItKeepsAndKeepNothingWhileAssessing() {
        decisions.keep("7", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        RequestStanding standing = recomputing.standing("7", "SUP-7", activity(), OPENED.plusSeconds(3600));
        RequestAssessment live = standing.assessment();
        assertTrue("nothing kept", records.byRequest("7").isEmpty());
        org.contractsla.core.clock.ClockMeasurement m = live.clocks().get(Metric.FIRST_RESPONSE).measurement()
                .orElseThrow();
        assertEquals(Duration.ofHours(1), m.elapsed());
        assertEquals(Duration.ofHours(7), m.remaining());
        recomputing.recompute("7", "SUP-7", activity(), OPENED.plusSeconds(3600));
        assertEquals(m.due().orElseThrow(), response("7").due());
        assertEquals("gold", live.planId().orElseThrow());
        assertEquals(Severity.S3, standing.severity());
        assertTrue("set when it was opened", standing.severitySet());
        assertEquals("K-1", standing.contractStanding().orElseThrow().contract().customerNumber());
        assertTrue(standing.contractStanding().orElseThrow().inForce());
    }

    @Test
    public void shouldSayWhileARequestRunsOnTheDefaultSeverityAndFollowTheTeamsChange() {
        decisions.keep("8", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        RequestStanding unset = recomputing.standing("8", "SUP-8", activity(), OPENED.plusSeconds(60));
        assertEquals(RecomputingClocks.UNTIL_SET, unset.severity());
        assertFalse(unset.severitySet());
        severities.append(new SeverityChange("8", OPENED.plusSeconds(120), "agent", null, Severity.S1, null,
                List.of()));
        RequestStanding set = recomputing.standing("8", "SUP-8", activity(), OPENED.plusSeconds(180));
        assertEquals(Severity.S1, set.severity());
        assertTrue(set.severitySet());
        decisions.keep("9", EntitlementDecision.from(List.of(Finding.blocks("entitlement.contract.none")), false,
                null, null, null));
        assertTrue("no contract", recomputing.standing("9", "SUP-9", activity(), OPENED).contractStanding()
                .isEmpty());
    }

    @Test
    public void shouldCheckARequestWithoutAKeptDecisionAsOfItsReceiptAndKeepNoDecision() {
        assertTrue(recomputing.recompute("2", "SUP-2", activity(), OPENED.plusSeconds(600)));
        assertEquals("the reporter's contract's plan, at S3 until the team sets one", OPENED.plusSeconds(8 * 3600),
                response("2").due());
        assertTrue("nothing kept, nothing booked", decisions.byRequest("2").isEmpty());
        assertFalse(ledger.known("2"));
    }

    @Test
    public void shouldNotRefuseARequestOpenedBeforeDecisionsWereKeptForTheUnitItHoldsItself() {
        // opened in March before decisions were kept: it took the only unit of its month
        ledger.claim("K-2", "20", LocalDate.of(2026, 3, 2), org.contractsla.core.policy.QuotaWindow.of(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), 1);
        ledger.recordCheck("20", "mmax", null);
        IssueActivity byMmax = new IssueActivity(OPENED, "mmax", List.of(new IssueActivity.StatusChange(OPENED,
                "Open")), List.of(), List.of());
        recomputing.recompute("20", "SUP-20", byMmax, OPENED.plusSeconds(600));
        assertEquals("RUNNING", response("20").state());
        EntitlementDecision kept = decisions.byRequest("20").orElseThrow();
        assertEquals("kept once the quota counted it", EntitlementDecision.Handling.UNDER_CONTRACT, kept.handling());
        assertTrue(kept.quotaUnitHeld());
        // a later request of the same month cannot change it any more
        ledger.claim("K-2", "21", LocalDate.of(2026, 3, 3), org.contractsla.core.policy.QuotaWindow.of(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), 2);
        recomputing.recompute("20", "SUP-20", byMmax, OPENED.plusSeconds(900));
        assertEquals(kept, decisions.byRequest("20").orElseThrow());
    }

    @Test
    public void shouldReadEachSupportProjectsWorkflowItsOwnWay() {
        Policy global = policy;
        policy = global.withSupportProjects(Set.of("SUP", "OPS")).withProjectSettings(java.util.Map.of(
                "SUP", org.contractsla.core.policy.ProjectSettings.of(null, Set.of("Answered")),
                "OPS", org.contractsla.core.policy.ProjectSettings.of(Set.of("On hold"), Set.of())));
        decisions.keep("30", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        IssueActivity answeredByTransition = new IssueActivity(OPENED, "jdoe", List.of(
                new IssueActivity.StatusChange(OPENED, "Open"),
                new IssueActivity.StatusChange(OPENED.plusSeconds(3600), "Answered")), List.of(), List.of());
        recomputing.recompute("30", "SUP", "SUP-30", answeredByTransition, OPENED.plusSeconds(7200));
        assertEquals("SUP answers by the transition", "MET", response("30").state());
        recomputing.recompute("30", null, "SUP-30", answeredByTransition, OPENED.plusSeconds(7200));
        assertEquals("elsewhere a status answers nobody", "RUNNING", response("30").state());

        IssueActivity onHold = new IssueActivity(OPENED, "jdoe", List.of(new IssueActivity.StatusChange(OPENED, "Open"),
                new IssueActivity.StatusChange(OPENED.plusSeconds(3600), "On hold")), List.of(), List.of());
        recomputing.recompute("31", "OPS", "OPS-31", onHold, OPENED.plusSeconds(7200));
        assertEquals("OPS pauses on hold", "PAUSED", response("31").state());
        IssueActivity waiting = new IssueActivity(OPENED, "jdoe", List.of(new IssueActivity.StatusChange(OPENED,
                "Open"), new IssueActivity.StatusChange(OPENED.plusSeconds(3600), "Waiting for customer")), List.of(),
                List.of());
        recomputing.recompute("32", "OPS", "OPS-32", waiting, OPENED.plusSeconds(7200));
        assertEquals("its own list replaces the configuration's", "RUNNING", response("32").state());
        recomputing.recompute("33", "SUP", "SUP-33", waiting, OPENED.plusSeconds(7200));
        assertEquals("SUP keeps the configuration's", "PAUSED", response("33").state());
        RequestStanding live = recomputing.standing("31", "OPS", "OPS-31", onHold, OPENED.plusSeconds(7200));
        assertTrue("the panel reads it alike", live.assessment().clocks().get(Metric.FIRST_RESPONSE).measurement()
                .orElseThrow().isPaused());
    }

    @Test
    public void shouldPutARequestUnderANewPlanFromTheInstantOfTheChange() {
        Policy two = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)), List.of(
                Plan.builder("gold").goal(Metric.FIRST_RESPONSE, Severity.S3,
                        GoalDefinition.of(Duration.ofHours(8), "always", false)).build(),
                Plan.builder("fast").goal(Metric.FIRST_RESPONSE, Severity.S3,
                        GoalDefinition.of(Duration.ofHours(2), "always", false)).build()), Set.of());
        org.contractsla.core.contract.PlanChange.InMemory changes = new org.contractsla.core.contract.PlanChange.InMemory();
        RecomputingClocks onTwo = new RecomputingClocks(() -> two, FixedPublicHolidays.none(), contracts, ledger,
                decisions, severities, records, changes);
        decisions.keep("40", EntitlementDecision.from(List.of(), false, "K-1", "fast", Severity.S3));
        onTwo.recompute("40", "SUP-40", activity(), OPENED.plusSeconds(3600));
        assertEquals("without a change: the plan of the decision from receipt", OPENED.plusSeconds(2 * 3600),
                response("40").due());
        // three hours on gold, then put under fast (2 h): the goal is used up at the change, not 1 h before it
        changes.append(new org.contractsla.core.contract.PlanChange("40", OPENED.plusSeconds(3 * 3600), "gold",
                "fast"));
        onTwo.recompute("40", "SUP-40", activity(), OPENED.plusSeconds(4 * 3600));
        assertEquals(OPENED.plusSeconds(3 * 3600), response("40").due());
        RequestStanding live = onTwo.standing("40", "SUP-40", activity(), OPENED.plusSeconds(4 * 3600));
        assertEquals("the panel agrees", OPENED.plusSeconds(3 * 3600), live.assessment().clocks()
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow().due().orElseThrow());
        assertEquals("the plan in force now", "fast", live.assessment().planId().orElseThrow());
        // decided again since on another plan (checked again for a new reporter): the old change no longer counts
        decisions.keep("40", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        onTwo.recompute("40", "SUP-40", activity(), OPENED.plusSeconds(4 * 3600));
        assertEquals(OPENED.plusSeconds(8 * 3600), response("40").due());
    }

    @Test
    public void shouldRunEachStretchOnTheZoneOfTheContractTheRequestWasUnder() {
        Policy office = Policy.of(List.of(BusinessCalendar.builder("office", java.time.ZoneId.of("Europe/Berlin"))
                .weekly(org.contractsla.core.calendar.WeeklySchedule.sameEachDay(java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.FRIDAY, org.contractsla.core.calendar.DailyInterval.parse("09:00-17:00")))
                .build()), List.of(Plan.builder("gold8").goal(Metric.FIRST_RESPONSE, Severity.S3,
                        GoalDefinition.of(Duration.ofHours(8), "office", false)).build()), Set.of());
        contracts.add(Contract.builder("K-BER", "acme", "gold8", LocalDate.of(2026, 1, 1)).build());
        contracts.add(Contract.builder("K-NY", "acme", "gold8", LocalDate.of(2026, 1, 1))
                .zone(java.time.ZoneId.of("America/New_York")).build());
        org.contractsla.core.contract.PlanChange.InMemory changes = new org.contractsla.core.contract.PlanChange.InMemory();
        RecomputingClocks onOffice = new RecomputingClocks(() -> office, FixedPublicHolidays.none(), contracts, ledger,
                decisions, severities, records, changes);
        // received Monday 10:00 in Berlin under K-BER; two hours later an agent names K-NY, the same plan
        decisions.keep("50", EntitlementDecision.from(List.of(), false, "K-NY", "gold8", Severity.S3));
        changes.append(new org.contractsla.core.contract.PlanChange("50", OPENED.plusSeconds(2 * 3600), "gold8",
                "gold8", "K-BER", "K-NY"));
        onOffice.recompute("50", "SUP-50", activity(), OPENED.plusSeconds(3 * 3600));
        // 2 h counted in Berlin (10:00-12:00), 6 h left from 09:00 in New York (14:00 UTC): 20:00 UTC
        assertEquals(Instant.parse("2026-03-02T20:00:00Z"), response("50").due());
        // checked again since under a third contract (a new reporter), with no change kept: it stands on its own
        contracts.add(Contract.builder("K-BER2", "acme", "gold8", LocalDate.of(2026, 1, 1)).build());
        decisions.keep("50", EntitlementDecision.from(List.of(), false, "K-BER2", "gold8", Severity.S3));
        onOffice.recompute("50", "SUP-50", activity(), OPENED.plusSeconds(3 * 3600));
        assertEquals("Berlin from receipt: 7 h on Monday, 1 h on Tuesday", Instant.parse("2026-03-03T09:00:00Z"),
                response("50").due());
        // a change kept before the contracts were: the current contract's zone from receipt, as before
        decisions.keep("51", EntitlementDecision.from(List.of(), false, "K-NY", "gold8", Severity.S3));
        changes.append(new org.contractsla.core.contract.PlanChange("51", OPENED.plusSeconds(2 * 3600), "gold8",
                "gold8"));
        onOffice.recompute("51", "SUP-51", activity(), OPENED.plusSeconds(3 * 3600));
        assertEquals(Instant.parse("2026-03-02T22:00:00Z"), response("51").due());
    }

    @Test
    public void shouldRunNoClockForARequestTurnedAway() {
        decisions.keep("3", EntitlementDecision.from(List.of(Finding.blocks("entitlement.contract.none")), false,
                null, null, null));
        recomputing.recompute("3", "SUP-3", activity(), OPENED.plusSeconds(600));
        for (Metric m : Metric.values()) {
            assertEquals(m.name(), MetricClock.Absence.REJECTED.name(), records.byRequest("3").get(m).state());
        }
    }

    @Test
    public void shouldApplyTheFirstSeverityTheTeamSetsFromItsInstant() {
        decisions.keep("4", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        // opened without a severity (S3, 8 h); raised to S1 (1 h) after two hours
        severities.append(new SeverityChange("4", OPENED.plusSeconds(7200), "agent", null, Severity.S1, null,
                List.of()));
        recomputing.recompute("4", "SUP-4", activity(), OPENED.plusSeconds(7300));
        // two hours counted before the change: the 1 h goal is used up at the change, not from receipt
        assertEquals(OPENED.plusSeconds(7200), response("4").due());
        assertTrue(response("4").overdue(OPENED.plusSeconds(7300)));
        // opened with S1 by the app: from receipt
        decisions.keep("5", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        severities.append(new SeverityChange("5", OPENED, null, null, Severity.S1, null, List.of()));
        recomputing.recompute("5", "SUP-5", activity(), OPENED.plusSeconds(600));
        assertEquals(OPENED.plusSeconds(3600), response("5").due());
    }

    @Test
    public void shouldMeasureAgainstANewConfigurationOnceItIsInForce() {
        decisions.keep("6", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        recomputing.recompute("6", "SUP-6", activity(), OPENED.plusSeconds(600));
        assertEquals(OPENED.plusSeconds(8 * 3600), response("6").due());
        policy = policy(Duration.ofHours(4));
        assertTrue(recomputing.recompute("6", "SUP-6", activity(), OPENED.plusSeconds(600)));
        assertEquals(OPENED.plusSeconds(4 * 3600), response("6").due());
        // a goal met before the change stays met against the goal it was measured against
        decisions.keep("6b", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        IssueActivity answered = activity(new IssueActivity.Comment(OPENED.plusSeconds(5 * 3600), "agent", true,
                true));
        policy = policy(Duration.ofHours(8));
        recomputing.recompute("6b", "SUP-6b", answered, OPENED.plusSeconds(6 * 3600));
        assertEquals("MET", response("6b").state());
        policy = policy(Duration.ofHours(4));
        assertFalse("nothing changes", recomputing.recompute("6b", null, "SUP-6b", answered,
                OPENED.plusSeconds(7 * 3600), true));
        assertEquals("MET", response("6b").state());
        assertEquals(Duration.ofHours(8), response("6b").goal());
        // the request's history changed too (answered later): even a recomputation for the configuration measures
        // the cycle afresh, since its stop moved
        IssueActivity later = activity(new IssueActivity.Comment(OPENED.plusSeconds(6 * 3600), "agent", true, true));
        recomputing.recompute("6b", null, "SUP-6b", later, OPENED.plusSeconds(7 * 3600), true);
        assertEquals(OPENED.plusSeconds(6 * 3600), response("6b").stoppedAt());
        // an event of the request measures everything afresh, on the configuration in force
        assertTrue(recomputing.recompute("6b", "SUP-6b", answered, OPENED.plusSeconds(7 * 3600)));
        assertEquals("BREACHED", response("6b").state());
        assertEquals(Duration.ofHours(4), response("6b").goal());
        assertTrue(recomputing.forget("6"));
        assertTrue(records.byRequest("6").isEmpty());
        assertFalse(recomputing.forget("6"));
    }
}
