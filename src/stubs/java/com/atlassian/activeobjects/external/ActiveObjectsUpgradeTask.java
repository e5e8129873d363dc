/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Every abstract member of the real
 * interface, which this app implements (OrganizationsUpgradeTask). Javadoc:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * (the same two methods in the upgrade tasks of public Jira apps and of Atlassian's own tutorial).
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
