/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only what this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html
 * (IssueManager.getIssueIdsForProject throws it). The real class extends org.ofbiz.core.util.GeneralException,
 * a checked exception; catching it as such is all this app does.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
