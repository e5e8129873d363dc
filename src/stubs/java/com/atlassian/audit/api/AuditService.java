/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/api/AuditService.html
 * (the audit API Jira Data Center ships since 8.8).
 */
package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

public interface AuditService {

    void audit(AuditEvent event);
}
