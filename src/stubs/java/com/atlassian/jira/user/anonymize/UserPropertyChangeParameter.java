/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserPropertyChangeParameter.html
 * No behaviour: the getters answer nothing.
 */
package com.atlassian.jira.user.anonymize;

public class UserPropertyChangeParameter {

    protected UserPropertyChangeParameter() {
    }

    public String getOriginal() {
        return null;
    }

    public String getTarget() {
        return null;
    }
}
