/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the member this app calls; the app
 * never implements it (tests mock it).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/config/LocaleManager.html
 */
package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface LocaleManager {

    Locale getLocaleFor(ApplicationUser user);
}
