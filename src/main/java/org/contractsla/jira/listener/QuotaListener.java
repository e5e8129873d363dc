package org.contractsla.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the issue events the quota depends on, without blocking them: on the event thread it only unpacks the
 * event and hands it to the {@link QuotaQueue}. Creations, edits and deletions outside the support projects, and
 * sub-tasks created anywhere, are dropped at once; moves are always handed on, since a move out of the support
 * projects gives a unit back. Nothing it does can fail the change that fired the event.
 */
@Named
public class QuotaListener extends RegisteredListener {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaListener.class);
    private static final Map<Long, IssueChange.Kind> KINDS = Map.of(
            EventType.ISSUE_CREATED_ID, IssueChange.Kind.CREATED,
            EventType.ISSUE_UPDATED_ID, IssueChange.Kind.UPDATED,
            EventType.ISSUE_MOVED_ID, IssueChange.Kind.MOVED,
            EventType.ISSUE_DELETED_ID, IssueChange.Kind.DELETED);
    /** How long the support projects read from the configuration are used before they are read again. */
    static final long SUPPORT_PROJECTS_TTL_NANOS = SupportProjectLookup.TTL_NANOS;

    private final QuotaQueue queue;
    private final SupportProjectLookup supportProjects;

    @Inject
    public QuotaListener(@ComponentImport EventPublisher eventPublisher, QuotaQueue queue, PolicyStore policies,
            org.contractsla.jira.project.JiraSupportProjects projects) {
        this(eventPublisher, queue, policies, System::nanoTime, projects::withIds);
    }

    QuotaListener(EventPublisher eventPublisher, QuotaQueue queue, PolicyStore policies, LongSupplier nanoTime) {
        this(eventPublisher, queue, policies, nanoTime, java.util.function.UnaryOperator.identity());
    }

    /** @param ids adds the ids of support projects a configuration from before ids were recorded does not name */
    QuotaListener(EventPublisher eventPublisher, QuotaQueue queue, PolicyStore policies, LongSupplier nanoTime,
            java.util.function.UnaryOperator<Policy> ids) {
        super(eventPublisher);
        this.queue = queue;
        this.supportProjects = new SupportProjectLookup(policies, nanoTime, ids);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = null;
        try {
            issue = event.getIssue();
            handle(event.getEventTypeId(), issue, event.getTime());
        } catch (RuntimeException e) { // the issue change goes through whatever happens here
            LOG.warn("Quota: event of {} not recorded; the reconciliation books it", issue == null ? "?" : issue.getKey(), e);
        }
    }

    /** Everything the listener does on the event thread but read the event's three fields. */
    void handle(Long type, Issue issue, Date time) {
        IssueChange.Kind kind = KINDS.get(type);
        if (kind == null || issue == null || issue.getId() == null) {
            return;
        }
        Project project = issue.getProjectObject();
        // a support project is passed on by the key it is configured with, even after its key was changed
        Optional<String> support = supportProjects.supportProjectOf(project);
        if (kind != IssueChange.Kind.MOVED && support.isEmpty()) {
            return;
        }
        String projectKey = support.orElse(project == null ? null : project.getKey());
        boolean subTask = issue.isSubTask();
        if (kind == IssueChange.Kind.CREATED && subTask) {
            return;
        }
        Instant at = switch (kind) {
            case MOVED -> instant(time != null ? time : issue.getCreated());
            case DELETED -> null;
            default -> instant(issue.getCreated());
        };
        if (at == null && kind != IssueChange.Kind.DELETED) {
            return;
        }
        ApplicationUser reporter = issue.getReporter();
        queue.offer(new IssueChange(kind, String.valueOf(issue.getId()), issue.getKey(), projectKey,
                reporter == null ? null : reporter.getKey(), at, subTask));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
