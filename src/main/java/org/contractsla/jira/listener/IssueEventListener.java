package org.contractsla.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.request.RecordingRequestActivity;
import org.contractsla.core.request.RequestEvent;

/** Hands Jira's issue events to the core as request events; events of other types are ignored. */
@Named
public class IssueEventListener extends RegisteredListener {

    private static final Map<Long, RequestEvent.Kind> KINDS = Map.of(
            EventType.ISSUE_CREATED_ID, RequestEvent.Kind.CREATED,
            EventType.ISSUE_UPDATED_ID, RequestEvent.Kind.UPDATED,
            EventType.ISSUE_COMMENTED_ID, RequestEvent.Kind.COMMENTED,
            EventType.ISSUE_RESOLVED_ID, RequestEvent.Kind.RESOLVED,
            EventType.ISSUE_CLOSED_ID, RequestEvent.Kind.CLOSED,
            EventType.ISSUE_REOPENED_ID, RequestEvent.Kind.REOPENED,
            EventType.ISSUE_DELETED_ID, RequestEvent.Kind.DELETED,
            EventType.ISSUE_MOVED_ID, RequestEvent.Kind.MOVED);

    private final RecordingRequestActivity recording;

    @Inject
    public IssueEventListener(@ComponentImport EventPublisher eventPublisher, RecordingRequestActivity recording) {
        super(eventPublisher);
        this.recording = recording;
    }

    /** Unpacks the issue event, records it in the core. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        RequestEvent.Kind kind = KINDS.get(event.getEventTypeId());
        if (kind == null || event.getIssue() == null || event.getTime() == null) {
            return;
        }
        String actor = Optional.ofNullable(event.getUser()).map(ApplicationUser::getKey).orElse(null);
        recording.record(RequestEvent.of(event.getIssue().getKey(), kind, event.getTime().toInstant(), actor));
    }
}
