package org.contractsla.core.request;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.policy.Metric;

/**
 * Use case: measure a request's clocks from its history and keep what does not change until the next event
 * ({@link ClockRecord}). Measuring the same history again, at any later instant, keeps the same records, so a
 * missed event is healed by the next recomputation and a recomputation that finds nothing new changes nothing.
 * Thread-safe as its ports are.
 */
public final class RecordingClocks {

    private final MeasuringRequestClocks measuring;
    private final ClockRecords records;

    /**
     * @param measuring the clocks of the policy in force, not null
     * @param records   where records are kept, not null
     */
    public RecordingClocks(MeasuringRequestClocks measuring, ClockRecords records) {
        this.measuring = Objects.requireNonNull(measuring, "measuring");
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * @param requestId the request's id, not null
     * @param history   its history as the tracker recorded it, not null
     * @param override  its contract's zone and holiday region, not null ({@link CalendarOverride#NONE} for none)
     * @param now       the instant to measure at, not null
     * @return whether the records changed (the issue then needs reindexing)
     */
    public boolean record(String requestId, RequestHistory history, CalendarOverride override, Instant now) {
        // a record holds after every known entry: an entry at this very instant (a pause beginning now) has begun
        Instant at = now;
        for (RequestHistory.Entry e : history.entries()) {
            if (!e.at().isAfter(now) && !e.at().isBefore(at)) {
                at = e.at().plusMillis(1);
            }
        }
        Map<Metric, ClockRecord> kept = new EnumMap<>(Metric.class);
        measuring.measure(history, override, at).forEach((metric, clock) -> kept.put(metric, ClockRecord.of(clock)));
        return records.replace(requestId, kept);
    }
}
