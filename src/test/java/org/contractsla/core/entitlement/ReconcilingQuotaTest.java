package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.ReconcilingQuota.SupportRequest;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.Before;
import org.junit.Test;

public class ReconcilingQuotaTest {

    private static final QuotaWindow MAY = QuotaWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    private static final Instant NOW = Instant.parse("2026-05-31T02:40:00Z");

    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final ListedSupportRequests jira = new ListedSupportRequests();
    /** the issues of every project as Jira holds them now */
    private final List<SupportRequest> issues = jira.all;
    private Policy policy;
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private CountingRequests counting;
    private ReconcilingQuota reconciling;

    @Before
    public void setUp() {
        policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("basic").channels(List.of(Channel.PORTAL))
                        .quota(CaseQuota.of(2, QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP", "HELP"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe")).build());
        contracts.add(Contract.builder("K-2", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("mmax")).build());
        counting = new CountingRequests(() -> policy, contracts, ledger, decisions);
        reconciling = new ReconcilingQuota(() -> policy, contracts, ledger, jira, decisions);
    }

    private SupportRequest issue(int id, String project, String reporter, String created, boolean subTask) {
        SupportRequest r = new SupportRequest(String.valueOf(id), project + "-" + id, project, reporter,
                Instant.parse(created), subTask);
        issues.removeIf(o -> o.id().equals(r.id()));
        issues.add(r);
        return r;
    }

    private SupportRequest opened(int id, String reporter, String created) {
        SupportRequest r = issue(id, "SUP", reporter, created, false);
        counting.opened(r.id(), r.projectKey(), r.reporterKey(), r.received());
        return r;
    }

    @Test
    public void shouldTakeTheLedgerOverOnTheFirstRunWithoutBookingWhatItDidNotKnow() {
        // requests from before checks were recorded: one booked, one refused back then (not known now)
        ledger.claim("K-1", "1", LocalDate.of(2026, 5, 3), MAY, 2);
        issue(1, "SUP", "jdoe", "2026-05-03T09:00:00Z", false);
        issue(2, "SUP", "jdoe", "2026-05-04T09:00:00Z", false);
        ReconcilingQuota.Report first = reconciling.reconcile(NOW);
        assertTrue(first.adopted());
        assertEquals(0, first.booked().count());
        assertEquals(1, ledger.used("K-1", MAY));
        assertTrue(ledger.check("2").isPresent());
        assertEquals(Optional.of(NOW), ledger.adoptedAt());
        ReconcilingQuota.Report second = reconciling.reconcile(NOW.plusSeconds(86_400));
        assertFalse(second.adopted());
        assertFalse(second.repairedAnything());
        assertEquals(Optional.of(NOW), ledger.adoptedAt());
    }

    @Test
    public void shouldBookLostCreationsInOrderOfReceiptAndRepairNothingTheSecondTime() {
        reconciling.reconcile(Instant.parse("2026-05-01T02:40:00Z")); // takes the empty ledger over
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        // two creations whose events were lost, the later one listed first
        issue(3, "SUP", "jdoe", "2026-05-12T09:00:00Z", false);
        issue(2, "HELP", "jdoe", "2026-05-11T09:00:00Z", false);
        ReconcilingQuota.Report report = reconciling.reconcile(Instant.parse("2026-05-13T02:40:00Z"));
        assertEquals(List.of("HELP-2"), report.booked().keys());
        assertEquals(List.of("SUP-3"), report.refused().keys()); // the month had two units
        assertTrue(ledger.holdsAny("2"));
        assertFalse(ledger.holdsAny("3"));
        assertTrue("the clocks of a healed request run on its decision", decisions.byRequest("2").isPresent());
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, decisions.byRequest("3").orElseThrow().outcome());
        assertEquals(3, report.requests());
        assertFalse(reconciling.reconcile(NOW).repairedAnything());
    }

    @Test
    public void shouldTakeAnUnknownRequestOlderThanTheHealingWindowAsItIs() {
        reconciling.reconcile(Instant.parse("2026-04-01T02:40:00Z"));
        // HELP became a support project today; its issue of 2 May was never a support request when received
        issue(4, "HELP", "jdoe", "2026-05-02T09:00:00Z", false);
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertEquals(0, report.booked().count());
        assertFalse(ledger.holdsAny("4"));
        assertTrue(ledger.check("4").isPresent()); // counted now: an edit or a move among support projects books nothing
        assertEquals(java.util.Optional.empty(), counting.updated("4", "HELP", "jdoe", NOW));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldKeepTheUnitOfARequestMovedWhileTheRunWentThroughTheProjects() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        ListedSupportRequests racing = new ListedSupportRequests() {
            @Override
            public void forEach(Policy p, java.util.function.Consumer<SupportRequest> each) {
                // SUP-1 is moved to HELP after HELP was read and before SUP is: the run sees it in neither
                all.removeIf(r -> r.id().equals("1"));
                all.add(new SupportRequest("1", "HELP-1", "HELP", "jdoe", Instant.parse("2026-05-10T09:00:00Z"), false));
            }
        };
        racing.all.addAll(issues);
        ReconcilingQuota.Report report = new ReconcilingQuota(() -> policy, contracts, ledger, racing, decisions).reconcile(NOW);
        assertEquals(0, report.released().count());
        assertTrue(ledger.holdsAny("1"));
    }

    @Test
    public void shouldGiveBackTheUnitsOfAContractThatIsGone() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        opened(2, "mmax", "2026-05-10T09:00:00Z");
        contracts.remove("K-1"); // its units were not given back (a failure after the deletion)
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertEquals(List.of("1"), report.released().keys());
        assertFalse(ledger.holdsAny("1"));
        assertTrue(ledger.check("1").isPresent()); // still counted once: no later run books it anew
        assertTrue(ledger.holdsAny("2"));
        assertFalse(reconciling.reconcile(NOW).repairedAnything());
    }

    @Test
    public void shouldTakeAUnitBookedBeforeChecksWereRecordedWithItsReporterAsItIs() {
        ledger.claim("K-1", "7", LocalDate.of(2026, 5, 10), MAY, 2); // no check recorded: an older release booked it
        assertEquals(Optional.empty(), counting.updated("7", "SUP", "jdoe", Instant.parse("2026-05-10T09:00:00Z")));
        assertEquals("jdoe", ledger.check("7").get().reporterKey());
        assertTrue(ledger.holdsAny("7"));
    }

    @Test
    public void shouldTouchNothingWithoutSupportProjects() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        policy = policy.withSupportProjects(Set.of());
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertFalse(report.repairedAnything());
        assertTrue(ledger.holdsAny("1"));
        assertFalse(ledger.adoptedAt().isPresent());
    }

    @Test
    public void shouldGiveBackTheUnitsOfRequestsThatAreGone() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        opened(2, "jdoe", "2026-05-11T09:00:00Z");
        opened(3, "mmax", "2026-05-11T09:00:00Z");
        issues.removeIf(r -> r.id().equals("1")); // deleted while the listener was down
        issue(2, "DEV", "jdoe", "2026-05-11T09:00:00Z", false); // moved out of the support projects
        issue(3, "SUP", "mmax", "2026-05-11T09:00:00Z", true); // turned into a sub-task
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertEquals(List.of("1", "2", "3"), report.released().keys());
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(0, ledger.used("K-2", MAY));
        assertEquals(Set.of(), ledger.requestIds());
        for (String id : List.of("1", "2", "3")) {
            assertTrue("their decisions are forgotten: " + id, decisions.byRequest(id).isEmpty());
        }
    }

    @Test
    public void shouldCheckAgainARequestWhoseReporterChanged() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        issue(1, "SUP", "mmax", "2026-05-10T09:00:00Z", false); // the reporter was changed, the event lost
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertEquals(List.of("SUP-1"), report.rechecked().keys());
        assertTrue(report.repairedAnything()); // a re-check alone is a repair
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(1, ledger.used("K-2", MAY));
    }

    @Test
    public void shouldGiveBackTheUnitsOfAProjectNoLongerNamedASupportProject() {
        opened(1, "jdoe", "2026-05-10T09:00:00Z");
        issue(2, "HELP", "jdoe", "2026-05-11T09:00:00Z", false);
        counting.opened("2", "HELP", "jdoe", Instant.parse("2026-05-11T09:00:00Z"));
        policy = policy.withSupportProjects(Set.of("SUP")); // HELP deleted, or no longer a support project
        ReconcilingQuota.Report report = reconciling.reconcile(NOW);
        assertEquals(List.of("2"), report.released().keys());
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldMoveTheUnitWhenTheQuotedCustomerNumberChanges() {
        contracts.replace(contracts.byCustomerNumber("K-2").get().toBuilder()
                .contact(org.contractsla.core.contract.Contact.parse("jdoe")).build()); // jdoe may quote both
        counting.opened("1", "SUP", "jdoe", "K-1", Instant.parse("2026-05-10T09:00:00Z"));
        assertEquals(1, ledger.used("K-1", MAY));
        assertEquals("K-1", ledger.check("1").get().customerNumber());
        // an edit that does not say which number it quotes leaves it as it was
        assertEquals(Optional.empty(), counting.updated("1", "SUP", "jdoe", null, Instant.parse("2026-05-10T09:00:00Z")));
        assertTrue(counting.updated("1", "SUP", "jdoe", "K-2", Instant.parse("2026-05-10T09:00:00Z")).isPresent());
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(1, ledger.used("K-2", MAY));
        assertEquals("K-2", ledger.check("1").get().customerNumber());
        // a number the reporter is no contact of takes no unit
        counting.updated("1", "SUP", "jdoe", "K-404", Instant.parse("2026-05-10T09:00:00Z"));
        assertEquals(0, ledger.used("K-2", MAY));
    }

    @Test
    public void shouldCallAnyOneKindOfChangeARepair() {
        ReconcilingQuota.Listed none = new ReconcilingQuota.Listed(0, List.of());
        ReconcilingQuota.Listed one = new ReconcilingQuota.Listed(1, List.of("SUP-1"));
        assertFalse(new ReconcilingQuota.Report(NOW, true, 3, none, none, none, none).repairedAnything());
        assertTrue(new ReconcilingQuota.Report(NOW, false, 3, one, none, none, none).repairedAnything());
        assertTrue(new ReconcilingQuota.Report(NOW, false, 3, none, one, none, none).repairedAnything());
        assertTrue(new ReconcilingQuota.Report(NOW, false, 3, none, none, one, none).repairedAnything());
        assertTrue(new ReconcilingQuota.Report(NOW, false, 3, none, none, none, one).repairedAnything());
    }
}
