/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/ApplicationUser.html
 */
package com.atlassian.jira.user;

public interface ApplicationUser {

    String getKey();

    /** @return the user name (login), which IssueInputParameters.setReporterId takes */
    String getName();

    String getEmailAddress();

    String getDisplayName();

    boolean isActive();

    long getDirectoryId();
}
