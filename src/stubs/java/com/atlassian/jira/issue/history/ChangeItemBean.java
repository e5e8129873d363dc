/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses; no
 * behaviour (tests mock it).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/history/ChangeItemBean.html
 */
package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

public class ChangeItemBean {

    public String getFrom() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getTo() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getToString() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in");
    }
}
