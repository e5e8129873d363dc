/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/util/UserManager.html
 * (getUserByKey(String) returns the user of the highest-priority directory holding that key, or null).
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
