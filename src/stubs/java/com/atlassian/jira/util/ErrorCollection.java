/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/util/ErrorCollection.html
 */
package com.atlassian.jira.util;

public interface ErrorCollection {

    void addErrorMessage(String message);

    boolean hasAnyErrors();

    java.util.Collection<String> getErrorMessages();

    java.util.Map<String, String> getErrors();
}
