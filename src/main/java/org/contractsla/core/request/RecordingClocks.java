package org.contractsla.core.request;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.policy.Metric;

/**
 * Use case: measure a request's clocks from its history and keep what does not change until the next event
 * ({@link ClockRecord}). Measuring the same history again, at any later instant, keeps the same records, so a
 * missed event is healed by the next recomputation and a recomputation that finds nothing new changes nothing.
 * Thread-safe as its ports are.
 */
public final class RecordingClocks {

    private final AssessingRequests assessing;
    private final ClockRecords records;

    /**
     * @param assessing the one answer about requests, under the policy in force, not null
     * @param records   where records are kept, not null
     */
    public RecordingClocks(AssessingRequests assessing, ClockRecords records) {
        this.assessing = Objects.requireNonNull(assessing, "assessing");
        this.records = Objects.requireNonNull(records, "records");
    }

    private static boolean completedAlike(ClockRecord before, ClockRecord now) {
        return before != null && before.stoppedAt() != null && before.stoppedAt().equals(now.stoppedAt())
                && before.cycles() == now.cycles();
    }

    /**
     * @param requestId the request's id, not null
     * @param history   its history as the tracker recorded it, not null
     * @param decision  the entitlement decision it was opened with (its clocks run on that decision's plan,
     *                  severity and contract calendars, see {@link AssessingRequests}); null for a request measured
     *                  on its history alone
     * @param now       the instant to measure at, not null
     * @return whether the records changed (the issue then needs reindexing)
     */
    public boolean record(String requestId, RequestHistory history, EntitlementDecision decision, Instant now) {
        return record(requestId, history, decision, now, false);
    }

    /**
     * As {@link #record(String, RequestHistory, EntitlementDecision, Instant)}, after the configuration changed and
     * nothing of the request did: a cycle that was complete before keeps the record it was measured with (the same
     * stop, the same number of cycles), so a changed goal does not turn a met goal into a missed one. An event of the
     * request is recorded with {@code keepCompleted} false: its history changed, and everything is measured afresh.
     *
     * @param keepCompleted whether completed cycles keep their records
     */
    public boolean record(String requestId, RequestHistory history, EntitlementDecision decision, Instant now,
            boolean keepCompleted) {
        // a record holds after every known entry: an entry at this very instant (a pause beginning now) has begun,
        // so the clocks are measured a millisecond later, on the entries known now
        boolean entryNow = history.hasEntryAt(now);
        RequestHistory asOfNow = history.knownBy(now);
        Instant at = entryNow ? now.plusMillis(1) : now;
        Map<Metric, ClockRecord> kept = new EnumMap<>(Metric.class);
        RequestAssessment assessment = decision == null ? assessing.measure(asOfNow, at)
                : assessing.measure(asOfNow, decision, at);
        assessment.clocks().forEach((metric, clock) -> kept.put(metric, ClockRecord.of(clock)));
        if (keepCompleted) {
            Map<Metric, ClockRecord> before = records.byRequest(requestId);
            kept.replaceAll((metric, fresh) -> completedAlike(before.get(metric), fresh) ? before.get(metric) : fresh);
        }
        return records.replace(requestId, kept);
    }
}
