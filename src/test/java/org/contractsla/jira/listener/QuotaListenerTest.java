package org.contractsla.jira.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryAccounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.jira.user.ContactMatching;
import org.junit.Before;
import org.junit.Test;

public class QuotaListenerTest {

    private static final QuotaWindow MAY = QuotaWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private InMemoryContracts contracts;
    private InMemoryPolicyStore policies;
    private QuotaQueue queue;
    private QuotaListener listener;
    private final List<Integer> pauses = new ArrayList<>();
    /** the issues whose clocks the queue asked to measure again */
    private final List<Long> remeasured = new ArrayList<>();
    private final org.contractsla.core.entitlement.InMemoryRequestDecisions decisions =
            new org.contractsla.core.entitlement.InMemoryRequestDecisions();

    @Before
    public void setUp() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("basic").channels(List.of(org.contractsla.core.policy.Channel.PORTAL))
                        .quota(CaseQuota.of(2, QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP", "HELP"));
        contracts = new InMemoryContracts();
        contracts.putOrganization(org.contractsla.core.contract.Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe")).build());
        contracts.add(Contract.builder("K-2", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("mmax")).build());
        policies = new InMemoryPolicyStore(policy);
        queue = queue(ledger, 100);
        listener = new QuotaListener(publisher, queue, policies, System::nanoTime);
    }

    private QuotaQueue queue(QuotaLedger over, int capacity) {
        return new QuotaQueue(new CountingRequests(policies::current, contracts, over, decisions),
                new ContactMatching(new InMemoryAccounts(), policies, contracts), capacity, pauses::add,
                remeasured::add);
    }

    /** The event as Jira fires it, then the worker's turn. */
    private void on(IssueEvent event) {
        listener.onIssueEvent(event);
        try {
            queue.drain();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static IssueEvent event(Long type, long id, String projectKey) {
        return event(type, id, projectKey, false);
    }

    private static IssueEvent event(Long type, long id, String projectKey, boolean subTask) {
        return event(type, id, projectKey, subTask, "jdoe", "2026-05-20T10:00:00Z");
    }

    /** @param at when the event happened (a move: when the issue was moved); created on 5 May */
    private static IssueEvent event(Long type, long id, String projectKey, boolean subTask, String reporterKey,
            String at) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getKey()).thenReturn(reporterKey);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-05-05T10:00:00Z")));
        when(issue.isSubTask()).thenReturn(subTask);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getTime()).thenReturn(java.util.Date.from(Instant.parse(at)));
        return event;
    }

    @Test
    public void shouldRegisterAndUnregister() {
        listener.afterPropertiesSet();
        listener.destroy();
        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    public void shouldBookAUnitForEachIssueCreatedInASupportProject() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_CREATED_ID, 2, "DEV")); // not a support project
        on(event(EventType.ISSUE_CREATED_ID, 3, "HELP"));
        on(event(EventType.ISSUE_CREATED_ID, 4, "SUP")); // the month's two units are taken
        assertEquals(2, ledger.used("K-1", MAY));
        // each decision taken has the request's clocks measured on it: the refused one too, not the other project's
        assertEquals(List.of(1L, 3L, 4L), remeasured);
        // a request created by e-mail or REST that its plan refuses is kept with the decision that says so: flagged,
        // with its reasons, never lost
        org.contractsla.core.entitlement.EntitlementDecision refused = decisions.byRequest("4").orElseThrow();
        assertEquals(org.contractsla.core.entitlement.EntitlementDecision.Handling.REJECT, refused.handling());
        assertFalse(refused.reasons().isEmpty());
        assertEquals(org.contractsla.core.entitlement.EntitlementDecision.Handling.UNDER_CONTRACT,
                decisions.byRequest("1").orElseThrow().handling());
        assertEquals(java.util.Optional.empty(), decisions.byRequest("2"));
    }

    @Test
    public void shouldGiveTheUnitBackWhenTheIssueIsDeleted() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_DELETED_ID, 1, "SUP"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldKeepTheUnitWhenMovedBetweenSupportProjects() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_MOVED_ID, 1, "HELP"));
        assertEquals(1, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_MOVED_ID, 1, "DEV"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookWhenMovedIntoASupportProjectAndAgainWhenMovedOutAndBack() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "DEV"));
        assertEquals(0, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_MOVED_ID, 1, "SUP")); // into support: a request now
        assertEquals(1, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_MOVED_ID, 1, "HELP")); // among support projects: still one
        assertEquals(1, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_MOVED_ID, 1, "DEV")); // out
        assertEquals(0, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_MOVED_ID, 1, "SUP")); // and back
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookARequestMovedInFromElsewhereInThePeriodOfTheMove() {
        // created in DEV in May, moved to support in June: June's unit, not May's
        on(event(EventType.ISSUE_CREATED_ID, 1, "DEV", false, "jdoe", "2026-05-05T10:00:00Z"));
        on(event(EventType.ISSUE_MOVED_ID, 1, "SUP", false, "jdoe", "2026-06-02T10:00:00Z"));
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(1, ledger.used("K-1", QuotaWindow.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1))));
    }

    @Test
    public void shouldKeepTheUnitAndItsContractWhenMovedAmongSupportProjects() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        // the reporter is now a contact of another contract: a move among support projects re-checks nothing
        on(event(EventType.ISSUE_MOVED_ID, 1, "HELP", false, "mmax", "2026-05-20T10:00:00Z"));
        assertEquals(1, ledger.used("K-1", MAY));
        assertEquals(0, ledger.used("K-2", MAY));
    }

    @Test
    public void shouldNeverBookForASubTask() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP", true));
        on(event(EventType.ISSUE_CREATED_ID, 2, "DEV", true));
        on(event(EventType.ISSUE_MOVED_ID, 2, "SUP", true)); // moved with its parent
        assertEquals(0, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_CREATED_ID, 3, "SUP")); // the request itself books
        assertEquals(1, ledger.used("K-1", MAY));
        // a sub-task that took a unit before sub-tasks were told apart gives it back when it moves
        ledger.claim("K-1", "4", LocalDate.of(2026, 5, 6), MAY, 2);
        on(event(EventType.ISSUE_MOVED_ID, 4, "DEV", true));
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldIgnoreOtherEvents() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_UPDATED_ID, 1, "DEV"));
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookNothingForARefusedRequestMovedAmongSupportProjects() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_CREATED_ID, 2, "SUP"));
        on(event(EventType.ISSUE_CREATED_ID, 3, "SUP")); // refused: May's two units are taken
        on(event(EventType.ISSUE_DELETED_ID, 1, "SUP")); // a unit is free again
        on(event(EventType.ISSUE_MOVED_ID, 3, "HELP")); // still the request that was refused
        assertEquals(1, ledger.used("K-1", MAY));
        assertFalse(ledger.holdsAny("3"));
    }

    @Test
    public void shouldMoveTheUnitWhenTheReporterChanges() {
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        on(event(EventType.ISSUE_UPDATED_ID, 1, "SUP")); // edited, same reporter: nothing moves
        assertEquals(1, ledger.used("K-1", MAY));
        on(event(EventType.ISSUE_UPDATED_ID, 1, "SUP", false, "mmax", "2026-05-21T10:00:00Z"));
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(1, ledger.used("K-2", MAY));
        on(event(EventType.ISSUE_UPDATED_ID, 1, "SUP", false, "nobody", "2026-05-22T10:00:00Z"));
        assertEquals(0, ledger.used("K-2", MAY)); // no contract takes it: the unit goes back
        assertEquals("nobody", ledger.check("1").get().reporterKey());
    }

    @Test
    public void shouldNeverTouchTheLedgerOnTheEventThread() {
        QuotaLedger failing = (QuotaLedger) java.lang.reflect.Proxy.newProxyInstance(QuotaLedger.class.getClassLoader(),
                new Class<?>[] {QuotaLedger.class}, (proxy, method, args) -> {
                    throw new AssertionError("ledger called on the event thread: " + method.getName());
                });
        queue = queue(failing, 100);
        listener = new QuotaListener(publisher, queue, policies, System::nanoTime);
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, 1, "SUP"));
        assertEquals(2, queue.waiting());
    }

    @Test
    public void shouldDropEventsOfOtherProjectsAtOnceAndNeverFailTheChange() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "DEV"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, 1, "DEV"));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, 1, "DEV"));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 2, "SUP", true)); // a sub-task
        assertEquals(0, queue.waiting());
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 3, "DEV")); // a move out may give a unit back
        assertEquals(1, queue.waiting());
        // a configuration that cannot be read loses the event (the reconciliation books it), never the change
        org.contractsla.core.policy.PolicyStore broken = (org.contractsla.core.policy.PolicyStore)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.contractsla.core.policy.PolicyStore.class}, (proxy, method, args) -> {
                            throw new org.contractsla.core.StorageUnavailableException("settings down", null);
                        });
        new QuotaListener(publisher, queue, broken, System::nanoTime).onIssueEvent(
                event(EventType.ISSUE_CREATED_ID, 4, "SUP"));
        assertEquals(1, queue.waiting());
    }

    @Test
    public void shouldLogAndDropWhatAFullQueueCannotTake() {
        queue = queue(ledger, 1);
        listener = new QuotaListener(publisher, queue, policies, System::nanoTime);
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 2, "SUP")); // no room: dropped, not waited for
        assertEquals(1, queue.waiting());
    }

    @Test
    public void shouldTryABusyStoreAgainAndGiveUpAfterTheLastAttempt() throws InterruptedException {
        int[] failures = {2};
        QuotaLedger flaky = (QuotaLedger) java.lang.reflect.Proxy.newProxyInstance(QuotaLedger.class.getClassLoader(),
                new Class<?>[] {QuotaLedger.class}, (proxy, method, args) -> {
                    if (method.getName().equals("claim") && failures[0]-- > 0) {
                        throw new org.contractsla.core.StorageUnavailableException("quota lock busy", null);
                    }
                    try {
                        return method.invoke(ledger, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        queue = queue(flaky, 100);
        listener = new QuotaListener(publisher, queue, policies, System::nanoTime);
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        assertEquals(1, ledger.used("K-1", MAY)); // booked at the third attempt
        assertEquals(List.of(1, 2), pauses);
        failures[0] = QuotaQueue.ATTEMPTS;
        on(event(EventType.ISSUE_CREATED_ID, 2, "SUP"));
        assertEquals(1, ledger.used("K-1", MAY));
        assertEquals(1, queue.failed());
        assertEquals(0, queue.waiting());
    }

    @Test
    public void shouldReadTheSupportProjectsAgainAfterAFewSeconds() {
        long[] now = {0};
        listener = new QuotaListener(publisher, queue, policies, () -> now[0]);
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "NEW"));
        policies.update(p -> p.withSupportProjects(Set.of("SUP", "HELP", "NEW")));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 2, "NEW"));
        assertEquals(0, queue.waiting()); // the projects read a moment ago
        now[0] += QuotaListener.SUPPORT_PROJECTS_TTL_NANOS;
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 3, "NEW"));
        assertEquals(1, queue.waiting());
    }

    @Test
    public void shouldKeepBookingForASupportProjectWhoseKeyWasChanged() {
        policies.update(p -> p.withSupportProjectIds(java.util.Map.of("SUP", 10000L)));
        IssueEvent created = event(EventType.ISSUE_CREATED_ID, 1, "SUPPORT"); // SUP renamed SUPPORT in Jira
        when(created.getIssue().getProjectObject().getId()).thenReturn(10000L);
        on(created);
        assertEquals(1, ledger.used("K-1", MAY));
        IssueEvent moved = event(EventType.ISSUE_MOVED_ID, 1, "SUPPORT"); // a move within the renamed project
        when(moved.getIssue().getProjectObject().getId()).thenReturn(10000L);
        on(moved);
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldNotBookACreationTheLedgerCountedAlready() {
        // an edit handled first on another node, or the reconciliation, counted it for its new reporter
        ledger.recordCheck("1", "mmax");
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookEvenWhenMatchingContactsFails() {
        org.contractsla.core.contract.Accounts down = (org.contractsla.core.contract.Accounts)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.contractsla.core.contract.Accounts.class}, (proxy, method, args) -> {
                            throw new org.contractsla.core.StorageUnavailableException("LDAP down", null);
                        });
        queue = new QuotaQueue(new CountingRequests(policies::current, contracts, ledger,
                new org.contractsla.core.entitlement.InMemoryRequestDecisions()),
                new ContactMatching(down, policies, contracts), 100, pauses::add, remeasured::add);
        listener = new QuotaListener(publisher, queue, policies, System::nanoTime);
        on(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        assertEquals(1, ledger.used("K-1", MAY));
        assertEquals(List.of(), pauses); // the booking's attempts were not spent on the directory
    }

    @Test
    public void shouldBookOnTheWorkerThreadAndStopItWithTheApp() throws Exception {
        queue.afterPropertiesSet();
        try {
            listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (ledger.used("K-1", MAY) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10); // waiting for the worker, not provoking a race
            }
            assertEquals(1, ledger.used("K-1", MAY));
        } finally {
            queue.destroy();
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("contract-sla-quota") && t.isAlive()));
    }
}
