package org.contractsla.core.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a support request, in the app's own terms: the raw material SLA clocks are
 * derived from. Immutable.
 */
public final class RequestEvent {

    /** What happened. */
    public enum Kind {
        CREATED, UPDATED, COMMENTED, RESOLVED, CLOSED, REOPENED, DELETED, MOVED
    }

    private final String requestKey;
    private final Kind kind;
    private final Instant at;
    private final String actor;

    private RequestEvent(String requestKey, Kind kind, Instant at, String actor) {
        this.requestKey = requestKey;
        this.kind = kind;
        this.at = at;
        this.actor = actor;
    }

    /**
     * @param requestKey the request's key (e.g. {@code SUP-42}), not blank
     * @param kind       what happened, not null
     * @param at         when, not null
     * @param actor      who did it (a user key), or null when unknown or anonymous
     * @return the event
     */
    public static RequestEvent of(String requestKey, Kind kind, Instant at, String actor) {
        if (requestKey == null || requestKey.isBlank()) {
            throw new IllegalArgumentException("requestKey must not be blank");
        }
        return new RequestEvent(requestKey, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(at, "at"),
                actor);
    }

    /** @return the request's key, not null */
    public String requestKey() {
        return requestKey;
    }

    /** @return what happened, not null */
    public Kind kind() {
        return kind;
    }

    /** @return when, not null */
    public Instant at() {
        return at;
    }

    /** @return who did it, if known */
    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RequestEvent)) {
            return false;
        }
        RequestEvent e = (RequestEvent) o;
        return e.requestKey.equals(requestKey) && e.kind == kind && e.at.equals(at) && Objects.equals(e.actor, actor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestKey, kind, at, actor);
    }

    @Override
    public String toString() {
        return requestKey + " " + kind + " at " + at + (actor == null ? "" : " by " + actor);
    }
}
