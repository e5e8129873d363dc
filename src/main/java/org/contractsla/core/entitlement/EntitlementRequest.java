package org.contractsla.core.entitlement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.severity.SeverityProposal;

/**
 * What an entitlement check is asked about: who reports, under which customer number (if quoted), through
 * which channel, in which category, with which proposed severity, at which instant. Immutable.
 */
public final class EntitlementRequest {

    private final String customerNumber;
    private final String reporterKey;
    private final Channel channel;
    private final String category;
    private final SeverityProposal severity;
    private final Instant at;

    private EntitlementRequest(Builder b) {
        this.customerNumber = b.customerNumber;
        this.reporterKey = b.reporterKey;
        this.channel = b.channel;
        this.category = b.category;
        this.severity = b.severity;
        this.at = b.at;
    }

    /**
     * @param channel the channel, not null
     * @param at      when the request is (or would be) received, not null
     * @return a builder
     */
    public static Builder builder(Channel channel, Instant at) {
        return new Builder(Objects.requireNonNull(channel, "channel"), at);
    }

    /**
     * For a request whose channel is not known (an issue Jira created without the app's request form): the
     * channel rule then has nothing to say.
     *
     * @param at when the request was received, not null
     * @return a builder
     */
    public static Builder builderWithoutChannel(Instant at) {
        return new Builder(null, at);
    }

    /** @return the customer number the reporter quoted, if any */
    public Optional<String> customerNumber() {
        return Optional.ofNullable(customerNumber);
    }

    /** @return the reporter's user key, if known */
    public Optional<String> reporterKey() {
        return Optional.ofNullable(reporterKey);
    }

    /** @return the channel, if known */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** @return the request category, if given */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** @return the proposed severity and environment, if given */
    public Optional<SeverityProposal> severity() {
        return Optional.ofNullable(severity);
    }

    /** @return when the request is received, not null */
    public Instant at() {
        return at;
    }

    /** Collects the request. */
    public static final class Builder {
        private String customerNumber;
        private String reporterKey;
        private final Channel channel;
        private String category;
        private SeverityProposal severity;
        private final Instant at;

        private Builder(Channel channel, Instant at) {
            this.channel = channel;
            this.at = Objects.requireNonNull(at, "at");
        }

        /** @param customerNumber the quoted customer number, or null / blank for none */
        public Builder customerNumber(String customerNumber) {
            this.customerNumber = blankToNull(customerNumber);
            return this;
        }

        /**
         * @param userKey the reporter's user key, or null: people are told apart by key, never by an address
         * @return this builder
         */
        public Builder reporter(String userKey) {
            this.reporterKey = blankToNull(userKey);
            return this;
        }

        /** @param category request category id, or null */
        public Builder category(String category) {
            this.category = blankToNull(category);
            return this;
        }

        /** @param severity proposed severity, or null */
        public Builder severity(SeverityProposal severity) {
            this.severity = severity;
            return this;
        }

        /** @return the request */
        public EntitlementRequest build() {
            return new EntitlementRequest(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
