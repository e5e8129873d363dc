/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/AuditEvent.html
 * No behaviour: the factory and the builder answer empty instances.
 */
package com.atlassian.audit.entity;

public class AuditEvent {

    private AuditEvent() {
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level,
            CoverageArea area) {
        return new Builder();
    }

    public static class Builder {

        private Builder() {
        }

        public Builder affectedObject(AuditResource affectedObject) {
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent();
        }
    }
}
