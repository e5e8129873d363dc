/*
 * Stand-in for compiling without Atlassian's repository; never packaged. No members of its own are used.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/MutableIssue.html
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
