/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Unchecked in the real API.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
 */
package com.atlassian.jira.issue.customfields.impl;

public class FieldValidationException extends RuntimeException {

    public FieldValidationException(String message) {
        super(message);
    }
}
