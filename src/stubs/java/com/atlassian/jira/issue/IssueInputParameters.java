/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses (an
 * interface the app calls, never implements).
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html
 * setReporterId takes the user NAME (username), not the key: Jira's ReporterSystemField resolves it by name.
 */
package com.atlassian.jira.issue;

public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    /** Validates the fields given even where the create screen does not show them (the reporter, for one). */
    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);
}
