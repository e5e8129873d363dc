/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/config/properties/ApplicationProperties.html
 * getDefaultBackedString as Jira's own DefaultMessageHandlerContext reads APKeys.JIRA_ATTACHMENT_SIZE with it.
 */
package com.atlassian.jira.config.properties;

public interface ApplicationProperties {

    String getDefaultBackedString(String name);
}
