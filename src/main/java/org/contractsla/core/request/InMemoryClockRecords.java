package org.contractsla.core.request;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.contractsla.core.policy.Metric;

/** {@link ClockRecords} in memory, for the simulator, the preview and tests. Thread-safe. */
public final class InMemoryClockRecords implements ClockRecords {

    private final Map<String, Map<Metric, ClockRecord>> records = new ConcurrentHashMap<>();

    @Override
    public Map<Metric, ClockRecord> byRequest(String requestId) {
        return records.getOrDefault(Objects.requireNonNull(requestId, "requestId"), Map.of());
    }

    @Override
    public boolean replace(String requestId, Map<Metric, ClockRecord> given) {
        Map<Metric, ClockRecord> all = new EnumMap<>(Metric.class);
        all.putAll(given);
        Map<Metric, ClockRecord> copy = java.util.Collections.unmodifiableMap(all);
        Map<Metric, ClockRecord> before = records.put(Objects.requireNonNull(requestId, "requestId"), copy);
        return !copy.equals(before == null ? Map.of() : before);
    }

    @Override
    public java.util.Set<String> requestIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        records.forEach((id, kept) -> {
            if (!kept.isEmpty()) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Override
    public boolean remove(String requestId) {
        return records.remove(Objects.requireNonNull(requestId, "requestId")) != null;
    }
}
