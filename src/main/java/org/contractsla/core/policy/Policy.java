package org.contractsla.core.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.BusinessCalendar;

/**
 * The whole SLA configuration: calendars, plans and the statuses in which clocks pause. Every goal names a
 * calendar of the same policy. Immutable.
 */
public final class Policy {

    /** The version of the configuration format this code writes and reads. */
    public static final int SCHEMA_VERSION = 2;

    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, Plan> plans;
    private final Set<String> pauseStatuses;
    private final Set<String> supportProjects;
    private final Set<Long> trustedDirectories;
    private final Map<String, Long> supportProjectIds;
    private final Map<String, ProjectSettings> projectSettings;

    private Policy(Map<String, BusinessCalendar> calendars, Map<String, Plan> plans, Set<String> pauseStatuses,
            Set<String> supportProjects, Set<Long> trustedDirectories, Map<String, Long> supportProjectIds,
            Map<String, ProjectSettings> projectSettings) {
        this.calendars = calendars;
        this.plans = plans;
        this.pauseStatuses = pauseStatuses;
        this.supportProjects = supportProjects;
        this.trustedDirectories = trustedDirectories;
        this.supportProjectIds = supportProjectIds;
        this.projectSettings = projectSettings;
    }

    /**
     * @param projectKeys keys of the Jira projects that hold support requests: their agents may read contracts
     *                    and run checks, and requests leaving them give their quota back
     * @return this policy with those support projects
     * @throws DomainException {@code policy.error.project.key} for a key that is not a Jira project key
     */
    public Policy withSupportProjects(Set<String> projectKeys) {
        for (String key : projectKeys) {
            if (key == null || !key.matches("[A-Z][A-Z0-9_]{0,254}")) {
                throw new DomainException("policy.error.project.key", String.valueOf(key));
            }
        }
        Map<String, Long> ids = new java.util.TreeMap<>(supportProjectIds);
        ids.keySet().retainAll(projectKeys);
        Map<String, ProjectSettings> settings = new java.util.TreeMap<>(projectSettings);
        settings.keySet().retainAll(projectKeys);
        return new Policy(calendars, plans, pauseStatuses, Set.copyOf(projectKeys), trustedDirectories,
                java.util.Collections.unmodifiableMap(ids), java.util.Collections.unmodifiableMap(settings));
    }

    /**
     * @param ids the id of each support project's Jira project, by the key it is configured with; entries for keys
     *            that are not support projects are left out
     * @return this policy knowing its support projects by id too, so that a project whose key was changed stays one
     * @throws DomainException {@code policy.error.project.id} for an id below 1
     */
    public Policy withSupportProjectIds(Map<String, Long> ids) {
        Map<String, Long> kept = new java.util.TreeMap<>();
        ids.forEach((key, id) -> {
            if (id == null || id < 1) {
                throw new DomainException("policy.error.project.id", key, String.valueOf(id));
            }
            if (supportProjects.contains(key)) {
                kept.put(key, id);
            }
        });
        return new Policy(calendars, plans, pauseStatuses, supportProjects, trustedDirectories,
                java.util.Collections.unmodifiableMap(kept), projectSettings);
    }

    /**
     * @param settings how each support project's workflow reads, by its configured key; a project left out keeps
     *                 {@link ProjectSettings#DEFAULT}
     * @return this policy with those settings
     * @throws DomainException {@code policy.error.projectSettings.project} for a key that is not a support project
     */
    public Policy withProjectSettings(Map<String, ProjectSettings> settings) {
        Map<String, ProjectSettings> kept = new java.util.TreeMap<>();
        settings.forEach((key, s) -> {
            if (!supportProjects.contains(key)) {
                throw new DomainException("policy.error.projectSettings.project", String.valueOf(key));
            }
            kept.put(key, java.util.Objects.requireNonNull(s, "settings"));
        });
        return new Policy(calendars, plans, pauseStatuses, supportProjects, trustedDirectories, supportProjectIds,
                java.util.Collections.unmodifiableMap(kept));
    }

    /**
     * @return the support project the customers' request portal creates requests in: the first, by key, whose
     *         settings name a service account; empty while none does
     */
    public Optional<String> portalProject() {
        return new java.util.TreeSet<>(supportProjects).stream()
                .filter(key -> settingsOf(key).portal().isPresent()).findFirst();
    }

    /** @return the settings support projects have of their own, by configured key */
    public Map<String, ProjectSettings> projectSettings() {
        return projectSettings;
    }

    /**
     * @param projectKey a support project's configured key, or null
     * @return its settings, {@link ProjectSettings#DEFAULT} if it has none of its own
     */
    public ProjectSettings settingsOf(String projectKey) {
        return projectKey == null ? ProjectSettings.DEFAULT
                : projectSettings.getOrDefault(projectKey, ProjectSettings.DEFAULT);
    }

