package org.contractsla.jira.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.contractsla.core.request.RequestEvent;
import org.junit.Before;
import org.junit.Test;

public class IssueEventListenerTest {

    private static final Instant NOW1 = Instant.parse("2026-03-02T08:15:00Z");

    private EventPublisher publisher;
    private RequestActivityComponent recording;
    private IssueEventListener listener;

    @Before
    public void setUp() {
        publisher = mock(EventPublisher.class);
        recording = new RequestActivityComponent();
        listener = new IssueEventListener(publisher, recording);
    }

    private static IssueEvent event(Long type, String key, String userKey) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getIssue()).thenReturn(issue);
        when(event.getTime()).thenReturn(Date.from(NOW1));
        if (userKey != null) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn(userKey);
            when(event.getUser()).thenReturn(user);
        }
        return event;
    }

    @Test
    public void shouldRegisterWithEventPublisherOnStartAndUnregisterOnStop() {
        listener.afterPropertiesSet();
        verify(publisher).register(listener);
        listener.destroy();
        verify(publisher).unregister(listener);
    }

    @Test
    public void shouldHandCreatedEventToCoreWithTimeAndActor() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, "SUP-1", "jdoe"));
        assertEquals(List.of(RequestEvent.of("SUP-1", RequestEvent.Kind.CREATED, NOW1, "jdoe")),
                recording.activity().of("SUP-1"));
    }

    @Test
    public void shouldRecordCommentWithoutKnownUser() {
        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID, "SUP-2", null));
        assertEquals(RequestEvent.Kind.COMMENTED, recording.activity().of("SUP-2").get(0).kind());
        assertTrue(recording.activity().of("SUP-2").get(0).actor().isEmpty());
    }

    @Test
    public void shouldIgnoreEventTypesThatDoNotConcernClocks() {
        listener.onIssueEvent(event(99L, "SUP-3", "jdoe"));
        assertTrue(recording.activity().of("SUP-3").isEmpty());
    }

    @Test
    public void shouldDropHistoryWhenIssueIsDeleted() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID, "SUP-4", "jdoe"));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID, "SUP-4", "jdoe"));
        assertTrue(recording.activity().of("SUP-4").isEmpty());
    }
}
