/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/AffectedEntityType.html
 * Only the constant this app uses.
 */
package com.atlassian.jira.user.anonymize;

public enum AffectedEntityType {
    ANONYMIZE
}
