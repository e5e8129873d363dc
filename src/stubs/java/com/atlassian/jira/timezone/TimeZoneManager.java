/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app calls; the app
 * never implements it (tests mock it).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/timezone/TimeZoneManager.html
 */
package com.atlassian.jira.timezone;

import java.util.TimeZone;

public interface TimeZoneManager {

    TimeZone getLoggedInUserTimeZone();
}
