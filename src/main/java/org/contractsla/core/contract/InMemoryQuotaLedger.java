package org.contractsla.core.contract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
        return byRequest.remove(requestId) != null;
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
