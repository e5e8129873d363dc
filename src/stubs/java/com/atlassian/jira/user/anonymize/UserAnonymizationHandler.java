/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserAnonymizationHandler.html
 * (registered with a user-anonymization-handler module in atlassian-plugin.xml).
 */
package com.atlassian.jira.user.anonymize;

public interface UserAnonymizationHandler extends AnonymizationHandler<UserAnonymizationParameter> {
}
