/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the constructor this app calls.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/opensymphony/workflow/InvalidInputException.html
 */
package com.opensymphony.workflow;

public class InvalidInputException extends WorkflowException {

    public InvalidInputException(String error) {
        super(error);
    }
}
