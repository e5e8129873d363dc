/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/CoverageArea.html
 * Only the constant this app uses (apps' events belong to ECOSYSTEM).
 */
package com.atlassian.audit.entity;

public enum CoverageArea {
    ECOSYSTEM
}
