/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/ServiceResult.html
 */
package com.atlassian.jira.bc;

public interface ServiceResult {

    boolean isValid();
}
