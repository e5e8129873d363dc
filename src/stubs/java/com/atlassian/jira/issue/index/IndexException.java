/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/index/IndexException.html
 */
package com.atlassian.jira.issue.index;

public class IndexException extends Exception {

    public IndexException(String message) {
        super(message);
    }
}
