package org.contractsla.core.request;

import java.util.Objects;

/**
 * Use case: record what happens to requests so that their clocks can be derived (and re-derived) from it.
 * The same event delivered twice is kept once; a deleted request's history is dropped.
 */
public class RecordingRequestActivity {

    private final RequestActivity activity;

    /** @param activity where events are kept, not null */
    public RecordingRequestActivity(RequestActivity activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /**
     * @param event what happened, not null
     * @return true if the event changed the record, false for a repeat
     */
    public boolean record(RequestEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.kind() == RequestEvent.Kind.DELETED) {
            boolean had = !activity.of(event.requestKey()).isEmpty();
            activity.forget(event.requestKey());
            return had;
        }
        if (activity.of(event.requestKey()).contains(event)) {
            return false;
        }
        activity.append(event);
        return true;
    }

    /** @return the record this use case writes to */
    public RequestActivity activity() {
        return activity;
    }
}
