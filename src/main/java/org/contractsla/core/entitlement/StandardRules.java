package org.contractsla.core.entitlement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.ContractStatus;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.core.severity.SeverityDecision;

/**
 * The entitlement rules of domain spec §2.4, in the order the check runs them. Rules about a contract say
 * nothing when there is none: {@link #CONTRACT_FOUND} has said it.
 */
public enum StandardRules implements EntitlementRule {

    /** A request needs a contract: the quoted customer number, or one naming the reporter. */
    CONTRACT_FOUND {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isPresent()) {
                return List.of();
            }
            Optional<String> quoted = facts.request().customerNumber();
            return List.of(quoted.isPresent() ? Finding.blocks("entitlement.contract.unknown", quoted.get())
                    : Finding.blocks("entitlement.contract.none"));
        }
    },

    /** The contract is active and the request's day lies in its term. */
    CONTRACT_IN_FORCE {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isEmpty()) {
                return List.of();
            }
            Contract c = facts.contract().get();
            LocalDate day = facts.day();
            if (c.status() == ContractStatus.SUSPENDED) {
                return List.of(Finding.blocks("entitlement.contract.suspended", c.customerNumber()));
            }
            if (day.isBefore(c.start())) {
                return List.of(Finding.blocks("entitlement.contract.notStarted", c.customerNumber(), c.start()));
            }
            if (c.status() == ContractStatus.EXPIRED || !day.isBefore(c.end())) {
                return List.of(Finding.blocks("entitlement.contract.expired", c.customerNumber(),
                        c.end().minusDays(1)));
            }
            return List.of();
        }
    },

    /** The reporter is one of the contract's authorized contacts. */
    REPORTER_AUTHORIZED {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isEmpty()) {
                return List.of();
            }
            Contract c = facts.contract().get();
            boolean known = c.authorizes(facts.request().reporterKey().orElse(null));
            return known ? List.of() : List.of(Finding.blocks("entitlement.reporter.notAuthorized", c.customerNumber()));
        }
    },

    /** The contract names no more contacts than its plan allows (a warning for the team to tidy up). */
    CONTACTS_WITHIN_PLAN {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isEmpty()) {
                return List.of();
            }
            int registered = facts.contract().get().contacts().size();
            Plan plan = facts.plan().get();
            return plan.contacts().exceededBy(registered)
                    ? List.of(Finding.warns("entitlement.contacts.tooMany", registered, plan.contacts().max().getAsInt()))
                    : List.of();
        }
    },

    /** The period's case quota has a unit left; from 80 % on, say how much is used. */
    QUOTA_LEFT {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isEmpty() || facts.quotaWindow().isEmpty()) {
                return List.of();
            }
            CaseQuota quota = facts.plan().get().quota();
            QuotaWindow window = facts.quotaWindow().get();
            int used = facts.quotaUsed();
            if (used >= quota.cases()) {
                return List.of(Finding.blocks("entitlement.quota.usedUp", used, quota.cases(), window.startInclusive(),
                        window.endExclusive().minusDays(1)));
            }
            int withThis = used + 1;
            if (withThis * 5L >= quota.cases() * 4L) {
                return List.of(Finding.warns("entitlement.quota.nearlyUsed", withThis, quota.cases(),
                        window.endExclusive().minusDays(1)));
            }
            return List.of();
        }
    },

    /** The plan takes requests through the request's channel (when it is known). */
    CHANNEL_COVERED {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            Optional<Channel> channel = facts.request().channel();
            if (facts.plan().isEmpty() || channel.isEmpty() || facts.plan().get().channels().contains(channel.get())) {
                return List.of();
            }
            return List.of(Finding.blocks("entitlement.channel.notCovered", "channel." + channel.get().id()));
        }
    },

    /**
     * The plan's severity rules: S1/S2 outside production lowered (a warning) or refused, as its production gate
     * says; S1 without the S1 checklist met lowered to S2 (a warning), where the plan asks for the checklist.
     */
    PRODUCTION_GATE {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.plan().isEmpty() || facts.severity().isEmpty()) {
                return List.of();
            }
            SeverityDecision d = facts.severity().get();
            if (d.outcome() == SeverityDecision.Outcome.ACCEPTED) {
                return List.of();
            }
            Finding.Effect effect = d.outcome() == SeverityDecision.Outcome.REJECTED ? Finding.Effect.BLOCKS
                    : Finding.Effect.WARNS;
            return d.reasons().stream().map(r -> Finding.of(effect, r)).collect(Collectors.toList());
        }
    },

    /** The plan covers the severity the request ends up with. */
    SEVERITY_COVERED {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.plan().isEmpty() || facts.severity().isEmpty()) {
                return List.of();
            }
            SeverityDecision d = facts.severity().get();
            if (d.outcome() == SeverityDecision.Outcome.REJECTED
                    || facts.plan().get().coveredSeverities().contains(d.severity())) {
                return List.of();
            }
            return List.of(Finding.blocks("entitlement.severity.notCovered", d.severity().name()));
        }
    },

    /** The contract ends within 30 days: time to talk about renewal. */
    CONTRACT_ENDING_SOON {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            if (facts.contract().isEmpty() || facts.plan().get().incidentPack()) {
                return List.of();
            }
            Contract c = facts.contract().get();
            LocalDate day = facts.day();
            LocalDate lastDay = c.end().minusDays(1);
            long daysLeft = ChronoUnit.DAYS.between(day, lastDay); // 0: ends today
            if (day.isBefore(c.start()) || daysLeft < 0 || daysLeft > 30) {
                return List.of();
            }
            return List.of(Finding.warns("entitlement.contract.endingSoon", lastDay, daysLeft));
        }
    },

    /** Not entitled, but the organization has an emergency call left: say so. */
    EMERGENCY_CALL_AVAILABLE {
        @Override
        public List<Finding> check(EntitlementFacts facts, List<Finding> soFar) {
            boolean blocked = soFar.stream().anyMatch(f -> f.effect() == Finding.Effect.BLOCKS);
            if (!blocked || facts.incidentPack().isEmpty()) {
                return List.of();
            }
            EntitlementFacts.IncidentPack pack = facts.incidentPack().get();
            return List.of(Finding.informs("entitlement.emergencyCall.available", pack.customerNumber(),
                    pack.unitsLeft()));
        }
    }
}
