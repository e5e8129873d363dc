package org.contractsla.jira.listener;

import com.atlassian.jira.project.Project;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;

/**
 * Which projects are support projects, for listeners, which must not read the store on every event: the
 * configuration is read again at most every {@link #TTL_NANOS} ns. Thread-safe.
 */
final class SupportProjectLookup {

    /** How long the support projects read from the configuration are used before they are read again. */
    static final long TTL_NANOS = 5_000_000_000L;

    private final PolicyStore policies;
    private final LongSupplier nanoTime;
    private final UnaryOperator<Policy> ids;
    private volatile Snapshot snapshot;

    /** The configuration as read at a moment. */
    private record Snapshot(Policy policy, long readAt) {
    }

    /**
     * @param policies where the configuration is kept
     * @param nanoTime the time source the snapshot's age is measured on
     * @param ids      adds the ids of support projects a configuration from before ids were recorded does not name
     */
    SupportProjectLookup(PolicyStore policies, LongSupplier nanoTime, UnaryOperator<Policy> ids) {
        this.policies = policies;
        this.nanoTime = nanoTime;
        this.ids = ids;
    }

    /**
     * @param project a project, or null
     * @return the key it is configured with as a support project (even after its key was changed), else empty
     */
    Optional<String> supportProjectOf(Project project) {
        return project == null ? Optional.empty() : policy().supportProjectOf(project.getKey(), project.getId());
    }

    private Policy policy() {
        Snapshot known = snapshot;
        long now = nanoTime.getAsLong();
        if (known != null && now - known.readAt() < TTL_NANOS) {
            return known.policy();
        }
        Policy policy = ids.apply(policies.current());
        snapshot = new Snapshot(policy, now);
        return policy;
    }
}
