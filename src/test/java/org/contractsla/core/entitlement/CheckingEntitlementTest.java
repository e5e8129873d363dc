package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class CheckingEntitlementTest {

    /** Monday 2026-03-30, 23:30 in Berlin, still the first quarter there (21:30 UTC) */
    private static final Instant NOW1 = Instant.parse("2026-03-30T21:30:00Z");
    /** Wednesday 2026-04-01, 01:30 in Berlin: second quarter there, still 31 March in UTC */
    private static final Instant NOW2 = Instant.parse("2026-03-31T23:30:00Z");

    private final Policy policy = Policy.of(
            List.of(BusinessCalendar.twentyFourSeven("berlin", ZoneId.of("Europe/Berlin"))),
            List.of(Plan.builder("basic")
                            .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(12), "berlin", false))
                            .quota(CaseQuota.of(2, QuotaPeriod.QUARTER)).build(),
                    Plan.builder("emergency-call").quota(CaseQuota.of(1, QuotaPeriod.TERM)).incidentPack(true)
                            .outOfEntitlement(OutOfEntitlement.BILLABLE).build(),
                    // a pack taken by phone only, for S1 and S2 only
                    Plan.builder("phone-pack").quota(CaseQuota.of(2, QuotaPeriod.TERM)).incidentPack(true)
                            .channels(List.of(Channel.PHONE)).covers(List.of(Severity.S1, Severity.S2))
                            .outOfEntitlement(OutOfEntitlement.BILLABLE).build()),
            Set.of());
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final CheckingEntitlement checking = CheckingEntitlement.standard(() -> policy, contracts, ledger);

    private static EntitlementRequest byJdoe(Instant at) {
        return EntitlementRequest.builder(Channel.PORTAL, at).reporter("jdoe").build();
    }

    @org.junit.Before
    public void keepOrganizations() {
        for (Organization o : List.of(Organization.of("acme", "Acme GmbH"), Organization.of("acme-2", "ACME GMBH"),
                Organization.of("beta", "Beta AB"), Organization.of("gamma", "Gamma"))) {
            contracts.putOrganization(o);
        }
    }

    private void addAcme() {
        contracts.add(Contract.builder("C-100", "acme", "basic", LocalDate.of(2025, 1, 1)).termMonths(24)
                .contacts(List.of("jdoe")).build());
    }

    @Test
    public void shouldFindTheContractThatNamesTheReporter() {
        addAcme();
        EntitlementDecision d = checking.check(byJdoe(NOW1));
        assertEquals(EntitlementDecision.Outcome.ENTITLED, d.outcome());
        assertEquals("C-100", d.customerNumber().get());
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, checking.check(
                EntitlementRequest.builder(Channel.PORTAL, NOW1).reporter("someone").build()).outcome());
    }

    @Test
    public void shouldBookOneUnitPerRequestAndRefuseWhenTheQuarterIsUsedUp() {
        addAcme();
        assertTrue(checking.open(byJdoe(NOW1), "10001").quotaUnitHeld());
        EntitlementDecision second = checking.open(byJdoe(NOW1), "10002");
        assertTrue(second.quotaUnitHeld());
        assertEquals(EntitlementDecision.Outcome.ENTITLED_WITH_WARNINGS, second.outcome()); // 2 of 2
        // opening the same request again keeps its unit and books nothing more
        assertTrue(checking.open(byJdoe(NOW1), "10002").quotaUnitHeld());
        EntitlementDecision third = checking.open(byJdoe(NOW1), "10003");
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, third.outcome());
        assertFalse(third.quotaUnitHeld());
        assertEquals("entitlement.quota.usedUp", third.findings().get(0).reason().key());
        // a deleted request gives its unit back
        assertTrue(ledger.release("10001"));
        assertTrue(checking.open(byJdoe(NOW1), "10003").quotaUnitHeld());
    }

    @Test
    public void shouldCountQuarterInTheContractsZone() {
        addAcme();
        checking.open(byJdoe(NOW1), "1");
        checking.open(byJdoe(NOW1), "2");
        // 1 April in Berlin although 31 March in UTC: a new quarter with a fresh quota
        assertEquals(EntitlementDecision.Outcome.ENTITLED, checking.open(byJdoe(NOW2), "3").outcome());
    }

    @Test
    public void shouldPointToAnEmergencyCallWhenTheContractIsUsedUp() {
        addAcme();
        contracts.add(Contract.builder("C-EC-7", "acme", "emergency-call", LocalDate.of(2026, 1, 1))
                .contacts(List.of("jdoe")).build());
        checking.open(byJdoe(NOW1), "1");
        checking.open(byJdoe(NOW1), "2");
        EntitlementDecision d = checking.check(byJdoe(NOW1));
        assertEquals("C-100", d.customerNumber().get()); // the maintenance contract, not the pack
        assertEquals(Finding.informs("entitlement.emergencyCall.available", "C-EC-7", 1),
                d.findings().get(d.findings().size() - 1));
    }

    @Test
    public void shouldOfferNoEmergencyCallOfAnotherOrganizationHoweverAlikeTheirNames() {
        addAcme();
        // "ACME GMBH" is another organization than "Acme GmbH", though the reporter is a contact of its pack
        contracts.add(Contract.builder("C-EC-9", "acme-2", "emergency-call", LocalDate.of(2026, 1, 1))
                .contacts(List.of("jdoe")).build());
        checking.open(byJdoe(NOW1), "1");
        checking.open(byJdoe(NOW1), "2");
        EntitlementDecision d = checking.check(byJdoe(NOW1));
        assertEquals("C-100", d.customerNumber().get());
        assertFalse(d.findings().stream().anyMatch(f -> f.reason().key().equals("entitlement.emergencyCall.available")));
    }

    @Test
    public void shouldOfferAnEmergencyCallOnlyWhenThatPackWouldTakeTheRequest() {
        addAcme();
        checking.open(byJdoe(NOW1), "1");
        checking.open(byJdoe(NOW1), "2"); // the maintenance contract's quarter is used up
        // each row: the pack, who it names, the request's channel and severity, whether it is offered
        Object[][] rows = {
            {pack("P-1", "phone-pack", "2026-01-01", "jdoe"), Channel.PHONE, Severity.S1, true},
            {pack("P-2", "phone-pack", "2026-01-01", "jdoe"), Channel.PORTAL, Severity.S1, false}, // not its channel
            {pack("P-3", "phone-pack", "2026-01-01", "jdoe"), Channel.PHONE, Severity.S3, false},  // not its severity
            {pack("P-4", "phone-pack", "2026-06-01", "jdoe"), Channel.PHONE, Severity.S1, false},  // not started yet
            {pack("P-5", "phone-pack", "2025-01-01", "jdoe"), Channel.PHONE, Severity.S1, false},  // ended in 2025
            {pack("P-6", "phone-pack", "2026-01-01", "mmax"), Channel.PHONE, Severity.S1, false},  // not his contact
        };
        for (Object[] row : rows) {
            Contract p = (Contract) row[0];
            contracts.add(p);
            EntitlementDecision d = checking.check(EntitlementRequest.builder((Channel) row[1], NOW1).reporter("jdoe")
                    .severity(org.contractsla.core.severity.SeverityProposal.of((Severity) row[2],
                            org.contractsla.core.severity.Environment.PRODUCTION)).build());
            boolean offered = d.findings().stream().anyMatch(f -> f.reason().key().equals("entitlement.emergencyCall.available"));
            assertEquals(p.customerNumber(), row[3], offered);
            contracts.remove(p.customerNumber());
        }
        // no units left: used up by two calls
        contracts.add(pack("P-7", "phone-pack", "2026-01-01", "jdoe"));
        ledger.claim("P-7", "x1", LocalDate.of(2026, 2, 1), org.contractsla.core.policy.QuotaWindow.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), 2);
        ledger.claim("P-7", "x2", LocalDate.of(2026, 2, 1), org.contractsla.core.policy.QuotaWindow.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), 2);
        EntitlementDecision spent = checking.check(EntitlementRequest.builder(Channel.PHONE, NOW1).reporter("jdoe")
                .severity(org.contractsla.core.severity.SeverityProposal.of(Severity.S1,
                        org.contractsla.core.severity.Environment.PRODUCTION)).build());
        assertFalse(spent.findings().stream().anyMatch(f -> f.reason().key().equals("entitlement.emergencyCall.available")));
    }

    private static Contract pack(String number, String plan, String start, String contact) {
        return Contract.builder(number, "acme", plan, LocalDate.parse(start)).contacts(List.of(contact)).build();
    }

    @Test
    public void shouldTakeAnIncidentPackAsBillableOnceItIsUsed() {
        contracts.add(Contract.builder("C-EC-7", "beta", "emergency-call", LocalDate.of(2026, 1, 1))
                .contacts(List.of("jdoe")).build());
        EntitlementDecision first = checking.open(byJdoe(NOW1), "1");
        assertEquals(List.of(Finding.warns("entitlement.quota.nearlyUsed", 1, 1, LocalDate.of(2026, 12, 31))),
                first.findings()); // "1 of 1 used": the pack is spent with this request
        EntitlementDecision second = checking.open(byJdoe(NOW1), "2");
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, second.outcome());
        assertEquals(EntitlementDecision.Handling.BILLABLE, second.handling());
    }

    @Test
    public void shouldBlockAContractWhosePlanIsGone() {
        contracts.add(Contract.builder("C-200", "gamma", "retired-plan", LocalDate.of(2026, 1, 1))
                .contacts(List.of("jdoe")).build());
        EntitlementDecision d = checking.check(byJdoe(NOW1));
        assertEquals(List.of(Finding.blocks("entitlement.plan.unknown", "retired-plan")), d.findings());
    }

    @Test
    public void shouldSayHowManyCallsThePackHasLeft() {
        addAcme();
        contracts.add(pack("P-7", "phone-pack", "2026-01-01", "jdoe"));
        checking.open(byJdoe(NOW1), "1");
        checking.open(byJdoe(NOW1), "2"); // the maintenance contract's quarter is used up
        ledger.claim("P-7", "x1", LocalDate.of(2026, 2, 1), org.contractsla.core.policy.QuotaWindow.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), 2);
        EntitlementDecision d = checking.check(EntitlementRequest.builder(Channel.PHONE, NOW1).reporter("jdoe")
                .severity(org.contractsla.core.severity.SeverityProposal.of(Severity.S1,
                        org.contractsla.core.severity.Environment.PRODUCTION)).build());
        assertEquals(Finding.informs("entitlement.emergencyCall.available", "P-7", 1),
                d.findings().get(d.findings().size() - 1)); // 2 calls, 1 used
    }

    @Test
    public void shouldOfferNoEmergencyCallToARequestThatIsOnlyWarnedAbout() {
        // the contract ends within 30 days: a warning, not a block
        contracts.add(Contract.builder("C-100", "acme", "basic", LocalDate.of(2025, 4, 15)).termMonths(12)
                .contacts(List.of("jdoe")).build());
        contracts.add(Contract.builder("C-EC-7", "acme", "emergency-call", LocalDate.of(2026, 1, 1))
                .contacts(List.of("jdoe")).build());
        EntitlementDecision d = checking.check(byJdoe(NOW1));
        assertTrue(d.findings().stream().anyMatch(f -> f.reason().key().equals("entitlement.contract.endingSoon")));
        assertFalse(d.findings().stream().anyMatch(f -> f.reason().key().equals("entitlement.emergencyCall.available")));
    }

    @Test
    public void shouldAnswerAReporterQuotingTheirOwnNumberWithTheirContract() {
        addAcme();
        EntitlementDecision own = checking.checkAsReporter(EntitlementRequest.builder(Channel.PORTAL, NOW1)
                .reporter("jdoe").customerNumber("C-100").build());
        assertEquals("C-100", own.customerNumber().get());
        assertEquals(EntitlementDecision.Outcome.ENTITLED, own.outcome());
        EntitlementDecision other = checking.checkAsReporter(EntitlementRequest.builder(Channel.PORTAL, NOW1)
                .reporter("mmax").customerNumber("C-100").build());
        assertEquals("entitlement.contract.notYours", other.findings().get(0).reason().key());
    }

    /**
     * Which contract, when the reporter quoted none: one in force that is no incident pack, then any that is no
     * pack (the rules then say why it does not cover the request, and offer a pack), then a pack.
     */
    @Test
    public void shouldChooseAContractInForceThenAnyMaintenanceContractThenTheFirstPack() {
        contracts.add(Contract.builder("P-1", "acme", "emergency-call", LocalDate.of(2026, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build());
        contracts.add(Contract.builder("P-2", "acme", "emergency-call", LocalDate.of(2026, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build());
        assertEquals("a pack is the last resort; of two, the first", "P-1",
                checking.check(byJdoe(NOW1)).customerNumber().orElseThrow());

        contracts.add(Contract.builder("C-1", "acme", "basic", LocalDate.of(2024, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build()); // ended 2024-12-31
        contracts.add(Contract.builder("C-2", "acme", "basic", LocalDate.of(2023, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build()); // ended 2023-12-31
        assertEquals("a maintenance contract before any pack, even one that ended", "C-1",
                checking.check(byJdoe(NOW1)).customerNumber().orElseThrow());

        contracts.add(Contract.builder("C-3", "acme", "basic", LocalDate.of(2026, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build());
        assertEquals("the one in force", "C-3", checking.check(byJdoe(NOW1)).customerNumber().orElseThrow());
    }

    @Test
    public void shouldTakeS1AsS2UnlessTheS1ChecklistIsMetWhereThePlanAsksForIt() {
        Policy strict = Policy.of(List.copyOf(policy.calendars().values()), List.of(Plan.builder("strict")
                .goal(Metric.FIRST_RESPONSE, Severity.S1, GoalDefinition.of(Duration.ofHours(4), "berlin", false))
                .goal(Metric.FIRST_RESPONSE, Severity.S2, GoalDefinition.of(Duration.ofHours(8), "berlin", false))
                .s1Checklist(true).build()), Set.of());
        addAcme();
        contracts.add(Contract.builder("C-9", "acme", "strict", LocalDate.of(2026, 1, 1)).termMonths(12)
                .contacts(List.of("jdoe")).build());
        CheckingEntitlement strictChecking = CheckingEntitlement.standard(() -> strict, contracts, ledger);
        org.contractsla.core.severity.SeverityProposal s1 = org.contractsla.core.severity.SeverityProposal.of(
                Severity.S1, org.contractsla.core.severity.Environment.PRODUCTION);
        EntitlementDecision unanswered = strictChecking.check(EntitlementRequest.builder(Channel.PORTAL, NOW1)
                .reporter("jdoe").customerNumber("C-9").severity(s1).build());
        assertEquals(EntitlementDecision.Outcome.ENTITLED_WITH_WARNINGS, unanswered.outcome());
        assertEquals(Severity.S2, unanswered.severity().orElseThrow());
        assertEquals("severity.rule.s1Checklist.unanswered", unanswered.reasons().get(0).key());
        EntitlementDecision backupHelps = strictChecking.check(EntitlementRequest.builder(Channel.PORTAL, NOW1)
                .reporter("jdoe").customerNumber("C-9").severity(s1.withChecklist(true, true)).build());
        assertEquals(Severity.S2, backupHelps.severity().orElseThrow());
        assertEquals("severity.rule.s1Checklist.earlierStateHelps", backupHelps.reasons().get(0).key());
        EntitlementDecision met = strictChecking.check(EntitlementRequest.builder(Channel.PORTAL, NOW1)
                .reporter("jdoe").customerNumber("C-9").severity(s1.withChecklist(true, false)).build());
        assertEquals(EntitlementDecision.Outcome.ENTITLED, met.outcome());
        assertEquals(Severity.S1, met.severity().orElseThrow());
        // a plan without the checklist takes S1 as asked
        EntitlementDecision basic = checking.check(EntitlementRequest.builder(Channel.PORTAL, NOW1).reporter("jdoe")
                .customerNumber("C-100").severity(s1).build());
        assertEquals("C-100", basic.customerNumber().orElseThrow());
        assertEquals(Severity.S1, basic.severity().orElseThrow());
    }
}
