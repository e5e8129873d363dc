/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
 * No behaviour: the factory and the with-methods answer an empty instance.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {

    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig();
    }

    public JobConfig withRunMode(RunMode runMode) {
        return this;
    }

    public JobConfig withSchedule(Schedule schedule) {
        return this;
    }
}
