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
    public static final ProjectSettings DEFAULT = new ProjectSettings(null, Set.of(), null);

    /**
     * How the customers' request portal creates requests in this project: as which service account (a Jira user
     * who may create issues there; the customer becomes the reporter), and with which issue type.
     *
     * @param serviceAccount the service account's user key, not blank
     * @param issueTypeId    the issue type's id, not blank
     */
    public record Portal(String serviceAccount, String issueTypeId) {
        public Portal {
            if (serviceAccount == null || serviceAccount.isBlank() || issueTypeId == null || issueTypeId.isBlank()) {
                throw new org.contractsla.core.DomainException("policy.error.portal.incomplete");
            }
        }
    }

    private final Set<String> pauseStatuses;
    private final Set<String> responseStatuses;
    private final Portal portal;

    private ProjectSettings(Set<String> pauseStatuses, Set<String> responseStatuses, Portal portal) {
        this.pauseStatuses = pauseStatuses;
        this.responseStatuses = responseStatuses;
        this.portal = portal;
    }

    /**
     * @param pauseStatuses    the project's pause statuses, replacing the configuration's; null to keep those
     * @param responseStatuses statuses whose reaching answers the customer, not null
     * @return the settings
     */
    public static ProjectSettings of(Set<String> pauseStatuses, Set<String> responseStatuses) {
        return new ProjectSettings(pauseStatuses == null ? null : Set.copyOf(pauseStatuses),
                Set.copyOf(Objects.requireNonNull(responseStatuses, "responseStatuses")), null);
    }

    /**
     * @param portal how the request portal creates requests here, or null if it does not
     * @return these settings with that
     */
    public ProjectSettings withPortal(Portal portal) {
        return new ProjectSettings(pauseStatuses, responseStatuses, portal);
    }

    /** @return how the request portal creates requests in this project, empty if it does not */
    public Optional<Portal> portal() {
        return Optional.ofNullable(portal);
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
                && ((ProjectSettings) o).responseStatuses.equals(responseStatuses)
                && Objects.equals(((ProjectSettings) o).portal, portal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pauseStatuses, responseStatuses, portal);
    }

    @Override
    public String toString() {
        return "pause " + (pauseStatuses == null ? "(configuration's)" : pauseStatuses) + ", answer "
                + responseStatuses + (portal == null ? "" : ", portal " + portal);
    }
}
