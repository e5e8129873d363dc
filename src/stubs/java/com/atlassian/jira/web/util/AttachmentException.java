/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/util/AttachmentException.html
 */
package com.atlassian.jira.web.util;

public class AttachmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public AttachmentException(String message) {
        super(message);
    }
}
