/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/util/SimpleErrorCollection.html
 * No behaviour.
 */
package com.atlassian.jira.util;

public class SimpleErrorCollection implements ErrorCollection {

    public SimpleErrorCollection() {
    }

    @Override
    public void addErrorMessage(String message) {
    }

    @Override
    public boolean hasAnyErrors() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public java.util.Collection<String> getErrorMessages() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public java.util.Map<String, String> getErrors() {
        throw new UnsupportedOperationException("stand-in");
    }
}
