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
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;
import org.junit.Test;

/** The one answer about a request: clocks that follow the entitlement decision. */
public class AssessingRequestsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant t(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private static GoalDefinition hours(int h, String calendar) {
        return GoalDefinition.of(Duration.ofHours(h), calendar, false);
    }

    /**
     * "maintenance": S1 4 h on 24×7, S3 12 h on 09–17, S1/S2 outside production lowered to S3. "standard": S1 2 h
     * and S3 8 h on 09–17. "capped": 1 request a quarter, turned away beyond it; "billable": the same, taken as
     * billable beyond it. "strict": S1 1 h on 24×7, S3 8 h on 09–17, S1/S2 refused outside production, billable.
     */
    private static final Policy POLICY = Policy.of(
            List.of(BusinessCalendar.builder("office", BERLIN).weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY,
                    DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00"))).build(),
                    BusinessCalendar.twentyFourSeven("always", BERLIN)),
            List.of(Plan.builder("maintenance").goal(Metric.FIRST_RESPONSE, Severity.S1, hours(4, "always"))
                            .goal(Metric.FIRST_RESPONSE, Severity.S3, hours(12, "office"))
                            .productionGate(ProductionGate.Action.DOWNGRADE).build(),
                    Plan.builder("standard").goal(Metric.FIRST_RESPONSE, Severity.S1, hours(2, "office"))
                            .goal(Metric.FIRST_RESPONSE, Severity.S3, hours(8, "office")).build(),
                    Plan.builder("capped").goal(Metric.FIRST_RESPONSE, Severity.S3, hours(8, "office"))
                            .quota(CaseQuota.of(1, QuotaPeriod.QUARTER)).build(),
                    Plan.builder("billable").goal(Metric.FIRST_RESPONSE, Severity.S3, hours(8, "office"))
                            .quota(CaseQuota.of(1, QuotaPeriod.QUARTER))
                            .outOfEntitlement(OutOfEntitlement.BILLABLE).build(),
                    Plan.builder("strict").goal(Metric.FIRST_RESPONSE, Severity.S1, hours(1, "always"))
                            .goal(Metric.FIRST_RESPONSE, Severity.S3, hours(8, "office"))
                            .productionGate(ProductionGate.Action.REJECT)
                            .outOfEntitlement(OutOfEntitlement.BILLABLE).build()),
            Set.of());

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final AssessingRequests assessing = new AssessingRequests(
            new MeasuringRequestClocks(CompiledPolicy.of(POLICY, FixedPublicHolidays.none())),
            CheckingEntitlement.standard(() -> POLICY, contracts, ledger), contracts);

    private void contract(String number, String plan) {
        contracts.putOrganization(org.contractsla.core.contract.Organization.of("nordlicht", "Nordlicht"));
        contracts.add(Contract.builder(number, "nordlicht", plan, LocalDate.of(2026, 1, 1)).contacts(List.of("anna"))
                .build());
    }

    private static EntitlementRequest asked(Instant at, Severity severity, Environment environment) {
        return EntitlementRequest.builder(Channel.PORTAL, at).reporter("anna")
                .severity(SeverityProposal.of(severity, environment)).build();
    }

    /** Opens two S3 requests on a new contract of a plan that takes one a quarter: the answer for the second. */
    private RequestAssessment secondOfTheQuarter(String number, String plan) {
        contract(number, plan);
        RequestHistory first = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), plan, Severity.S3, List.of());
        RequestHistory second = RequestHistory.of("SUP-2", t("2026-03-03T09:00"), plan, Severity.S3, List.of());
        assessing.open(first, asked(first.received(), Severity.S3, Environment.PRODUCTION), t("2026-03-04T09:00"));
        return assessing.open(second, asked(second.received(), Severity.S3, Environment.PRODUCTION),
                t("2026-03-04T09:00"));
    }

    private static ClockMeasurement firstResponse(RequestAssessment a) {
        return a.clocks().get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
    }

    @Test
    public void shouldRunTheClocksOnTheContractsPlanAndTheSeverityAfterTheProductionGate() {
        contract("K-1", "maintenance");
        // recorded as S1 under "standard" (2 h); the contract is on "maintenance", whose gate lowers S1 on a test
        // system to S3: 12 h on 09-17 from Monday 09:00, not 2 h and not 4 h on 24x7
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "standard", Severity.S1, List.of());
        RequestAssessment a = assessing.open(h, asked(h.received(), Severity.S1, Environment.TEST), t("2026-03-02T10:00"));

        EntitlementDecision d = a.decision().orElseThrow();
        assertEquals("maintenance", d.planId().orElseThrow());
        assertEquals(Severity.S3, d.severity().orElseThrow());
        assertEquals("maintenance", a.planId().orElseThrow());
        assertEquals(Severity.S3, a.severity().orElseThrow());
        assertEquals(Duration.ofHours(12), firstResponse(a).goal());
        assertEquals(t("2026-03-03T13:00"), firstResponse(a).due().orElseThrow());
        // the plan named by the history is not taken silently, and not overridden silently either
        assertEquals(List.of(Reason.of("request.note.planOfContract", "standard", "K-1", "maintenance")), a.notes());
        assertFalse(a.billable());
    }

    @Test
    public void shouldSayNothingAboutThePlanWhenTheHistoryNamesTheContractsOwn() {
        contract("K-1", "maintenance");
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "maintenance", Severity.S1, List.of());
        RequestAssessment a = assessing.open(h, asked(h.received(), Severity.S1, Environment.PRODUCTION),
                t("2026-03-02T10:00"));
        assertEquals(List.of(), a.notes());
        assertEquals(t("2026-03-02T13:00"), firstResponse(a).due().orElseThrow()); // S1, 4 h on 24x7
    }

    @Test
    public void shouldRunNoClockForARequestThatIsTurnedAway() {
        RequestAssessment a = secondOfTheQuarter("K-2", "capped");

        assertEquals(EntitlementDecision.Handling.REJECT, a.decision().orElseThrow().handling());
        assertFalse(a.planId().isPresent());
        assertEquals(Metric.values().length, a.clocks().size());
        for (MetricClock c : a.clocks().values()) {
            assertFalse(c.measurement().isPresent());
            assertEquals(MetricClock.Absence.REJECTED, c.absence().orElseThrow());
        }
    }

    @Test
    public void shouldRunTheClocksOfABillableRequestOnItsPlanAndSaySo() {
        RequestAssessment a = secondOfTheQuarter("K-3", "billable");

        assertEquals(EntitlementDecision.Handling.BILLABLE, a.decision().orElseThrow().handling());
        assertTrue(a.billable());
        assertEquals(List.of(Reason.of("request.note.billable", "billable")), a.notes());
        assertEquals(Duration.ofHours(8), firstResponse(a).goal());
        assertEquals(t("2026-03-03T17:00"), firstResponse(a).due().orElseThrow());
    }

    @Test
    public void shouldRunABillableRequestWhoseSeverityTheGateRefusedAtTheMostUrgentLevelAllowed() {
        contract("K-4", "strict");
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "strict", Severity.S1, List.of());
        RequestAssessment a = assessing.open(h, asked(h.received(), Severity.S1, Environment.TEST), t("2026-03-02T10:00"));

        assertEquals(EntitlementDecision.Handling.BILLABLE, a.decision().orElseThrow().handling());
        assertTrue(a.decision().orElseThrow().severityRefused());
        // not S1's hour on 24x7, which the customer may not choose for a test system: S3, 8 h on 09-17
        assertEquals(Severity.S3, a.severity().orElseThrow());
        assertEquals(t("2026-03-02T17:00"), firstResponse(a).due().orElseThrow());
        assertEquals(List.of(Reason.of("request.note.severityRefused", "S1", "S3"),
                Reason.of("request.note.billable", "strict")), a.notes());
    }

    @Test
    public void shouldNeitherCheckNorBookNorMeasureARequestNotYetReceived() {
        contract("K-2", "capped");
        RequestHistory later = RequestHistory.of("SUP-9", t("2026-03-05T09:00"), "capped", Severity.S3, List.of());
        RequestAssessment a = assessing.open(later, asked(later.received(), Severity.S3, Environment.PRODUCTION),
                t("2026-03-04T09:00"));

        assertFalse(a.known());
        assertFalse(a.decision().isPresent());
        assertTrue(a.clocks().isEmpty());
        assertEquals(List.of(Reason.of("request.note.notReceived")), a.notes());
        // its unit was not booked: the quarter's only request is still free for another
        assertEquals(0, ledger.used("K-2", org.contractsla.core.policy.QuotaWindow.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))));
        assertFalse(AssessingRequests.clocksOnly(new MeasuringRequestClocks(CompiledPolicy.of(POLICY,
                FixedPublicHolidays.none()))).measure(later, t("2026-03-04T09:00")).known());
    }

    @Test
    public void shouldGiveTheSameClocksForAStoredDecisionAsWhenTheRequestWasOpened() {
        contract("K-1", "maintenance");
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "maintenance", Severity.S1, List.of(
                RequestHistory.Entry.response(t("2026-03-03T11:00"))));
        RequestAssessment opened = assessing.open(h, asked(h.received(), Severity.S1, Environment.TEST),
                t("2026-03-02T10:00"));
        RequestAssessment later = assessing.measure(h, opened.decision().orElseThrow(), t("2026-03-04T10:00"));
        // S3 after the gate: 12 h from Monday 09:00 is Tuesday 13:00; the reply at 11:00 meets it
        assertEquals(Severity.S3, later.severity().orElseThrow());
        assertEquals(org.contractsla.core.clock.ClockState.MET, firstResponse(later).state());
        assertEquals(t("2026-03-03T13:00"), firstResponse(later).due().orElseThrow());
    }

    @Test
    public void shouldSayAStoredDecisionsRequestIsNotReceivedBeforeItsReceipt() {
        contract("K-1", "maintenance");
        RequestHistory h = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "maintenance", Severity.S3, List.of());
        RequestAssessment opened = assessing.open(h, asked(h.received(), Severity.S3, Environment.PRODUCTION),
                t("2026-03-02T10:00"));
        RequestAssessment before = assessing.measure(h, opened.decision().orElseThrow(), t("2026-03-02T08:59"));
        org.junit.Assert.assertFalse(before.known());
        assertEquals("SUP-1", before.key());
        // the decision names its reasons, rule by rule, as the portal and the panel show them
        assertEquals(opened.decision().orElseThrow().findings().stream()
                .map(org.contractsla.core.entitlement.Finding::reason).collect(java.util.stream.Collectors.toList()),
                opened.decision().orElseThrow().reasons());
    }
}
