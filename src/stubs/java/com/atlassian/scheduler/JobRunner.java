/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html
 * Every abstract method of the real interface (it has one), since the app implements it.
 */
package com.atlassian.scheduler;

public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
