package org.contractsla.core.request;

import java.util.List;

/** Port: the recorded events of each request, in the order they happened. */
public interface RequestActivity {

    /** @param event an event to keep, not null */
    void append(RequestEvent event);

    /** @return the events of that request by time, immutable, empty if none */
    List<RequestEvent> of(String requestKey);

    /** Forgets a request's events. */
    void forget(String requestKey);
}
