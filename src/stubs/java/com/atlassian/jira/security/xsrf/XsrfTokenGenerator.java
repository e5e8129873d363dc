/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses (called,
 * never implemented). Javadoc: https://docs.atlassian.com/jira/5.0/com/atlassian/jira/security/xsrf/XsrfTokenGenerator.html
 * (unchanged in public Platform 7 apps, e.g. atlassian-labs/msteams-jira-server-addon ConfigPageServlet).
 * The form field is "atl_token": https://developer.atlassian.com/server/jira/platform/form-token-handling/
 */
package com.atlassian.jira.security.xsrf;

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenGenerator {

    String generateToken(HttpServletRequest request);

    boolean validateToken(HttpServletRequest request, String token);
}
