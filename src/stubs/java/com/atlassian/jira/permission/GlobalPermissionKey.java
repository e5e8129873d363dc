/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
 */
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
