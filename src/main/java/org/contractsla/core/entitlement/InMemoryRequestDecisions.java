package org.contractsla.core.entitlement;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The decisions in memory: for the simulator, tests and the preview. Thread-safe. */
public final class InMemoryRequestDecisions implements RequestDecisions {

    private final ConcurrentMap<String, EntitlementDecision> decisions = new ConcurrentHashMap<>();

    @Override
    public void keep(String requestId, EntitlementDecision decision) {
        decisions.put(Objects.requireNonNull(requestId, "requestId"), Objects.requireNonNull(decision, "decision"));
    }

    @Override
    public Optional<EntitlementDecision> byRequest(String requestId) {
        return Optional.ofNullable(decisions.get(Objects.requireNonNull(requestId, "requestId")));
    }

    @Override
    public boolean remove(String requestId) {
        return decisions.remove(Objects.requireNonNull(requestId, "requestId")) != null;
    }
}
