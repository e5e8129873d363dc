/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/project/ProjectManager.html
 */
package com.atlassian.jira.project;

public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);

    Project getProjectObj(Long id);
}
