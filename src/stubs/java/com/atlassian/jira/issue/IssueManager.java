/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html
 */
package com.atlassian.jira.issue;

public interface IssueManager {

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueObject(Long id);

    java.util.Collection<Long> getIssueIdsForProject(Long projectId) throws org.ofbiz.core.entity.GenericEntityException;
}
