/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
 * No behaviour: the factories answer an empty instance.
 */
package com.atlassian.scheduler;

public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse();
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse();
    }
}
