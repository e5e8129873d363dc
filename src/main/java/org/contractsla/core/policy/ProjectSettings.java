package org.contractsla.core.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the clocks of one support project read its workflow (domain spec §3.1, §3.3): the statuses in which they
 * pause, if the project's differ from the configuration's, and the statuses whose reaching counts as the support
 * team's answer (a configured transition, such as "Answered" or "Accepted"), besides a public comment of the team.
 * Immutable.
 */
public final class ProjectSettings {

    /** A project without settings of its own: the configuration's pause statuses, answers by comment only. */
    public static final ProjectSettings DEFAULT = new ProjectSettings(null, Set.of());

    private final Set<String> pauseStatuses;
    private final Set<String> responseStatuses;

    private ProjectSettings(Set<String> pauseStatuses, Set<String> responseStatuses) {
        this.pauseStatuses = pauseStatuses;
        this.responseStatuses = responseStatuses;
    }

    /**
     * @param pauseStatuses    the project's pause statuses, replacing the configuration's; null to keep those
     * @param responseStatuses statuses whose reaching answers the customer, not null
     * @return the settings
     */
    public static ProjectSettings of(Set<String> pauseStatuses, Set<String> responseStatuses) {
        return new ProjectSettings(pauseStatuses == null ? null : Set.copyOf(pauseStatuses),
                Set.copyOf(Objects.requireNonNull(responseStatuses, "responseStatuses")));
    }

    /** @return the project's own pause statuses, empty if it keeps the configuration's */
    public Optional<Set<String>> pauseStatuses() {
        return Optional.ofNullable(pauseStatuses);
    }

    /** @return statuses whose reaching counts as the support team's answer, immutable */
    public Set<String> responseStatuses() {
        return responseStatuses;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectSettings && Objects.equals(((ProjectSettings) o).pauseStatuses, pauseStatuses)
                && ((ProjectSettings) o).responseStatuses.equals(responseStatuses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pauseStatuses, responseStatuses);
    }

    @Override
    public String toString() {
        return "pause " + (pauseStatuses == null ? "(configuration's)" : pauseStatuses) + ", answer "
                + responseStatuses;
    }
}
