package org.contractsla.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.ReturningQuota;
import org.contractsla.core.policy.PolicyStore;

/** Gives a request's quota unit back when Jira deletes the issue or moves it out of the support projects. */
@Named
public class QuotaReturningListener extends RegisteredListener {

    private final ReturningQuota returning;

    @Inject
    public QuotaReturningListener(@ComponentImport EventPublisher eventPublisher, QuotaLedger ledger,
            PolicyStore policies) {
        super(eventPublisher);
        this.returning = new ReturningQuota(ledger, policies::current);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        Long type = event.getEventTypeId();
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            returning.deleted(String.valueOf(issue.getId()));
        } else if (EventType.ISSUE_MOVED_ID.equals(type) && issue.getProjectObject() != null) {
            returning.moved(String.valueOf(issue.getId()), issue.getProjectObject().getKey());
        }
    }
}
