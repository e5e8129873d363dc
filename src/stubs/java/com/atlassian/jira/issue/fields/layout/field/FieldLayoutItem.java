/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only named as a parameter type.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
 */
package com.atlassian.jira.issue.fields.layout.field;

public interface FieldLayoutItem {
}
