/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/PermissionManager.html
 */
package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, com.atlassian.jira.issue.Issue issue, ApplicationUser user);
}
