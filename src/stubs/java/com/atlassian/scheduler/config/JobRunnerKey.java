/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html
 * No behaviour: of answers an empty instance.
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {

    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey();
    }
}
