package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.request.IssueActivity;
import org.contractsla.core.request.RecomputingClocks;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/**
 * The agents' panel for running, paused, met and breached clocks, in English and German: texts from i18n, due times
 * in the viewer's zone and locale, the bar amber from 75 % and red once the goal is overrun.
 */
public class AgentPanelTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final InMemorySeverityChanges severities = new InMemorySeverityChanges();
    private final RecomputingClocks clocks;
    private final List<IssueActivity.StatusChange> statuses = new ArrayList<>();
    private final List<IssueActivity.Comment> comments = new ArrayList<>();

    public AgentPanelTest() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)), List.of(
                Plan.builder("gold")
                        .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(8), "always", false))
                        .goal(Metric.RESOLUTION, Severity.S3, GoalDefinition.of(Duration.ofHours(40), "always", false))
                        .quota(CaseQuota.of(10, QuotaPeriod.QUARTER)).outOfEntitlement(OutOfEntitlement.BILLABLE)
                        .build()), Set.of("Waiting for customer"));
        contracts.putOrganization(Organization.of("acme", "Acme GmbH"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        clocks = new RecomputingClocks(() -> policy, FixedPublicHolidays.none(), contracts, new InMemoryQuotaLedger(),
                decisions, severities, new InMemoryClockRecords());
        decisions.keep("1", EntitlementDecision.from(List.of(Finding.warns("entitlement.contract.endingSoon",
                LocalDate.of(2026, 12, 31), 304)), false, "K-1", "gold", Severity.S3));
        statuses.add(new IssueActivity.StatusChange(OPENED, "Open"));
    }

    private PanelView panel(Locale locale, ZoneId zone, int minutesAfterOpening) {
        IssueActivity activity = new IssueActivity(OPENED, "jdoe", statuses, List.of(), comments);
        return new AgentPanel(locale, zone, key -> key.equals("agent") ? "Anna Agent" : key).view(clocks.standing("1", "SUP-1", activity,
                OPENED.plusSeconds(60L * minutesAfterOpening)));
    }

    private static ClockView response(PanelView p) {
        assertEquals(Severity.S3.name(), p.getSeverity());
        return p.getClocks().get(0);
    }

    @Test
    public void shouldShowARunningClockWithTimeLeftAndItsDueTimeInTheViewersZone() {
        PanelView en = panel(Locale.ENGLISH, ZoneOffset.UTC, 60);
        ClockView c = response(en);
        assertEquals("Time to first response", c.getMetric());
        assertEquals("running", c.getState());
        assertEquals("Running", c.getStateText());
        assertEquals("7 h left", c.getDetail());
        assertEquals("Due Mar 2, 2026, 5:00 PM", c.getDue().replace('\u202f', ' '));
        assertEquals(12, c.getPercent());
        assertEquals("ok", c.getBar());
        assertEquals("no update interval goal: left out", 2, en.getClocks().size());

        ClockView de = response(panel(Locale.GERMAN, BERLIN, 60));
        assertEquals("Reaktionszeit", de.getMetric());
        assertEquals("Noch 7 Std.", de.getDetail());
        assertEquals("F\u00e4llig am 02.03.2026, 18:00", de.getDue());
    }

    @Test
    public void shouldTurnTheBarAmberFromThreeQuartersAndRedOnceTheGoalIsOverrun() {
        assertEquals("ok", response(panel(Locale.ENGLISH, ZoneOffset.UTC, 359)).getBar()); // 74 %
        ClockView amber = response(panel(Locale.ENGLISH, ZoneOffset.UTC, 360)); // 75 %
        assertEquals("warning", amber.getBar());
        assertEquals("2 h left", amber.getDetail());
        ClockView overdue = response(panel(Locale.ENGLISH, ZoneOffset.UTC, 8 * 60 + 25));
        assertEquals("breached", overdue.getState());
        assertEquals("Breached", overdue.getStateText());
        assertEquals("Overdue by 25 min", overdue.getDetail());
        assertEquals("danger", overdue.getBar());
        assertEquals(100, overdue.getPercent());
        ClockView de = response(panel(Locale.GERMAN, BERLIN, 8 * 60 + 25));
        assertEquals("Verletzt", de.getStateText());
        assertEquals("Seit 25 Min. \u00fcberf\u00e4llig", de.getDetail());
    }

    @Test
    public void shouldShowAPausedClockWithoutADueTime() {
        statuses.add(new IssueActivity.StatusChange(OPENED.plusSeconds(2 * 3600), "Waiting for customer"));
        ClockView paused = response(panel(Locale.ENGLISH, ZoneOffset.UTC, 5 * 60));
        assertEquals("paused", paused.getState());
        assertEquals("Paused", paused.getStateText());
        assertEquals("6 h left", paused.getDetail());
        assertNull("no due time while it does not run", paused.getDue());
        assertEquals(25, paused.getPercent());
        assertEquals("Angehalten", response(panel(Locale.GERMAN, BERLIN, 5 * 60)).getStateText());
    }

    @Test
    public void shouldShowAMetAndAMissedGoalWithWhenTheyStopped() {
        comments.add(new IssueActivity.Comment(OPENED.plusSeconds(3 * 3600), "agent", true, true));
        ClockView met = response(panel(Locale.ENGLISH, ZoneOffset.UTC, 4 * 60));
        assertEquals("met", met.getState());
        assertEquals("Met after 3 h", met.getDetail());
        assertEquals("Stopped Mar 2, 2026, 12:00 PM", met.getDue().replace('\u202f', ' '));
        assertEquals("done", met.getBar());
        assertEquals("Eingehalten nach 3 Std.", response(panel(Locale.GERMAN, BERLIN, 4 * 60)).getDetail());

        comments.clear();
        comments.add(new IssueActivity.Comment(OPENED.plusSeconds(10 * 3600), "agent", true, true));
        ClockView missed = response(panel(Locale.ENGLISH, ZoneOffset.UTC, 11 * 60));
        assertEquals("breached", missed.getState());
        assertEquals("Goal missed by 2 h", missed.getDetail());
        assertEquals("danger", missed.getBar());
        assertEquals("Ziel um 2 Std. verfehlt", response(panel(Locale.GERMAN, BERLIN, 11 * 60)).getDetail());
    }

    @Test
    public void shouldShowSeverityContractQuotaAndTheDecisionsWarnings() {
        PanelView en = panel(Locale.ENGLISH, ZoneOffset.UTC, 60);
        assertEquals("Minor", en.getSeverityName());
        assertTrue(en.getSeverityDefinition().startsWith("A function is partly lost"));
        assertNull("set when it was opened", en.getSeverityNote());
        ContractView contract = en.getContract();
        assertEquals("K-1", contract.getCustomerNumber());
        assertEquals("Acme GmbH", contract.getOrganization());
        assertEquals("gold", contract.getPlan());
        assertEquals("January 1, 2026 to December 31, 2026", contract.getTerm());
        assertEquals("10 of 10 requests left in the period ending March 31, 2026", contract.getQuota());
        assertNull(contract.getNotInForce());
        assertTrue(en.getHasNotices());
        assertEquals(1, en.getNotices().size());
        assertTrue("in the agents' words", en.getNotices().get(0).startsWith("The contract runs until December 31, 2026"));

        assertEquals("SUP-1", en.getIssueKey());
        assertEquals(List.of("S1 Critical", "S2 Major", "S3 Minor", "S4 Cosmetic"), en.getLevels().stream()
                .map(ChoiceView::getLabel).toList());
        assertEquals("the one in force is chosen", List.of(false, false, true, false), en.getLevels().stream()
                .map(ChoiceView::getSelected).toList());
        assertEquals(List.of("production", "test", "installation"), en.getEnvironments().stream()
                .map(ChoiceView::getValue).toList());
        PanelView de = panel(Locale.GERMAN, BERLIN, 60);
        assertEquals("Produktivsystem", de.getEnvironments().get(0).getLabel());
        assertEquals("S3 Normal", de.getLevels().get(2).getLabel());
        assertEquals("Normal", de.getSeverityName());
        assertEquals("1. Januar 2026 bis 31. Dezember 2026", de.getContract().getTerm());
        assertEquals("10 von 10 Anfragen frei im Zeitraum bis 31. M\u00e4rz 2026", de.getContract().getQuota());
    }

    @Test
    public void shouldSayWhenNoSeverityIsSetAndWhenTheRequestIsBillableOrTurnedAway() {
        decisions.keep("1", EntitlementDecision.from(List.of(Finding.blocks("entitlement.severity.notCovered", "S1")),
                true, "K-1", "gold", null));
        PanelView billable = panel(Locale.ENGLISH, ZoneOffset.UTC, 60);
        assertEquals("No severity set yet: handled as S3 until the team sets one.", billable.getSeverityNote());
        assertEquals("Billable: the contract does not cover this request.", billable.getNotices().get(0));
        assertEquals("Noch kein Schweregrad gesetzt: Bis das Team einen festlegt, gilt S3.",
                panel(Locale.GERMAN, BERLIN, 60).getSeverityNote());

        decisions.keep("1", EntitlementDecision.from(List.of(Finding.blocks("entitlement.contract.none")), false,
                null, null, null));
        PanelView rejected = panel(Locale.GERMAN, BERLIN, 60);
        assertNull(rejected.getContract());
        assertEquals(List.of("Kein Anspruch: F\u00fcr diese Anfrage l\u00e4uft keine SLA-Uhr.",
                "Kein Supportvertrag nennt den Melder, und die Anfrage gibt keine Kundennummer an."),
                rejected.getNotices());
        assertFalse(rejected.getClocks().isEmpty());
        assertEquals("none", rejected.getClocks().get(0).getBar());
        assertNull(rejected.getClocks().get(0).getDue());
    }

    @Test
    public void shouldListEverySeverityChangeWithWhenWhoAndWhy() {
        severities.append(new org.contractsla.core.severity.SeverityChange("1", OPENED, null, null, Severity.S3,
                null, List.of()));
        severities.append(new org.contractsla.core.severity.SeverityChange("1", OPENED.plusSeconds(1800), "agent",
                Severity.S3, Severity.S2, "customer called", List.of(org.contractsla.core.Reason.of(
                        "severity.rule.s1Checklist.unanswered"))));
        PanelView en = panel(Locale.ENGLISH, ZoneOffset.UTC, 60);
        assertTrue(en.getHasSeverityChanges());
        assertEquals(List.of("Mar 2, 2026, 9:00 AM: opened as S3.",
                "Mar 2, 2026, 9:30 AM: S3 \u2192 S2, by Anna Agent. Reason: customer called "
                        + new org.contractsla.i18n.Messages(Locale.ENGLISH).text("severity.rule.s1Checklist.unanswered")),
                en.getSeverityChanges().stream().map(t -> t.replace('\u202f', ' ')).toList());
        assertEquals("Major", en.getSeverityName());
        assertEquals("02.03.2026, 10:30: S3 \u2192 S2, von Anna Agent. Grund: customer called "
                + new org.contractsla.i18n.Messages(Locale.GERMAN).text("severity.rule.s1Checklist.unanswered"),
                panel(Locale.GERMAN, BERLIN, 60).getSeverityChanges().get(1));
    }

    @Test
    public void shouldRoundTheShareOfTheGoalDown() {
        assertEquals(74, AgentPanel.percent(Duration.ofMinutes(359), Duration.ofHours(8)));
        assertEquals(75, AgentPanel.percent(Duration.ofMinutes(360), Duration.ofHours(8)));
        assertEquals(100, AgentPanel.percent(Duration.ZERO, Duration.ZERO));
        assertEquals(0, AgentPanel.percent(Duration.ofMinutes(-5), Duration.ofHours(8)));
    }
}
