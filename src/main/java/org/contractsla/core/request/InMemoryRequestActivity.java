package org.contractsla.core.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link RequestActivity} in memory, for tests and previews. Thread-safe. */
public final class InMemoryRequestActivity implements RequestActivity {

    private final ConcurrentMap<String, List<RequestEvent>> events = new ConcurrentHashMap<>();

    @Override
    public void append(RequestEvent event) {
        events.compute(event.requestKey(), (k, list) -> {
            List<RequestEvent> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
            copy.add(event);
            copy.sort(Comparator.comparing(RequestEvent::at));
            return List.copyOf(copy);
        });
    }

    @Override
    public List<RequestEvent> of(String requestKey) {
        return events.getOrDefault(requestKey, List.of());
    }

    @Override
    public void forget(String requestKey) {
        events.remove(requestKey);
    }
}