    /** @return the Jira project id of support projects, by their configured key, where known */
    public Map<String, Long> supportProjectIds() {
        return supportProjectIds;
    }

    /**
     * @param projectKey a project's key now, or null
     * @param projectId  its id, or null
     * @return the key it is configured with as a support project: its own, or, for a project whose key changed, the
     *         configured key recorded with its id; empty if it is no support project
     */
    public Optional<String> supportProjectOf(String projectKey, Long projectId) {
        if (projectKey != null && supportProjects.contains(projectKey)) {
            return Optional.of(projectKey);
        }
        if (projectId != null) {
            for (Map.Entry<String, Long> e : supportProjectIds.entrySet()) {
                if (e.getValue().equals(projectId)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param directoryIds ids of the user directories whose accounts' e-mail addresses the admin trusts: only their
     *                     accounts are matched to the e-mail contacts of contracts
     * @return this policy with those trusted directories
     * @throws DomainException {@code policy.error.directory.id} for an id below 0
     */
    public Policy withTrustedDirectories(Set<Long> directoryIds) {
        for (Long id : directoryIds) {
            if (id == null || id < 0) {
                throw new DomainException("policy.error.directory.id", String.valueOf(id));
            }
        }
        return new Policy(calendars, plans, pauseStatuses, supportProjects, Set.copyOf(directoryIds),
                supportProjectIds, projectSettings);
    }

    /** @return ids of the trusted user directories, immutable; none unless the admin names them */
    public Set<Long> trustedDirectories() {
        return trustedDirectories;
    }

    /** @return keys of the support projects, immutable */
    public Set<String> supportProjects() {
        return supportProjects;
    }

    /**
     * @param calendars     calendars, ids unique
     * @param plans         plans, ids unique
     * @param pauseStatuses statuses (by name) in which clocks pause
     * @return the policy
     * @throws DomainException {@code policy.error.calendar.duplicate}, {@code policy.error.plan.duplicate},
     *                         {@code policy.error.calendar.unknown}, {@code policy.error.calendar.alwaysInMaintenance}
     */
    public static Policy of(List<BusinessCalendar> calendars, List<Plan> plans, Set<String> pauseStatuses) {
        Map<String, BusinessCalendar> byId = new LinkedHashMap<>();
        for (BusinessCalendar c : calendars) {
            if (byId.put(c.id(), c) != null) {
                throw new DomainException("policy.error.calendar.duplicate", c.id());
            }
        }
        Map<String, Plan> plansById = new LinkedHashMap<>();
        for (Plan p : plans) {
            if (plansById.put(p.id(), p) != null) {
                throw new DomainException("policy.error.plan.duplicate", p.id());
            }
            p.goals().forEach((metric, bySeverity) -> bySeverity.forEach((severity, goal) -> {
                if (!byId.containsKey(goal.calendarId())) {
                    throw new DomainException("policy.error.calendar.unknown", goal.calendarId(), p.id(),
                            metric.id(), severity.name());
                }
                if (goal.excludeMaintenance() && !byId.get(goal.calendarId()).openOutsideMaintenance()) {
                    throw new DomainException("policy.error.calendar.alwaysInMaintenance", goal.calendarId(), p.id(),
                            metric.id(), severity.name());
                }
            }));
        }
        return new Policy(java.util.Collections.unmodifiableMap(byId),
                java.util.Collections.unmodifiableMap(plansById), Set.copyOf(pauseStatuses), Set.of(), Set.of(),
                Map.of(), Map.of());
    }

    /** @return calendars by id, in definition order */
    public Map<String, BusinessCalendar> calendars() {
        return calendars;
    }

    /** @return plans by id, in definition order */
    public Map<String, Plan> plans() {
        return plans;
    }

    /** @return the plan with that id, if any */
    public Optional<Plan> plan(String id) {
        return Optional.ofNullable(plans.get(id));
    }

    /** @return statuses in which clocks pause */
    public Set<String> pauseStatuses() {
        return pauseStatuses;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy && ((Policy) o).calendars.equals(calendars) && ((Policy) o).plans.equals(plans)
                && ((Policy) o).pauseStatuses.equals(pauseStatuses) && ((Policy) o).supportProjects.equals(supportProjects)
                && ((Policy) o).trustedDirectories.equals(trustedDirectories)
                && ((Policy) o).supportProjectIds.equals(supportProjectIds)
                && ((Policy) o).projectSettings.equals(projectSettings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(calendars, plans, pauseStatuses, supportProjects, trustedDirectories,
                supportProjectIds, projectSettings);
    }
}
