package org.contractsla.core.severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SeverityChanges} in memory, for the simulator, the preview and tests. Thread-safe. */
public final class InMemorySeverityChanges implements SeverityChanges {

    private final Map<String, List<SeverityChange>> changes = new ConcurrentHashMap<>();

    @Override
    public void append(SeverityChange change) {
        changes.compute(change.requestId(), (id, list) -> {
            List<SeverityChange> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
            next.add(change);
            next.sort(java.util.Comparator.comparing(SeverityChange::at));
            return List.copyOf(next);
        });
    }

    @Override
    public int countByUser(String userKey) {
        return (int) changes.values().stream().flatMap(List::stream).filter(c -> userKey.equals(c.userKey())).count();
    }

    @Override
    public int changeUserKey(String oldKey, String newKey) {
        int[] changed = {0};
        changes.replaceAll((id, list) -> {
            List<SeverityChange> next = new ArrayList<>();
            for (SeverityChange c : list) {
                boolean theirs = oldKey.equals(c.userKey());
                changed[0] += theirs ? 1 : 0;
                next.add(theirs ? new SeverityChange(c.requestId(), c.at(), newKey, c.from(), c.to(), c.note(),
                        c.rules()) : c);
            }
            return List.copyOf(next);
        });
        return changed[0];
    }

    @Override
    public List<SeverityChange> byRequest(String requestId) {
        return changes.getOrDefault(Objects.requireNonNull(requestId, "requestId"), List.of());
    }
}
