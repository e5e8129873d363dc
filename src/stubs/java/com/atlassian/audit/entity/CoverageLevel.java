/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/CoverageLevel.html
 * Only the constant this app uses.
 */
package com.atlassian.audit.entity;

public enum CoverageLevel {
    BASE
}
