/*
 * Stand-in for compiling without Atlassian's repository; never packaged. A checked exception in OSWorkflow.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/opensymphony/workflow/WorkflowException.html
 */
package com.opensymphony.workflow;

public class WorkflowException extends Exception {

    public WorkflowException(String message) {
        super(message);
    }
}
