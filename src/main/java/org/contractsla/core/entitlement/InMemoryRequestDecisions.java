package org.contractsla.core.entitlement;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The decisions in memory: for the simulator, tests and the preview. Thread-safe. */
public final class InMemoryRequestDecisions implements RequestDecisions {

    private final ConcurrentMap<String, EntitlementDecision> decisions = new ConcurrentHashMap<>();
    /** when each was kept last, for newest first */
    private final ConcurrentMap<String, Long> kept = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void keep(String requestId, EntitlementDecision decision) {
        decisions.put(Objects.requireNonNull(requestId, "requestId"), Objects.requireNonNull(decision, "decision"));
        kept.put(requestId, sequence.incrementAndGet());
    }

    @Override
    public Page byCustomerNumbers(java.util.Set<String> customerNumbers, int offset, int limit) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        decisions.forEach((id, d) -> {
            if (d.customerNumber().filter(customerNumbers::contains).isPresent()) {
                ids.add(id);
            }
        });
        ids.sort(java.util.Comparator.comparingLong((String id) -> kept.getOrDefault(id, 0L)).reversed());
        return Page.of(ids, offset, limit);
    }

    @Override
    public Optional<EntitlementDecision> byRequest(String requestId) {
        return Optional.ofNullable(decisions.get(Objects.requireNonNull(requestId, "requestId")));
    }

    @Override
    public int countByPlan(String planId) {
        Objects.requireNonNull(planId, "planId");
        int n = 0;
        for (EntitlementDecision d : decisions.values()) {
            n += d.handling() != EntitlementDecision.Handling.REJECT && d.planId().filter(planId::equals).isPresent()
                    ? 1 : 0;
        }
        return n;
    }

    @Override
    public boolean remove(String requestId) {
        kept.remove(Objects.requireNonNull(requestId, "requestId"));
        return decisions.remove(requestId) != null;
    }
}
