package org.contractsla.core.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;
import org.contractsla.core.severity.Severity;

/**
 * A plan's service levels: per metric and severity, a goal or none. (Quotas, channels and contacts join
 * with the contracts work.) Immutable.
 */
public final class Plan {

    private final String id;
    private final Map<Metric, Map<Severity, GoalDefinition>> goals;

    private Plan(String id, Map<Metric, Map<Severity, GoalDefinition>> goals) {
        this.id = id;
        this.goals = goals;
    }

    /**
     * @param id    plan id, not blank
     * @param goals goals per metric and severity; missing entries mean "no goal"
     * @return the plan
     */
    public static Plan of(String id, Map<Metric, Map<Severity, GoalDefinition>> goals) {
        if (id == null || id.isBlank()) {
            throw new DomainException("policy.error.plan.id.blank");
        }
        EnumMap<Metric, Map<Severity, GoalDefinition>> copy = new EnumMap<>(Metric.class);
        Objects.requireNonNull(goals, "goals").forEach((m, bySeverity) -> copy.put(m, Map.copyOf(bySeverity)));
        return new Plan(id, copy);
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
        return java.util.Collections.unmodifiableMap(goals);
    }
}
