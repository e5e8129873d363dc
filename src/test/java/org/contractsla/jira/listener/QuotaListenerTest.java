package org.contractsla.jira.listener;

import static org.junit.Assert.assertEquals;
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
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryAccounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
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
    private QuotaListener listener;

    @Before
    public void setUp() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("basic").channels(List.of(org.contractsla.core.policy.Channel.PORTAL))
                        .quota(CaseQuota.of(2, QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP", "HELP"));
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(org.contractsla.core.contract.Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe")).build());
        contracts.add(Contract.builder("K-2", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("mmax")).build());
        InMemoryPolicyStore policies = new InMemoryPolicyStore(policy);
        listener = new QuotaListener(publisher, ledger, contracts, policies,
                new ContactMatching(new InMemoryAccounts(), policies, contracts));
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
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 2, "DEV")); // not a support project
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 3, "HELP"));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 4, "SUP")); // the month's two units are taken
        assertEquals(2, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldGiveTheUnitBackWhenTheIssueIsDeleted() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, 1, "SUP"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldKeepTheUnitWhenMovedBetweenSupportProjects() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "HELP"));
        assertEquals(1, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "DEV"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookWhenMovedIntoASupportProjectAndAgainWhenMovedOutAndBack() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "DEV"));
        assertEquals(0, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "SUP")); // into support: a request now
        assertEquals(1, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "HELP")); // among support projects: still one
        assertEquals(1, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "DEV")); // out
        assertEquals(0, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "SUP")); // and back
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldBookARequestMovedInFromElsewhereInThePeriodOfTheMove() {
        // created in DEV in May, moved to support in June: June's unit, not May's
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "DEV", false, "jdoe", "2026-05-05T10:00:00Z"));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "SUP", false, "jdoe", "2026-06-02T10:00:00Z"));
        assertEquals(0, ledger.used("K-1", MAY));
        assertEquals(1, ledger.used("K-1", QuotaWindow.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1))));
    }

    @Test
    public void shouldKeepTheUnitAndItsContractWhenMovedAmongSupportProjects() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        // the reporter is now a contact of another contract: a move among support projects re-checks nothing
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 1, "HELP", false, "mmax", "2026-05-20T10:00:00Z"));
        assertEquals(1, ledger.used("K-1", MAY));
        assertEquals(0, ledger.used("K-2", MAY));
    }

    @Test
    public void shouldNeverBookForASubTask() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP", true));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 2, "DEV", true));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 2, "SUP", true)); // moved with its parent
        assertEquals(0, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 3, "SUP")); // the request itself books
        assertEquals(1, ledger.used("K-1", MAY));
        // a sub-task that took a unit before sub-tasks were told apart gives it back when it moves
        ledger.claim("K-1", "4", LocalDate.of(2026, 5, 6), MAY, 2);
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, 4, "DEV", true));
        assertEquals(1, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldIgnoreOtherEvents() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, 1, "SUP"));
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, 1, "DEV"));
        assertEquals(1, ledger.used("K-1", MAY));
    }
}
