package org.contractsla.core.policy;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A configuration held in memory, for tests and the offline preview. Thread-safe. */
public final class InMemoryPolicyStore implements PolicyStore {

    private volatile Policy policy;

    /** @param initial the configuration to start with, not null */
    public InMemoryPolicyStore(Policy initial) {
        this.policy = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public Policy current() {
        return policy;
    }

    @Override
    public synchronized <T> T withCurrent(Function<Policy, T> action) {
        return action.apply(policy);
    }

    @Override
    public synchronized Policy update(UnaryOperator<Policy> change) {
        Policy next = Objects.requireNonNull(change.apply(policy), "policy");
        this.policy = next;
        return next;
    }
}
