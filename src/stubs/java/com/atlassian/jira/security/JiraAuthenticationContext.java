/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/JiraAuthenticationContext.html
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
