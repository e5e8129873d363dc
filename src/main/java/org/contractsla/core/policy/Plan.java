package org.contractsla.core.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.DomainException;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;

/**
 * A template of service levels (domain spec §2.1): goals per metric and severity, the severities and
 * channels it covers, its case quota, how many contacts a contract may name, effort budgets, the
 * production gate and what happens to requests that are not entitled. Immutable.
 */
public final class Plan {

    private final String id;
    private final Map<Metric, Map<Severity, GoalDefinition>> goals;
    private final Set<Severity> coveredSeverities;
    private final Set<Channel> channels;
    private final CaseQuota quota;
    private final ContactLimit contacts;
    private final List<EffortBudget> effortBudgets;
    private final OutOfEntitlement outOfEntitlement;
    private final ProductionGate.Action productionGate;
    private final boolean incidentPack;
    private final boolean s1Checklist;

    private Plan(Builder b) {
        this.id = b.id;
        EnumMap<Metric, Map<Severity, GoalDefinition>> copy = new EnumMap<>(Metric.class);
        b.goals.forEach((m, bySeverity) -> {
            if (!bySeverity.isEmpty()) {
                copy.put(m, Collections.unmodifiableMap(new EnumMap<>(bySeverity)));
            }
        });
        this.goals = Collections.unmodifiableMap(copy);
        this.coveredSeverities = Collections.unmodifiableSet(EnumSet.copyOf(b.coveredSeverities));
        this.channels = Collections.unmodifiableSet(EnumSet.copyOf(b.channels));
        this.quota = b.quota;
        this.contacts = b.contacts;
        this.effortBudgets = List.copyOf(b.effortBudgets);
        this.outOfEntitlement = b.outOfEntitlement;
        this.productionGate = b.productionGate;
        this.incidentPack = b.incidentPack;
        this.s1Checklist = b.s1Checklist;
    }

    /**
     * A plan that covers every severity and channel, without quota or contact limits.
     *
     * @param id    plan id, not blank
     * @param goals goals per metric and severity; missing entries mean "no goal"
     * @return the plan
     */
    public static Plan of(String id, Map<Metric, Map<Severity, GoalDefinition>> goals) {
        Builder b = builder(id);
        Objects.requireNonNull(goals, "goals").forEach((m, bySeverity) -> bySeverity.forEach((s, g) -> b.goal(m, s, g)));
        return b.build();
    }

