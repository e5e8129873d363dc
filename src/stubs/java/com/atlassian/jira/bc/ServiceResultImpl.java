/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/ServiceResultImpl.html
 * No behaviour.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {

    public ServiceResultImpl(ErrorCollection errorCollection) {
    }

    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("stand-in");
    }
}
