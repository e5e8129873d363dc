/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 * No behaviour: the factories answer an empty instance.
 */
package com.atlassian.scheduler.config;

public final class Schedule {

    private Schedule() {
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule();
    }

    public static Schedule forInterval(long intervalInMillis, java.util.Date firstRunTime) {
        return new Schedule();
    }

    public static Schedule runOnce(java.util.Date runTime) {
        return new Schedule();
    }
}
