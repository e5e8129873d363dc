package org.contractsla.core.policy;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.ChunkBudget;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.core.clock.Goal;
import org.contractsla.core.severity.Severity;

/**
 * A policy with its calendars ready to compute on: one {@link WorkingTimeline} per calendar and
 * maintenance setting, shared by all goals that use it. Thread-safe.
 */
public final class CompiledPolicy {

    /**
     * Working intervals all timelines of one policy may keep compiled together (some 40 MB): dozens of
     * calendars, each as several contracts see it, with a few years each.
     */
    static final long KEPT_INTERVALS = 1L << 20;

    private final Policy policy;
    private final PublicHolidays holidays;
    private final ChunkBudget budget;
    private final Map<TimelineKey, WorkingTimeline> timelines = new ConcurrentHashMap<>();
    /**
     * Goals compiled on their calendars as configured, by definition: a measurement asks for its few goals on every
     * request, and a goal found here costs less than a calendar found by its key.
     */
    private final Map<GoalDefinition, Goal> goalsAsConfigured = new ConcurrentHashMap<>();

    private record TimelineKey(String calendarId, boolean excludeMaintenance, CalendarOverride override) {
    }

    private CompiledPolicy(Policy policy, PublicHolidays holidays, ChunkBudget budget) {
        this.policy = policy;
        this.holidays = holidays;
        this.budget = budget;
    }

    /**
     * @param policy   the policy, not null
     * @param holidays public holidays, not null
     * @return the compiled policy
     * @throws org.contractsla.core.DomainException if a calendar's holiday region is unknown
     */
    public static CompiledPolicy of(Policy policy, PublicHolidays holidays) {
        return of(policy, holidays, ChunkBudget.of(KEPT_INTERVALS));
    }

    /** As {@link #of(Policy, PublicHolidays)}, with the budget its timelines share. */
    static CompiledPolicy of(Policy policy, PublicHolidays holidays, ChunkBudget budget) {
        CompiledPolicy compiled = new CompiledPolicy(Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(holidays, "holidays"), Objects.requireNonNull(budget, "budget"));
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
        return goal(definition, CalendarOverride.NONE);
    }

    /**
     * @param definition a goal of this policy, not null
     * @param override   a contract's zone and holiday region for the goal's calendar, not null
     * @return the definition compiled into a goal on its calendar as the contract sees it
     * @throws org.contractsla.core.DomainException if the override's holiday region is unknown
     */
    public Goal goal(GoalDefinition definition, CalendarOverride override) {
        if (override.equals(CalendarOverride.NONE)) {
            Goal known = goalsAsConfigured.get(definition);
            if (known != null) {
                return known;
            }
            Goal fresh = Goal.of(definition.target(), timeline(definition.calendarId(),
                    definition.excludeMaintenance(), override));
            goalsAsConfigured.putIfAbsent(definition, fresh);
            return fresh;
        }
        return Goal.of(definition.target(), timeline(definition.calendarId(), definition.excludeMaintenance(), override));
    }

    /** @return the compiled calendar, shared by every goal that names it with the same maintenance setting */
    public WorkingTimeline timeline(String calendarId, boolean excludeMaintenance) {
        return timeline(calendarId, excludeMaintenance, CalendarOverride.NONE);
    }

    /**
     * @return the compiled calendar as a contract with that override sees it, shared by every goal and request
     *         that asks for the same
     */
    public WorkingTimeline timeline(String calendarId, boolean excludeMaintenance, CalendarOverride override) {
        Objects.requireNonNull(override, "override");
        return timelines.computeIfAbsent(new TimelineKey(calendarId, excludeMaintenance, override),
                k -> WorkingTimeline.of(override.apply(policy.calendars().get(calendarId)), holidays,
                        excludeMaintenance, budget));
    }
}
