/*
 * Stand-in for compiling without Atlassian's repository; never packaged. No behaviour.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 */
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {

    public ProjectPermissionKey(String permissionKey) {
    }
}
