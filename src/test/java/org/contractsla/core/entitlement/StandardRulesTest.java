package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.ContractStatus;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.ContactLimit;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;
import org.junit.Test;

/** Each standard rule with a case that passes and one that does not. */
public class StandardRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 2026-03-10, 10:00 in Berlin */
    private static final Instant NOW1 = Instant.parse("2026-03-10T09:00:00Z");

    private static final Plan BASIC = Plan.builder("basic")
            .goal(Metric.FIRST_RESPONSE, Severity.S3, GoalDefinition.of(Duration.ofHours(12), "office", false))
            .covers(List.of(Severity.S3, Severity.S4)).channels(List.of(Channel.PORTAL))
            .quota(CaseQuota.of(10, QuotaPeriod.QUARTER)).contacts(ContactLimit.between(1, 1)).build();
    private static final Plan GATED = Plan.builder("maintenance").productionGate(ProductionGate.Action.DOWNGRADE)
            .build();

    private static final Contract ACME = Contract.builder("C-100", "acme", "basic", LocalDate.of(2025, 6, 1))
            .contacts(List.of("jdoe", "Ops@Acme.example")).build(); // ends 2026-06-01, two contacts

    private static EntitlementRequest.Builder request() {
        return EntitlementRequest.builder(Channel.PORTAL, NOW1).reporter("jdoe");
    }

    private static EntitlementFacts facts(EntitlementRequest r, Contract c, Plan p, int used) {
        QuotaWindow window = p.quota().period().map(q -> q.windowOf(r.at().atZone(BERLIN).toLocalDate(), c.start(),
                c.end())).orElse(null);
        return EntitlementFacts.of(r, c, p, BERLIN, window, used, null);
    }

    private static List<Finding> run(StandardRules rule, EntitlementFacts facts) {
        return rule.check(facts, List.of());
    }

    @Test
    public void shouldBlockWithoutContractNamingTheQuotedNumber() {
        EntitlementRequest quoted = request().customerNumber("C-999").build();
        assertEquals(List.of(Finding.blocks("entitlement.contract.unknown", "C-999")),
                run(StandardRules.CONTRACT_FOUND, EntitlementFacts.withoutContract(quoted, BERLIN, null)));
        assertEquals(List.of(Finding.blocks("entitlement.contract.none")),
                run(StandardRules.CONTRACT_FOUND, EntitlementFacts.withoutContract(request().build(), BERLIN, null)));
        assertEquals(List.of(), run(StandardRules.CONTRACT_FOUND, facts(request().build(), ACME, BASIC, 0)));
    }

    @Test
    public void shouldBlockContractsNotInForce() {
        EntitlementRequest r = request().build();
        assertEquals(List.of(), run(StandardRules.CONTRACT_IN_FORCE, facts(r, ACME, BASIC, 0)));
        // suspended by an admin
        assertEquals(List.of(Finding.blocks("entitlement.contract.suspended", "C-100")), run(StandardRules.CONTRACT_IN_FORCE,
                facts(r, ACME.toBuilder().status(ContractStatus.SUSPENDED).build(), BASIC, 0)));
        // starts next month
        Contract future = ACME.toBuilder().end(null).build();
        Contract later = Contract.builder("C-100", "acme", "basic", LocalDate.of(2026, 4, 1)).build();
        assertEquals(List.of(Finding.blocks("entitlement.contract.notStarted", "C-100", LocalDate.of(2026, 4, 1))),
                run(StandardRules.CONTRACT_IN_FORCE, facts(r, later, BASIC, 0)));
        // the term ended on 9 March (end is exclusive: 10 March is the first day without cover)
        Contract ended = future.toBuilder().end(LocalDate.of(2026, 3, 10)).build();
        assertEquals(List.of(Finding.blocks("entitlement.contract.expired", "C-100", LocalDate.of(2026, 3, 9))),
                run(StandardRules.CONTRACT_IN_FORCE, facts(r, ended, BASIC, 0)));
        // marked expired although the term runs
        assertEquals(List.of(Finding.blocks("entitlement.contract.expired", "C-100", LocalDate.of(2026, 5, 31))),
                run(StandardRules.CONTRACT_IN_FORCE, facts(r, ACME.toBuilder().status(ContractStatus.EXPIRED).build(),
                        BASIC, 0)));
    }

    @Test
    public void shouldAuthorizeContactsByUserKeyOrTheAccountTheirAddressWasMatchedTo() {
        assertEquals(List.of(), run(StandardRules.REPORTER_AUTHORIZED, facts(request().build(), ACME, BASIC, 0)));
        Contract matched = ACME.withContact(Contact.resolved("OPS@acme.EXAMPLE", "JIRAUSER10300"));
        EntitlementRequest owner = EntitlementRequest.builder(Channel.EMAIL, NOW1).reporter("JIRAUSER10300").build();
        assertEquals(List.of(), run(StandardRules.REPORTER_AUTHORIZED, facts(owner, matched, BASIC, 0)));
        // an address not matched to an account authorizes nobody, not even a user whose key looks like it
        EntitlementRequest addressAsKey = EntitlementRequest.builder(Channel.EMAIL, NOW1).reporter("ops@acme.example")
                .build();
        assertEquals(List.of(Finding.blocks("entitlement.reporter.notAuthorized", "C-100")),
                run(StandardRules.REPORTER_AUTHORIZED, facts(addressAsKey, ACME, BASIC, 0)));
        EntitlementRequest stranger = EntitlementRequest.builder(Channel.PORTAL, NOW1).reporter("mallory").build();
        assertEquals(List.of(Finding.blocks("entitlement.reporter.notAuthorized", "C-100")),
                run(StandardRules.REPORTER_AUTHORIZED, facts(stranger, matched, BASIC, 0)));
    }

    @Test
    public void shouldWarnWhenMoreContactsAreRegisteredThanThePlanAllows() {
        assertEquals(List.of(Finding.warns("entitlement.contacts.tooMany", 2, 1)),
                run(StandardRules.CONTACTS_WITHIN_PLAN, facts(request().build(), ACME, BASIC, 0)));
        assertEquals(List.of(), run(StandardRules.CONTACTS_WITHIN_PLAN, facts(request().build(), ACME, GATED, 0)));
    }

    @Test
    public void shouldBlockAUsedUpQuotaAndWarnFromEightyPercent() {
        EntitlementRequest r = request().build();
        // 6 used: this one is the 7th of 10, below 80 %
        assertEquals(List.of(), run(StandardRules.QUOTA_LEFT, facts(r, ACME, BASIC, 6)));
        // 7 used: this one is the 8th of 10
        assertEquals(List.of(Finding.warns("entitlement.quota.nearlyUsed", 8, 10, LocalDate.of(2026, 3, 31))),
                run(StandardRules.QUOTA_LEFT, facts(r, ACME, BASIC, 7)));
        // all 10 of the first quarter used
        assertEquals(List.of(Finding.blocks("entitlement.quota.usedUp", 10, 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31))), run(StandardRules.QUOTA_LEFT, facts(r, ACME, BASIC, 10)));
        // unlimited plans never count
        assertEquals(List.of(), run(StandardRules.QUOTA_LEFT, facts(r, ACME, GATED, 10_000)));
    }

    @Test
    public void shouldBlockChannelsThePlanDoesNotTake() {
        EntitlementRequest phone = EntitlementRequest.builder(Channel.PHONE, NOW1).reporter("jdoe").build();
        assertEquals(List.of(Finding.blocks("entitlement.channel.notCovered", "channel.phone")),
                run(StandardRules.CHANNEL_COVERED, facts(phone, ACME, BASIC, 0)));
        assertEquals(List.of(), run(StandardRules.CHANNEL_COVERED, facts(request().build(), ACME, BASIC, 0)));
        // an issue created without the request form: the channel is not known, so the rule has nothing to say
        EntitlementRequest unknown = EntitlementRequest.builderWithoutChannel(NOW1).reporter("jdoe").build();
        assertEquals(List.of(), run(StandardRules.CHANNEL_COVERED, facts(unknown, ACME, BASIC, 0)));
    }

    @Test
    public void shouldBlockSeveritiesThePlanDoesNotCover() {
        EntitlementRequest s2 = request().severity(SeverityProposal.of(Severity.S2, Environment.PRODUCTION)).build();
        assertEquals(List.of(Finding.blocks("entitlement.severity.notCovered", "S2")),
                run(StandardRules.SEVERITY_COVERED, facts(s2, ACME, BASIC, 0)));
        EntitlementRequest s3 = request().severity(SeverityProposal.of(Severity.S3, Environment.PRODUCTION)).build();
        assertEquals(List.of(), run(StandardRules.SEVERITY_COVERED, facts(s3, ACME, BASIC, 0)));
    }

    @Test
    public void shouldJudgeTheSeverityLeftAfterTheProductionGate() {
        Plan gatedBasic = Plan.builder("basic").covers(List.of(Severity.S3, Severity.S4))
                .productionGate(ProductionGate.Action.DOWNGRADE).build();
        EntitlementRequest s1Test = request().severity(SeverityProposal.of(Severity.S1, Environment.TEST)).build();
        // lowered to S3, which the plan covers: a warning, no block
        assertEquals(List.of(Finding.warns("severity.rule.productionGate.downgraded", "S1", "environment.test")),
                run(StandardRules.PRODUCTION_GATE, facts(s1Test, ACME, gatedBasic, 0)));
        assertEquals(List.of(), run(StandardRules.SEVERITY_COVERED, facts(s1Test, ACME, gatedBasic, 0)));
        // production: the gate lets it through
        EntitlementRequest s1Prod = request().severity(SeverityProposal.of(Severity.S1, Environment.PRODUCTION)).build();
        assertEquals(List.of(), run(StandardRules.PRODUCTION_GATE, facts(s1Prod, ACME, gatedBasic, 0)));
        // a rejecting gate blocks
        Plan rejecting = Plan.builder("strict").productionGate(ProductionGate.Action.REJECT).build();
        assertEquals(List.of(Finding.blocks("severity.rule.productionGate.rejected", "S1", "environment.test")),
                run(StandardRules.PRODUCTION_GATE, facts(s1Test, ACME, rejecting, 0)));
    }

    @Test
    public void shouldWarnWhenTheContractEndsWithinThirtyDays() {
        Contract endsSoon = ACME.toBuilder().end(LocalDate.of(2026, 4, 10)).build(); // last day 9 April: 30 days on
        assertEquals(List.of(Finding.warns("entitlement.contract.endingSoon", LocalDate.of(2026, 4, 9), 30L)),
                run(StandardRules.CONTRACT_ENDING_SOON, facts(request().build(), endsSoon, BASIC, 0)));
        Contract endsToday = ACME.toBuilder().end(LocalDate.of(2026, 3, 11)).build();
        assertEquals(List.of(Finding.warns("entitlement.contract.endingSoon", LocalDate.of(2026, 3, 10), 0L)),
                run(StandardRules.CONTRACT_ENDING_SOON, facts(request().build(), endsToday, BASIC, 0)));
        Contract endsLater = ACME.toBuilder().end(LocalDate.of(2026, 4, 11)).build(); // 31 days
        assertEquals(List.of(), run(StandardRules.CONTRACT_ENDING_SOON, facts(request().build(), endsLater, BASIC, 0)));
    }

    @Test
    public void shouldOfferAnEmergencyCallOnlyWhenSomethingBlocks() {
        EntitlementRequest r = request().build();
        EntitlementFacts withPack = EntitlementFacts.withoutContract(r, BERLIN,
                new EntitlementFacts.IncidentPack("C-EC-1", 1));
        List<Finding> blocked = List.of(Finding.blocks("entitlement.contract.none"));
        assertEquals(List.of(Finding.informs("entitlement.emergencyCall.available", "C-EC-1", 1)),
                StandardRules.EMERGENCY_CALL_AVAILABLE.check(withPack, blocked));
        assertEquals(List.of(), StandardRules.EMERGENCY_CALL_AVAILABLE.check(withPack, List.of()));
        assertEquals(List.of(), StandardRules.EMERGENCY_CALL_AVAILABLE.check(
                EntitlementFacts.withoutContract(r, BERLIN, null), blocked));
    }

    @Test
    public void shouldAddFindingsUpToTheThreeOutcomes() {
        assertEquals(EntitlementDecision.Outcome.ENTITLED, EntitlementDecision.from(List.of(
                Finding.informs("x")), false, null, null, null).outcome());
        assertEquals(EntitlementDecision.Outcome.ENTITLED_WITH_WARNINGS, EntitlementDecision.from(List.of(
                Finding.warns("x")), false, null, null, null).outcome());
        EntitlementDecision billable = EntitlementDecision.from(List.of(Finding.warns("x"), Finding.blocks("y")), true,
                "C-1", "emergency-call", null);
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, billable.outcome());
        assertEquals(EntitlementDecision.Handling.BILLABLE, billable.handling());
        assertEquals(EntitlementDecision.Handling.REJECT, EntitlementDecision.from(List.of(Finding.blocks("y")), false,
                null, null, null).handling());
    }
}
