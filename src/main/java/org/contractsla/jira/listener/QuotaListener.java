package org.contractsla.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.user.ContactMatching;

/**
 * Books a quota unit when an issue is created in a support project, or moved into one from elsewhere (booked in
 * the period of the move), and gives it back when the issue is deleted or moved out of the support projects.
 * Sub-tasks are parts of a request, not requests: they never book.
 */
@Named
public class QuotaListener extends RegisteredListener {

    private final CountingRequests counting;
    private final ContactMatching matching;

    @Inject
    public QuotaListener(@ComponentImport EventPublisher eventPublisher, QuotaLedger ledger, Contracts contracts,
            PolicyStore policies, ContactMatching matching) {
        super(eventPublisher);
        this.counting = new CountingRequests(policies::current, contracts, ledger);
        this.matching = matching;
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        String id = String.valueOf(issue.getId());
        Long type = event.getEventTypeId();
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            counting.deleted(id);
        } else if (issue.getProjectObject() == null) {
            return;
        } else if (EventType.ISSUE_MOVED_ID.equals(type)) {
            if (issue.isSubTask()) { // never books; a unit one took before sub-tasks were told apart goes back
                counting.deleted(id);
                return;
            }
            java.util.Date movedAt = event.getTime() != null ? event.getTime() : issue.getCreated();
            if (movedAt == null) {
                return;
            }
            ApplicationUser reporter = issue.getReporter();
            counting.moved(id, issue.getProjectObject().getKey(), reporter == null ? null : reporter.getKey(),
                    movedAt.toInstant());
        } else if (issue.isSubTask() || issue.getCreated() == null) {
            return;
        } else if (EventType.ISSUE_CREATED_ID.equals(type)) {
            ApplicationUser reporter = issue.getReporter();
            if (reporter != null) {
                matching.appeared(reporter.getKey());
            }
            counting.opened(id, issue.getProjectObject().getKey(), reporter == null ? null : reporter.getKey(),
                    issue.getCreated().toInstant());
        }
    }
}
