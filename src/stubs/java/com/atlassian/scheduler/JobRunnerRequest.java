/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
 */
package com.atlassian.scheduler;

public interface JobRunnerRequest {

    com.atlassian.scheduler.config.JobId getJobId();
}
