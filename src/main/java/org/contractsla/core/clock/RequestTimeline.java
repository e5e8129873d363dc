package org.contractsla.core.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/**
 * What happened to a request, as far as one SLA clock cares: when it was received and under which goal,
 * when the goal changed, when the clock was paused, and when its stop event came. Immutable.
 */
public final class RequestTimeline {

    private final Instant received;
    private final Goal initialGoal;
    private final List<GoalChange> goalChanges;
    private final List<Pause> pauses;
    private final Instant stop;
    /** The pauses in epoch milliseconds, for the clock's inner loop: starts, and ends (MAX_VALUE while open). */
    private final long[] pauseFrom;
    private final long[] pauseUntil;
    /** Receipt and stop in epoch milliseconds (stop: MAX_VALUE until it comes), for the same reason. */
    private final long receivedMillis;
    private final long stopMillis;

    private RequestTimeline(Builder b) {
        this.received = b.received;
        this.initialGoal = b.initialGoal;
        if (!b.changesInOrder) {
            b.goalChanges.sort(Comparator.comparing(GoalChange::at));
        }
        this.goalChanges = b.goalChanges.isEmpty() ? List.of() : List.copyOf(b.goalChanges);
        if (!b.pausesInOrder) {
            b.pauses.sort(Comparator.comparing(Pause::from));
        }
        List<Pause> ps = List.copyOf(b.pauses);
        this.pauses = ps;
        this.stop = b.stop;
        this.receivedMillis = received.toEpochMilli();
        this.stopMillis = stop == null ? Long.MAX_VALUE : stop.toEpochMilli();
        this.pauseFrom = new long[ps.size()];
        this.pauseUntil = new long[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            pauseFrom[i] = ps.get(i).from().toEpochMilli();
            pauseUntil[i] = ps.get(i).untilMillis();
        }
    }

    /**
     * @param received    when the request arrived, not null
     * @param initialGoal the goal it arrived with, not null
     * @return a builder
     */
    public static Builder receivedAt(Instant received, Goal initialGoal) {
        return new Builder(received, initialGoal);
    }

    /** @return when the request arrived, not null */
    public Instant received() {
        return received;
    }

    /** @return the goal it arrived with, not null */
    public Goal initialGoal() {
        return initialGoal;
    }

    /** @return goal changes by time, immutable */
    public List<GoalChange> goalChanges() {
        return goalChanges;
    }

    /** @return pauses by start, immutable */
    public List<Pause> pauses() {
        return pauses;
    }

    /** @return pause starts in epoch milliseconds, by start; the caller must not change it */
    long[] pauseFromMillis() {
        return pauseFrom;
    }

    /** @return pause ends in epoch milliseconds, {@code Long.MAX_VALUE} while open; the caller must not change it */
    long[] pauseUntilMillis() {
        return pauseUntil;
    }

    /** @return the stop event, if it came */
    public Optional<Instant> stop() {
        return Optional.ofNullable(stop);
    }

    /** @return the stop event or null, for the clock's hot path */
    Instant stopOrNull() {
        return stop;
    }

    /** @return {@link #received()} in epoch milliseconds */
    long receivedMillis() {
        return receivedMillis;
    }

    /** @return the stop event in epoch milliseconds, {@code Long.MAX_VALUE} if it has not come */
    long stopMillis() {
        return stopMillis;
    }

    /** Builds a {@link RequestTimeline}; not thread-safe. */
    public static final class Builder {
        private final Instant received;
        private final Goal initialGoal;
        private final List<GoalChange> goalChanges = new ArrayList<>();
        private final List<Pause> pauses = new ArrayList<>();
        /** whether everything was added in time order, as a request's history gives it: no sorting needed */
        private boolean changesInOrder = true;
        private boolean pausesInOrder = true;
        private Instant stop;

        private Builder(Instant received, Goal initialGoal) {
            this.received = Objects.requireNonNull(received, "received");
            this.initialGoal = Objects.requireNonNull(initialGoal, "initialGoal");
        }

        /**
         * @param at   when the goal changed, not null, not before receipt
         * @param goal the new goal, not null
         * @throws DomainException {@code clock.error.beforeReceived}
         */
        public Builder goalChange(Instant at, Goal goal) {
            requireNotBeforeReceived(at);
            changesInOrder &= goalChanges.isEmpty() || !at.isBefore(goalChanges.get(goalChanges.size() - 1).at());
            goalChanges.add(GoalChange.at(at, goal));
            return this;
        }

        /**
         * @param pause a pause, not null; pauses must not overlap and must not begin before receipt
         * @throws DomainException {@code clock.error.beforeReceived} or {@code clock.error.pause.overlap}
         */
        public Builder pause(Pause pause) {
            Objects.requireNonNull(pause, "pause");
            requireNotBeforeReceived(pause.from());
            Pause last = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
            if (pausesInOrder && last != null && last.until().isPresent()
                    && !pause.from().isBefore(last.until().get())) {
                pauses.add(pause); // all in order so far, and this one after the last: it overlaps none
                return this;
            }
            for (Pause p : pauses) {
                boolean overlap = pause.from().isBefore(p.until().orElse(Instant.MAX))
                        && p.from().isBefore(pause.until().orElse(Instant.MAX));
                if (overlap) {
                    throw new DomainException("clock.error.pause.overlap", p.toString(), pause.toString());
                }
            }
            pausesInOrder &= last == null;
            pauses.add(pause);
            return this;
        }

        /**
         * @param at the stop event (first response, resolution…), not null, not before receipt
         * @throws DomainException {@code clock.error.beforeReceived}
         */
        public Builder stoppedAt(Instant at) {
            requireNotBeforeReceived(at);
            this.stop = at;
            return this;
        }

        private void requireNotBeforeReceived(Instant at) {
            Objects.requireNonNull(at, "at");
            if (at.isBefore(received)) {
                throw new DomainException("clock.error.beforeReceived", at.toString(), received.toString());
            }
        }

        /** @return the timeline */
        public RequestTimeline build() {
            return new RequestTimeline(this);
        }
    }
}