    /**
     * @param id plan id: letters, digits, '.', '_' or '-', at most 64
     * @return a builder with the defaults of {@link #of}
     * @throws DomainException {@code policy.error.plan.id.blank}, {@code policy.error.plan.id.form}
     */
    public static Builder builder(String id) {
        if (id == null || id.isBlank()) {
            throw new DomainException("policy.error.plan.id.blank");
        }
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new DomainException("policy.error.plan.id.form", id);
        }
        return new Builder(id);
    }

    /** @return the plan id */
    public String id() {
        return id;
    }

    /** @return the goal for that metric and severity, if the plan has one */
    public Optional<GoalDefinition> goal(Metric metric, Severity severity) {
        return Optional.ofNullable(goals.getOrDefault(metric, Map.of()).get(severity));
    }

    /** @return all goals, by metric then severity, immutable */
    public Map<Metric, Map<Severity, GoalDefinition>> goals() {
        return goals;
    }

    /** @return the severities requests may have under this plan, immutable, not empty */
    public Set<Severity> coveredSeverities() {
        return coveredSeverities;
    }

    /** @return the channels requests may come through, immutable, not empty */
    public Set<Channel> channels() {
        return channels;
    }

    /** @return the case quota, not null */
    public CaseQuota quota() {
        return quota;
    }

    /** @return how many contacts a contract may name, not null */
    public ContactLimit contacts() {
        return contacts;
    }

    /** @return effort budgets per request category, immutable */
    public List<EffortBudget> effortBudgets() {
        return effortBudgets;
    }

    /** @return what happens to a request that is not entitled, not null */
    public OutOfEntitlement outOfEntitlement() {
        return outOfEntitlement;
    }

    /** @return what the production gate does with S1/S2 outside production; empty if the plan has no gate */
    public Optional<ProductionGate.Action> productionGate() {
        return Optional.ofNullable(productionGate);
    }

    /**
     * @return whether the plan is sold as a number of incidents (an emergency call) that a customer can use
     *         without, or beyond, a maintenance contract
     */
    public boolean incidentPack() {
        return incidentPack;
    }

    /**
     * @return whether S1 needs the S1 checklist (domain spec §1): normal operation impossible without the fix, and
     *         no earlier state that avoids the problem; otherwise the request is taken as S2, with the reason
     */
    public boolean s1Checklist() {
        return s1Checklist;
    }

    /** @return the plan's severity rules in the order they apply: the production gate, then the S1 checklist */
    public org.contractsla.core.severity.SeverityRule severityRules() {
        List<org.contractsla.core.severity.SeverityRule> rules = new ArrayList<>();
        productionGate().ifPresent(a -> rules.add(ProductionGate.of(a)));
        if (s1Checklist) {
            rules.add(org.contractsla.core.severity.CriticalChecklist.rule());
        }
        return org.contractsla.core.severity.SeverityRule.allOf(
                rules.toArray(new org.contractsla.core.severity.SeverityRule[0]));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Plan)) {
            return false;
        }
        Plan p = (Plan) o;
        return id.equals(p.id) && goals.equals(p.goals) && coveredSeverities.equals(p.coveredSeverities)
                && channels.equals(p.channels) && quota.equals(p.quota) && contacts.equals(p.contacts)
                && effortBudgets.equals(p.effortBudgets) && outOfEntitlement == p.outOfEntitlement
                && productionGate == p.productionGate && incidentPack == p.incidentPack && s1Checklist == p.s1Checklist;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, goals, coveredSeverities, channels, quota, contacts, effortBudgets, outOfEntitlement,
                productionGate, incidentPack, s1Checklist);
    }

    @Override
    public String toString() {
        return "Plan[" + id + "]";
    }

    /** Collects a plan's attributes; {@link #build()} checks them together. */
    public static final class Builder {
        private final String id;
        private final Map<Metric, Map<Severity, GoalDefinition>> goals = new EnumMap<>(Metric.class);
        private Set<Severity> coveredSeverities = EnumSet.allOf(Severity.class);
        private Set<Channel> channels = EnumSet.allOf(Channel.class);
        private CaseQuota quota = CaseQuota.unlimited();
        private ContactLimit contacts = ContactLimit.unlimited();
        private final List<EffortBudget> effortBudgets = new ArrayList<>();
        private OutOfEntitlement outOfEntitlement = OutOfEntitlement.REJECT;
        private ProductionGate.Action productionGate;
        private boolean incidentPack;
        private boolean s1Checklist;

        private Builder(String id) {
            this.id = id;
        }

        /** @return this builder with that goal */
        public Builder goal(Metric metric, Severity severity, GoalDefinition goal) {
            goals.computeIfAbsent(Objects.requireNonNull(metric, "metric"), m -> new EnumMap<>(Severity.class))
                    .put(Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(goal, "goal"));
            return this;
        }

        /** @return this builder covering exactly these severities */
        public Builder covers(Collection<Severity> severities) {
            this.coveredSeverities = new HashSet<>(Objects.requireNonNull(severities, "severities"));
            return this;
        }

        /** @return this builder open to exactly these channels */
        public Builder channels(Collection<Channel> channels) {
            this.channels = new HashSet<>(Objects.requireNonNull(channels, "channels"));
            return this;
        }

        /** @return this builder with that quota */
        public Builder quota(CaseQuota quota) {
            this.quota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        /** @return this builder with that contact limit */
        public Builder contacts(ContactLimit contacts) {
            this.contacts = Objects.requireNonNull(contacts, "contacts");
            return this;
        }

        /** @return this builder with one more effort budget */
        public Builder effortBudget(EffortBudget budget) {
            effortBudgets.add(Objects.requireNonNull(budget, "budget"));
            return this;
        }

        /** @return this builder with that behaviour for requests that are not entitled */
        public Builder outOfEntitlement(OutOfEntitlement behaviour) {
            this.outOfEntitlement = Objects.requireNonNull(behaviour, "behaviour");
            return this;
        }

        /** @param action the gate's action, or null for no gate */
        public Builder productionGate(ProductionGate.Action action) {
            this.productionGate = action;
            return this;
        }

        /** @return this builder marking the plan as an incident pack */
        public Builder incidentPack(boolean incidentPack) {
            this.incidentPack = incidentPack;
            return this;
        }

        /** @return this builder with the S1 checklist on or off (off unless set) */
        public Builder s1Checklist(boolean s1Checklist) {
            this.s1Checklist = s1Checklist;
            return this;
        }

        /**
         * @return the plan
         * @throws DomainException {@code plan.error.severities.empty}, {@code plan.error.channels.empty},
         *                         {@code plan.error.goal.notCovered}, {@code plan.error.effort.duplicate},
         *                         {@code plan.error.s1Checklist.noS2}
         */
        public Plan build() {
            if (coveredSeverities.isEmpty()) {
                throw new DomainException("plan.error.severities.empty", id);
            }
            if (channels.isEmpty()) {
                throw new DomainException("plan.error.channels.empty", id);
            }
            goals.forEach((m, bySeverity) -> bySeverity.keySet().forEach(s -> {
                if (!coveredSeverities.contains(s)) {
                    throw new DomainException("plan.error.goal.notCovered", id,
                            "metric." + m.id().toLowerCase(java.util.Locale.ROOT) + ".name", s.name());
                }
            }));
            if (s1Checklist && coveredSeverities.contains(Severity.S1) && !coveredSeverities.contains(Severity.S2)) {
                // the checklist takes an unmet S1 as S2: a plan not covering S2 would turn it away instead
                throw new DomainException("plan.error.s1Checklist.noS2", id);
            }
            Set<String> categories = new HashSet<>();
            for (EffortBudget b : effortBudgets) {
                if (!categories.add(b.category())) {
                    throw new DomainException("plan.error.effort.duplicate", id, b.category());
                }
            }
            return new Plan(this);
        }
    }
}
