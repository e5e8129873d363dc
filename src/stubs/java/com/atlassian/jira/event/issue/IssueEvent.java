/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/issue/IssueEvent.html
 * (getTime() is inherited there from com.atlassian.jira.event.AbstractEvent; declared here directly.)
 */
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Date getTime() {
        throw new UnsupportedOperationException("stand-in");
    }
}
