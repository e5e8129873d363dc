/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/status/Status.html
 */
package com.atlassian.jira.issue.status;

public interface Status {

    String getName();

    /**
     * From {@code com.atlassian.jira.issue.IssueConstant} (which {@code Status} extends): the name in the current
     * user's language, as an administrator translated it, else the name.
     * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueConstant.html
     */
    String getNameTranslation();
}
