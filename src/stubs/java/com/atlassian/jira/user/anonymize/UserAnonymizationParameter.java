/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserAnonymizationParameter.html
 * No behaviour: the getter answers nothing.
 */
package com.atlassian.jira.user.anonymize;

public class UserAnonymizationParameter {

    protected UserAnonymizationParameter() {
    }

    public String getUserKey() {
        return null;
    }
}
