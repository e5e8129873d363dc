package org.contractsla.core.contract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.contractsla.core.policy.QuotaWindow;

/** A quota ledger in memory, for tests and the simulator. Thread-safe: claims are serialized. */
public final class InMemoryQuotaLedger implements QuotaLedger {

    private static final class Unit {
        final String customerNumber;
        final LocalDate day;

        Unit(String customerNumber, LocalDate day) {
            this.customerNumber = customerNumber;
            this.day = day;
        }
    }

    private final Map<String, Unit> byRequest = new HashMap<>();
    private final Map<String, Check> checks = new HashMap<>();
    private java.time.Instant adoptedAt;

    @Override
    public synchronized QuotaClaim claim(String customerNumber, String requestId, LocalDate day, QuotaWindow window,
            int limit) {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(requestId, "requestId");
        if (!window.contains(day)) {
            throw new IllegalArgumentException(day + " outside " + window);
        }
        int used = used(customerNumber, window);
        if (holds(customerNumber, requestId, window)) {
            return QuotaClaim.granted(used, limit);
        }
        if (used >= limit) {
            return QuotaClaim.refused(used, limit);
        }
        byRequest.put(requestId, new Unit(customerNumber, day));
        return QuotaClaim.granted(used + 1, limit);
    }

    @Override
    public synchronized boolean release(String requestId) {
        checks.remove(requestId);
        return byRequest.remove(requestId) != null;
    }

    @Override
    public synchronized void recordCheck(String requestId, String reporterKey, String customerNumber) {
        checks.put(Objects.requireNonNull(requestId, "requestId"), new Check(requestId, reporterKey, customerNumber));
    }

    @Override
    public synchronized Optional<Check> check(String requestId) {
        return Optional.ofNullable(checks.get(requestId));
    }

    @Override
    public synchronized Optional<java.time.Instant> adoptedAt() {
        return Optional.ofNullable(adoptedAt);
    }

    @Override
    public synchronized void adopt(java.time.Instant at) {
        if (adoptedAt == null) {
            adoptedAt = Objects.requireNonNull(at, "at");
        }
    }

    @Override
    public synchronized int changeReporterKey(String oldKey, String newKey) {
        int n = 0;
        for (Map.Entry<String, Check> e : checks.entrySet()) {
            if (oldKey.equals(e.getValue().reporterKey())) {
                e.setValue(new Check(e.getKey(), newKey, e.getValue().customerNumber()));
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized Set<String> requestIds() {
        Set<String> ids = new TreeSet<>(byRequest.keySet());
        ids.addAll(checks.keySet());
        return ids;
    }

    @Override
    public synchronized Optional<String> contractOf(String requestId) {
        return Optional.ofNullable(byRequest.get(requestId)).map(u -> u.customerNumber);
    }

    @Override
    public synchronized int releaseContract(String customerNumber) {
        int before = byRequest.size();
        byRequest.values().removeIf(u -> u.customerNumber.equals(customerNumber));
        return before - byRequest.size();
    }

    @Override
    public synchronized boolean holds(String customerNumber, String requestId, QuotaWindow window) {
        Unit held = byRequest.get(requestId);
        return held != null && held.customerNumber.equals(customerNumber) && window.contains(held.day);
    }

    @Override
    public synchronized boolean holdsAny(String requestId) {
        return byRequest.containsKey(requestId);
    }

    @Override
    public synchronized int used(String customerNumber, QuotaWindow window) {
        int n = 0;
        for (Unit u : byRequest.values()) {
            if (u.customerNumber.equals(customerNumber) && window.contains(u.day)) {
                n++;
            }
        }
        return n;
    }
}
