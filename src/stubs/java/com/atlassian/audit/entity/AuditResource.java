/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/AuditResource.html
 * No behaviour: the factory and the builder answer empty instances.
 */
package com.atlassian.audit.entity;

public class AuditResource {

    private AuditResource() {
    }

    public static Builder builder(String name, String type) {
        return new Builder();
    }

    public static class Builder {

        private Builder() {
        }

        public Builder id(String id) {
            return this;
        }

        public AuditResource build() {
            return new AuditResource();
        }
    }
}
