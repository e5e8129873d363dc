package org.contractsla.jira.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.contractsla.core.SetClock;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.request.RecomputingClocks;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.jira.issue.IssueClocks;
import org.contractsla.jira.issue.JiraIssueActivity;
import org.junit.Test;

/**
 * The agents' clocks from end to end, each Jira service a Mockito mock of its stand-in: an issue event goes through
 * the listener and the queue to the worker, which rebuilds the clocks from the issue's history, keeps them and
 * reindexes the issue, and keeps the same result when nothing changed.
 */
public class ClockWorkerTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final long SUP_ID = 10L;
    private static final long DEV_ID = 20L;


    private final SetClock clock = new SetClock(CREATED);
    private final IssueManager issues = mock(IssueManager.class);
    private final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ApplicationRoleManager licences = mock(ApplicationRoleManager.class);
    private final IssueIndexingService indexing = mock(IssueIndexingService.class);
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final InMemoryClockRecords kept = new InMemoryClockRecords();
    private final List<Integer> pauses = new ArrayList<>();
    private final InMemoryPolicyStore policies = new InMemoryPolicyStore(Policy.of(
            List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)),
            List.of(Plan.builder("gold").goal(Metric.FIRST_RESPONSE, Severity.S3,
                    GoalDefinition.of(Duration.ofHours(8), "always", false)).build()), Set.of())
            .withSupportProjects(Set.of("SUP")));
    private final List<Comment> written = new ArrayList<>();
    private final ApplicationUser jdoe = user("jdoe", false);
    private final ApplicationUser agent = user("agent", true);
    private ClockQueue queue = queue(kept);
    private final ClockListener listener = new ClockListener(mock(EventPublisher.class), queue, policies,
            System::nanoTime, UnaryOperator.identity());

    private ClockQueue queue(ClockRecords records) {
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        RecomputingClocks recomputing = new RecomputingClocks(policies::current, FixedPublicHolidays.none(),
                contracts, new InMemoryQuotaLedger(), decisions, new InMemorySeverityChanges(), records);
        IssueClocks clocks = new IssueClocks(issues, new JiraIssueActivity(changes, comments, licences), indexing,
                recomputing, p -> p != null && "SUP".equals(p.getKey()) ? Optional.of("SUP") : Optional.empty(),
                id -> id == SUP_ID, clock);
        return new ClockQueue(clocks, 100, pauses::add);
    }

    private ApplicationUser user(String key, boolean licensed) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getKey()).thenReturn(key);
        when(u.isActive()).thenReturn(true);
        when(licences.hasAnyRole(u)).thenReturn(licensed);
        return u;
    }

    private MutableIssue issue(long id, String projectKey) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Status open = mock(Status.class);
        when(open.getName()).thenReturn("Open");
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(projectKey + "-" + id);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getReporter()).thenReturn(jdoe);
        when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(issue.getStatus()).thenReturn(open);
        when(comments.getComments(issue)).thenReturn(written);
        when(issues.getIssueObject(id)).thenReturn(issue);
        return issue;
    }

    private static IssueEvent event(Long type, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    /** The event as Jira fires it at that instant, then the worker's turn. */
    private void on(Long type, Issue issue, Instant at) throws InterruptedException {
        clock.now = at;
        listener.onIssueEvent(event(type, issue));
        queue.drain();
    }

    private ClockRecord response(long id) {
        return kept.byRequest(String.valueOf(id)).get(Metric.FIRST_RESPONSE);
    }

    private void answer(Instant at) {
        Comment c = mock(Comment.class);
        when(c.getCreated()).thenReturn(Date.from(at));
        when(c.getAuthorApplicationUser()).thenReturn(agent);
        when(c.getRoleLevelId()).thenReturn(null); // public (a mock would say role 0)
        written.add(c);
    }

    @Test
    public void shouldMeasureKeepAndReindexOnAnEventAndKeepTheSameResultWhenNothingChanged() throws Exception {
        MutableIssue issue = issue(10001, "SUP");
        decisions.keep("10001", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        on(EventType.ISSUE_CREATED_ID, issue, CREATED.plusSeconds(60));
        assertEquals("RUNNING", response(10001).state());
        assertEquals(CREATED.plusSeconds(8 * 3600), response(10001).due());
        verify(indexing, times(1)).reIndex(issue);

        Map<Metric, ClockRecord> first = kept.byRequest("10001");
        on(EventType.ISSUE_UPDATED_ID, issue, CREATED.plusSeconds(7200)); // an edit that changes no clock
        assertEquals("the same result the second time", first, kept.byRequest("10001"));
        verify(indexing, times(1)).reIndex(issue);

        assertTrue(queue.remeasure(10001)); // the severity was set: its field's value changes, whatever the clocks do
        queue.drain();
        verify(indexing, times(2)).reIndex(issue);
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, issue));
        assertTrue(queue.remeasure(10001)); // waiting already: it is reindexed when its turn comes
        queue.drain();
        verify(indexing, times(3)).reIndex(issue);

        answer(CREATED.plusSeconds(3 * 3600));
        on(EventType.ISSUE_COMMENTED_ID, issue, CREATED.plusSeconds(3 * 3600));
        assertEquals("MET", response(10001).state());
        assertEquals(CREATED.plusSeconds(3 * 3600), response(10001).stoppedAt());
        verify(indexing, times(4)).reIndex(issue);
    }

    @Test
    public void shouldRecomputeAnIssueOnceForEventsThatCameBeforeTheWorkerGotToIt() throws Exception {
        MutableIssue issue = issue(10002, "SUP");
        for (Long type : List.of(EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID,
                EventType.ISSUE_COMMENTED_ID)) {
            listener.onIssueEvent(event(type, issue));
        }
        assertEquals(1, queue.waiting());
        queue.drain();
        verify(issues, times(1)).getIssueObject(10002L);
        assertEquals("checked as of receipt without a kept decision: the reporter's contract",
                CREATED.plusSeconds(8 * 3600), response(10002).due());
    }

    @Test
    public void shouldForgetTheClocksOfAnIssueThatWasDeletedOrMovedOutOrBecameASubTask() throws Exception {
        MutableIssue deleted = issue(10003, "SUP");
        on(EventType.ISSUE_CREATED_ID, deleted, CREATED);
        assertTrue(kept.byRequest("10003").size() > 0);
        when(issues.getIssueObject(10003L)).thenReturn(null);
        on(EventType.ISSUE_DELETED_ID, deleted, CREATED.plusSeconds(60));
        assertTrue(kept.byRequest("10003").isEmpty());

        MutableIssue moved = issue(10004, "SUP");
        on(EventType.ISSUE_CREATED_ID, moved, CREATED);
        MutableIssue inDev = issue(10004, "DEV");
        on(EventType.ISSUE_MOVED_ID, inDev, CREATED.plusSeconds(60));
        assertTrue("moved out of the support projects", kept.byRequest("10004").isEmpty());
        verify(indexing, times(1)).reIndex(inDev); // its due instant leaves the index too
        on(EventType.ISSUE_MOVED_ID, inDev, CREATED.plusSeconds(120));
        verify(indexing, times(1)).reIndex(inDev); // nothing left to drop

        MutableIssue sub = issue(10005, "SUP");
        on(EventType.ISSUE_CREATED_ID, sub, CREATED);
        when(sub.isSubTask()).thenReturn(true);
        on(EventType.ISSUE_UPDATED_ID, sub, CREATED.plusSeconds(60));
        assertTrue("turned into a sub-task", kept.byRequest("10005").isEmpty());
    }

    @Test
    public void shouldStartTheClocksOfAnIssueMovedIntoASupportProjectAtTheMove() throws Exception {
        MutableIssue moved = issue(10011, "SUP");
        decisions.keep("10011", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        // created in DEV a week before and answered there, moved into SUP; a later change item that names no
        // support project changes nothing
        when(moved.getCreated()).thenReturn(Timestamp.from(CREATED.minusSeconds(7 * 86_400)));
        com.atlassian.jira.issue.history.ChangeItemBean in = mock(com.atlassian.jira.issue.history.ChangeItemBean.class);
        when(in.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(in.getFrom()).thenReturn(String.valueOf(DEV_ID));
        when(in.getTo()).thenReturn(String.valueOf(SUP_ID));
        com.atlassian.jira.issue.history.ChangeItemBean garbage =
                mock(com.atlassian.jira.issue.history.ChangeItemBean.class);
        when(garbage.getCreated()).thenReturn(Timestamp.from(CREATED.plusSeconds(60)));
        when(garbage.getFrom()).thenReturn("not an id");
        when(garbage.getTo()).thenReturn(String.valueOf(DEV_ID));
        when(changes.getChangeItemsForField(moved, "project")).thenReturn(List.of(in, garbage));
        answer(CREATED.minusSeconds(86_400)); // in DEV: it answered no support request
        on(EventType.ISSUE_MOVED_ID, moved, CREATED.plusSeconds(2 * 3600));
        assertEquals("8 h from the move, not from the creation a week before", CREATED.plusSeconds(8 * 3600),
                response(10011).due());
        assertEquals("RUNNING", response(10011).state());
    }

    @Test
    public void shouldIgnoreEventsOutsideTheSupportProjectsButMoves() {
        MutableIssue dev = issue(10006, "DEV");
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, dev));
        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, dev));
        assertEquals(0, queue.waiting());
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, dev));
        assertEquals(1, queue.waiting());
        MutableIssue broken = mock(MutableIssue.class);
        when(broken.getId()).thenReturn(10007L);
        when(broken.getProjectObject()).thenThrow(new IllegalStateException("no project"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, broken)); // the change goes through
        assertEquals(1, queue.waiting());
    }

    @Test
    public void shouldTryAgainWhileTheStoreIsUnavailableAndKeepTheRecordsWhenTheReindexFails() throws Exception {
        int[] failures = {2};
        ClockRecords flaky = (ClockRecords) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ClockRecords.class}, (proxy, method, args) -> {
                    if (method.getName().equals("replace") && failures[0]-- > 0) {
                        throw new StorageUnavailableException("database busy", null);
                    }
                    return method.invoke(kept, args);
                });
        queue = queue(flaky);
        ClockListener over = new ClockListener(mock(EventPublisher.class), queue, policies, System::nanoTime,
                UnaryOperator.identity());
        MutableIssue issue = issue(10008, "SUP");
        doThrow(new IndexException("index locked")).when(indexing).reIndex(any());
        over.onIssueEvent(event(EventType.ISSUE_CREATED_ID, issue));
        queue.drain();
        assertEquals(List.of(1, 2), pauses);
        assertEquals("RUNNING", response(10008).state());
        assertEquals(0, queue.failed());
        verify(indexing, times(1)).reIndex(issue);
    }

    @Test
    public void shouldGiveUpAfterTheLastAttemptAndRefuseIssuesBeyondItsCapacity() throws Exception {
        ClockRecords down = mock(ClockRecords.class);
        when(down.byRequest(any())).thenThrow(new StorageUnavailableException("database down", null));
        when(down.replace(any(), any())).thenThrow(new StorageUnavailableException("database down", null));
        queue = queue(down);
        issue(10009, "SUP");
        assertTrue(queue.offer(10009));
        queue.drain();
        assertEquals(ClockQueue.ATTEMPTS - 1, pauses.size());
        assertEquals(1, queue.failed());
        verify(indexing, never()).reIndex(any());
        for (long id = 1; id <= 100; id++) {
            assertTrue(queue.offer(id));
        }
        assertFalse("full", queue.offer(101));
        assertTrue("waiting already", queue.offer(100));
    }

    @Test
    public void shouldMeasureOnItsOwnThreadAndStopCleanly() throws Exception {
        issue(10010, "SUP");
        queue.afterPropertiesSet();
        try {
            assertTrue(queue.remeasure(10010));
            long until = System.nanoTime() + 10_000_000_000L;
            while (kept.byRequest("10010").isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5); // the worker thread's turn: no timing is asserted, only that it comes
            }
            assertEquals("RUNNING", response(10010).state());
        } finally {
            queue.destroy();
        }
        Thread worker = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("contract-sla-clocks")).findFirst().orElse(null);
        assertTrue("the worker stopped", worker == null || !worker.isAlive());
    }
}
