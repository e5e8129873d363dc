/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/application/ApplicationRoleManager.html
 * (package seen in Atlassian's own Platform 7 code and in public Jira 8-11 apps, which call hasAnyRole(user)).
 */
package com.atlassian.jira.application;

import com.atlassian.jira.user.ApplicationUser;

public interface ApplicationRoleManager {

    boolean hasAnyRole(ApplicationUser user);
}
