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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.Before;
import org.junit.Test;

public class QuotaReturningListenerTest {

    private static final QuotaWindow MAY = QuotaWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private QuotaReturningListener listener;

    @Before
    public void setUp() {
        InMemoryPolicyStore policies = new InMemoryPolicyStore(
                Policy.of(List.of(), List.of(), Set.of()).withSupportProjects(Set.of("SUP", "HELP")));
        listener = new QuotaReturningListener(publisher, ledger, policies);
        ledger.claim("K-1", "10001", LocalDate.of(2026, 5, 5), MAY, 10);
    }

    private static IssueEvent event(Long type, String projectKey) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10001L);
        when(issue.getProjectObject()).thenReturn(project);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
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
    public void shouldGiveTheUnitBackWhenTheIssueIsDeleted() {
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, "SUP"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldKeepTheUnitWhenMovedBetweenSupportProjects() {
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, "HELP"));
        assertEquals(1, ledger.used("K-1", MAY));
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID, "DEV"));
        assertEquals(0, ledger.used("K-1", MAY));
    }

    @Test
    public void shouldIgnoreOtherEvents() {
        listener.onIssueEvent(event(EventType.ISSUE_UPDATED_ID, "DEV"));
        assertEquals(1, ledger.used("K-1", MAY));
    }
}
