/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/type/EventType.html
 * The constants are Long objects, not compile-time constants, so the real values are read from Jira at
 * runtime; the values below are Jira's long-standing system event type ids.
 */
package com.atlassian.jira.event.type;

public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
}
