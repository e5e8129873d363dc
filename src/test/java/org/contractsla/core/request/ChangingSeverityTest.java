package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityDecision;
import org.contractsla.core.severity.SeverityProposal;
import org.junit.Test;

public class ChangingSeverityTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Plan MAINTENANCE = Plan.builder("maintenance")
            .goal(Metric.FIRST_RESPONSE, Severity.S1, GoalDefinition.of(Duration.ofHours(1), "always", false))
            .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(8), "always", false))
            .productionGate(ProductionGate.Action.REJECT).s1Checklist(true).build();

    private final InMemorySeverityChanges changes = new InMemorySeverityChanges();
    private final ChangingSeverity changing = new ChangingSeverity(changes);

    private static SeverityProposal in(Severity s, Environment e) {
        return SeverityProposal.of(s, e);
    }

    @Test
    public void shouldKeepWhoChangedItWhenFromWhatToWhatAndWhy() {
        changing.change("10001", MAINTENANCE, in(Severity.S3, Environment.PRODUCTION), null, null, OPENED);
        SeverityDecision raised = changing.change("10001", MAINTENANCE,
                in(Severity.S1, Environment.PRODUCTION).withChecklist(true, false), "agent", "  whole site down ",
                OPENED.plusSeconds(3600));
        assertEquals(SeverityDecision.Outcome.ACCEPTED, raised.outcome());
        assertEquals(List.of(
                new SeverityChange("10001", OPENED, null, null, Severity.S3, null, List.of()),
                new SeverityChange("10001", OPENED.plusSeconds(3600), "agent", Severity.S3, Severity.S1,
                        "whole site down", List.of())), changes.byRequest("10001"));
        assertEquals(Severity.S1, changing.current("10001").orElseThrow());
        assertEquals(Severity.S3, changing.initial("10001").orElseThrow());
    }

    @Test
    public void shouldApplyThePlansRulesOnEditAndKeepNothingThatChangesNothing() {
        changing.change("10002", MAINTENANCE, in(Severity.S3, Environment.PRODUCTION), null, null, OPENED);
        // S1 without the checklist met: taken as S2, with the reason kept
        SeverityDecision lowered = changing.change("10002", MAINTENANCE, in(Severity.S1, Environment.PRODUCTION),
                "agent", null, OPENED.plusSeconds(60));
        assertEquals(Severity.S2, lowered.severity());
        assertEquals(List.of(Reason.of("severity.rule.s1Checklist.unanswered")),
                changes.byRequest("10002").get(1).rules());
        // S2 again: already in force, nothing kept
        changing.change("10002", MAINTENANCE, in(Severity.S2, Environment.PRODUCTION), "agent", "same",
                OPENED.plusSeconds(120));
        assertEquals(2, changes.byRequest("10002").size());
        // S1 on a test system: the gate rejects it, nothing kept, the reason said
        SeverityDecision rejected = changing.change("10002", MAINTENANCE,
                in(Severity.S1, Environment.TEST).withChecklist(true, false), "agent", null, OPENED.plusSeconds(180));
        assertEquals(SeverityDecision.Outcome.REJECTED, rejected.outcome());
        assertEquals("severity.rule.productionGate.rejected", rejected.reasons().get(0).key());
        assertEquals(2, changes.byRequest("10002").size());
        assertEquals(Severity.S2, changing.current("10002").orElseThrow());
    }

    @Test
    public void shouldLetTheClocksFollowTheChangesPiecewise() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)),
                List.of(MAINTENANCE), Set.of());
        changing.change("10003", MAINTENANCE, in(Severity.S3, Environment.PRODUCTION), null, null, OPENED);
        changing.change("10003", MAINTENANCE, in(Severity.S1, Environment.PRODUCTION).withChecklist(true, false),
                "agent", null, OPENED.plusSeconds(30 * 60));
        RequestHistory h = RequestHistory.of("SUP-3", OPENED, "maintenance", changing.initial("10003").orElseThrow(),
                changing.historyEntries("10003"));
        // 30 min on S3, then S1's 1 h: due 30 min after the change
        assertEquals(OPENED.plusSeconds(60 * 60), new MeasuringRequestClocks(CompiledPolicy.of(policy,
                FixedPublicHolidays.none())).measure(h, OPENED.plusSeconds(40 * 60)).get(Metric.FIRST_RESPONSE)
                .measurement().orElseThrow().due().orElseThrow());
        assertFalse(changing.current("10004").isPresent());
        assertEquals(List.of(), changing.historyEntries("10004"));
    }

    @Test
    public void shouldTakeTheFirstSeverityTheTeamSetAsAChangeNotAsTheOneOfReceipt() {
        // opened in Jira without a severity; an agent sets S2 an hour later
        changing.change("10005", MAINTENANCE, in(Severity.S2, Environment.PRODUCTION), "agent", null,
                OPENED.plusSeconds(3600));
        assertFalse("not opened with one", changing.initial("10005").isPresent());
        assertEquals(Severity.S2, changing.current("10005").orElseThrow());
        List<RequestHistory.Entry> entries = changing.historyEntries("10005");
        assertEquals(1, entries.size());
        assertEquals(RequestHistory.Entry.Type.SEVERITY, entries.get(0).type());
        assertEquals(OPENED.plusSeconds(3600), entries.get(0).at());
        assertEquals("S2", entries.get(0).value());
    }

    @Test
    public void shouldApplyTheRulesOfThePlanTheRequestsDecisionNames() {
        org.contractsla.core.entitlement.InMemoryRequestDecisions decisions =
                new org.contractsla.core.entitlement.InMemoryRequestDecisions();
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)),
                List.of(MAINTENANCE), Set.of());
        ChangingSeverity onPlans = new ChangingSeverity(changes, () -> policy, decisions);
        decisions.keep("10006", org.contractsla.core.entitlement.EntitlementDecision.from(List.of(), false, "K-1",
                "maintenance", Severity.S3));
        SeverityDecision lowered = onPlans.change("10006", in(Severity.S1, Environment.PRODUCTION), "agent",
                "down", OPENED);
        assertEquals("the S1 checklist of its plan applies", Severity.S2, lowered.severity());
        assertEquals(Severity.S2, onPlans.current("10006").orElseThrow());
        assertEquals(1, onPlans.changes("10006").size());
        // no decision kept, or a plan no longer configured: taken as asked
        assertEquals(Severity.S1, onPlans.change("10007", in(Severity.S1, Environment.TEST), "agent", null, OPENED)
                .severity());
        decisions.keep("10008", org.contractsla.core.entitlement.EntitlementDecision.from(List.of(), false, "K-1",
                "gone", Severity.S3));
        assertEquals(Severity.S1, onPlans.change("10008", in(Severity.S1, Environment.TEST), "agent", null, OPENED)
                .severity());
        try {
            changing.change("10009", in(Severity.S1, Environment.TEST), "agent", null, OPENED);
            org.junit.Assert.fail("no configuration to find the plan in");
        } catch (IllegalStateException expected) {
            // the plan must be given
        }
    }
}
