/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only named as a parameter type; the app
 * never implements it (tests mock it).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/CustomField.html
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
