package org.contractsla.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.project.JiraSupportProjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every issue event of a support project (created, edited, commented, transitioned, resolved, reopened,
 * deleted) to the {@link ClockQueue}, and every move, which may take an issue out of the support projects. On the
 * event thread it only reads the issue's id and project; nothing it does can fail the change that fired the event.
 */
@Named
public class ClockListener extends RegisteredListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClockListener.class);

    private final ClockQueue queue;
    private final SupportProjectLookup supportProjects;

    @Inject
    public ClockListener(@ComponentImport EventPublisher eventPublisher, ClockQueue queue, PolicyStore policies,
            JiraSupportProjects projects) {
        this(eventPublisher, queue, policies, System::nanoTime, projects::withIds);
    }

    ClockListener(EventPublisher eventPublisher, ClockQueue queue, PolicyStore policies, LongSupplier nanoTime,
            UnaryOperator<Policy> ids) {
        super(eventPublisher);
        this.queue = queue;
        this.supportProjects = new SupportProjectLookup(policies, nanoTime, ids);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = null;
        try {
            issue = event.getIssue();
            handle(event.getEventTypeId(), issue);
        } catch (RuntimeException e) { // the issue change goes through whatever happens here
            LOG.warn("SLA clocks: event of {} not queued; its next change measures it",
                    issue == null ? "?" : issue.getKey(), e);
        }
    }

    /** Everything the listener does on the event thread but read the event's two fields. */
    void handle(Long type, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return;
        }
        if (EventType.ISSUE_MOVED_ID.equals(type)
                || supportProjects.supportProjectOf(issue.getProjectObject()).isPresent()) {
            queue.offer(issue.getId());
        }
    }
}
