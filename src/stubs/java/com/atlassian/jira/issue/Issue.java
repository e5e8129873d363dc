/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html
 */
package com.atlassian.jira.issue;

public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    com.atlassian.jira.project.Project getProjectObject();

    com.atlassian.jira.user.ApplicationUser getReporter();

    java.sql.Timestamp getCreated();

    boolean isSubTask();

    com.atlassian.jira.issue.status.Status getStatus();
}
