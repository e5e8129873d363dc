/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only named as a parameter type.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/opensymphony/module/propertyset/PropertySet.html
 */
package com.opensymphony.module.propertyset;

public interface PropertySet {
}
