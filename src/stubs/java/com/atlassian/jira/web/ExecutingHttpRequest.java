/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the member this app calls.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/web/ExecutingHttpRequest.html
 * (get() returns the HTTP request the current thread serves, or null outside one)
 */
package com.atlassian.jira.web;

import javax.servlet.http.HttpServletRequest;

public final class ExecutingHttpRequest {

    private ExecutingHttpRequest() {
    }

    public static HttpServletRequest get() {
        return null;
    }
}
