package org.contractsla.core.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.core.clock.Goal;
import org.contractsla.core.severity.Severity;

/**
 * A policy with its calendars ready to compute on: one {@link WorkingTimeline} per calendar and
 * maintenance setting, shared by all goals that use it. Thread-safe.
 */
public final class CompiledPolicy {

    private final Policy policy;
    private final PublicHolidays holidays;
    private final Map<String, WorkingTimeline> timelines = new ConcurrentHashMap<>();

    private CompiledPolicy(Policy policy, PublicHolidays holidays) {
        this.policy = policy;
        this.holidays = holidays;
    }

    /**
     * @param policy   the policy, not null
     * @param holidays public holidays, not null
     * @return the compiled policy
     * @throws org.contractsla.core.DomainException if a calendar's holiday region is unknown
     */
    public static CompiledPolicy of(Policy policy, PublicHolidays holidays) {
        CompiledPolicy compiled = new CompiledPolicy(Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(holidays, "holidays"));
        policy.calendars().values().forEach(c -> c.holidayRegion().ifPresent(holidays::requireKnown));
        return compiled;
    }

    /** @return the policy, not null */
    public Policy policy() {
        return policy;
    }

    /** @return the goal of that plan, metric and severity, ready to measure; empty if there is none */
    public Optional<Goal> goal(String planId, Metric metric, Severity severity) {
        return policy.plan(planId).flatMap(p -> p.goal(metric, severity)).map(this::goal);
    }

    /** @return the definition compiled into a goal */
    public Goal goal(GoalDefinition definition) {
        return Goal.of(definition.target(), timeline(definition.calendarId(), definition.excludeMaintenance()));
    }

    /** @return the compiled calendar, shared by every goal that names it with the same maintenance setting */
    public WorkingTimeline timeline(String calendarId, boolean excludeMaintenance) {
        return timelines.computeIfAbsent(calendarId + (excludeMaintenance ? "#m" : ""),
                k -> WorkingTimeline.of(policy.calendars().get(calendarId), holidays, excludeMaintenance));
    }
}
