package org.contractsla.core.request;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Use case: measure the clocks of every support request again, after the configuration changed (a calendar, a
 * plan, the support projects) and every night, so that the SLA fields follow the configuration in force and
 * whatever an event missed is healed. Requests that have records but are no support requests any more (deleted
 * without an event, their project no longer a support project) are measured too, which drops their records.
 * Cycles completed before keep the records they were measured with, when nothing of the request changed
 * ({@link RecordingClocks#record(String, RequestHistory, org.contractsla.core.entitlement.EntitlementDecision,
 * java.time.Instant, boolean)}). The progress is kept
 * as it goes, every {@value #SAVE_EVERY} requests, for administrators to follow on any node.
 */
public final class RecomputingAll {

    /** How often the progress is saved, in requests. */
    static final int SAVE_EVERY = 250;
    /** How old a finished recomputation may be before the next one is due even if nothing changed. */
    public static final Duration AT_LEAST_EVERY = Duration.ofHours(24);

    /** The support requests, one id at a time. */
    public interface Requests {
        /** @param each called with the id of every support request */
        void forEachId(Consumer<String> each);
    }

    /** Measures one request again. */
    public interface One {
        /**
         * @param requestId a request
         * @return whether its records changed
         * @throws RuntimeException if it could not be measured; counted as failed, the run goes on
         */
        boolean recompute(String requestId);
    }

    private final Requests requests;
    private final ClockRecords records;
    private final One one;
    private final RecomputationProgress.Store progress;
    private final Clock clock;

    /**
     * @param requests the support requests, not null
     * @param records  the clock records (which requests have some), not null
     * @param one      measures one request again, not null
     * @param progress where the progress is kept, not null
     * @param clock    the time source, not null
     */
    public RecomputingAll(Requests requests, ClockRecords records, One one, RecomputationProgress.Store progress,
            Clock clock) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.records = Objects.requireNonNull(records, "records");
        this.one = Objects.requireNonNull(one, "one");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param revision the fingerprint of the configuration in force, not null
     * @return whether a run is due: none yet, one for another configuration, one that never finished, or the last
     *         one finished more than {@link #AT_LEAST_EVERY} ago
     */
    public boolean due(String revision) {
        Objects.requireNonNull(revision, "revision");
        return progress.last().map(p -> !p.revision().equals(revision) || p.running()
                || p.finishedAt().plus(AT_LEAST_EVERY).isBefore(clock.instant())).orElse(true);
    }

    /**
     * Runs through every request; the caller makes sure one run at a time runs in the cluster.
     *
     * @param revision the fingerprint of the configuration it measures against, not null
     * @return the progress at the end
     * @throws org.contractsla.core.StorageUnavailableException if the requests or records could not be listed
     */
    public RecomputationProgress run(String revision) {
        Set<String> ids = new LinkedHashSet<>();
        requests.forEachId(ids::add);
        ids.addAll(records.requestIds()); // those no longer support requests lose their records
        RecomputationProgress p = new RecomputationProgress(revision, clock.instant(), null, ids.size(), 0, 0, 0);
        progress.save(p);
        int done = 0;
        int changed = 0;
        int failed = 0;
        for (String id : ids) {
            try {
                if (one.recompute(id)) {
                    changed++;
                }
            } catch (RuntimeException e) { // one request does not stop the others
                failed++;
            }
            done++;
            if (done % SAVE_EVERY == 0) {
                progress.save(new RecomputationProgress(revision, p.startedAt(), null, ids.size(), done, changed,
                        failed));
            }
        }
        RecomputationProgress end = new RecomputationProgress(revision, p.startedAt(), clock.instant(), ids.size(),
                done, changed, failed);
        progress.save(end);
        return end;
    }
}
