/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/AffectedEntity.html
 * No behaviour: the factory and the builder answer empty instances.
 */
package com.atlassian.jira.user.anonymize;

public class AffectedEntity {

    private AffectedEntity() {
    }

    public static Builder newBuilder(AffectedEntityType type) {
        return new Builder();
    }

    public static class Builder {

        private Builder() {
        }

        public Builder descriptionKey(String descriptionKey) {
            return this;
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            return this;
        }

        public AffectedEntity build() {
            return new AffectedEntity();
        }
    }
}
