package org.contractsla.core.request;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
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
        // a record holds after every known entry: an entry at this very instant (a pause beginning now) has begun,
        // so the clocks are measured a millisecond later, on the entries known now
        boolean entryNow = history.entries().stream().anyMatch(e -> e.at().equals(now));
        List<RequestHistory.Entry> known = history.entries().stream().filter(e -> !e.at().isAfter(now))
                .collect(java.util.stream.Collectors.toList());
        RequestHistory asOfNow = known.size() == history.entries().size() ? history
                : RequestHistory.of(history.key(), history.received(), history.planId(), history.severity(), known);
        Instant at = entryNow ? now.plusMillis(1) : now;
        Map<Metric, ClockRecord> kept = new EnumMap<>(Metric.class);
        measuring.measure(asOfNow, override, at).forEach((metric, clock) -> kept.put(metric, ClockRecord.of(clock)));
        return records.replace(requestId, kept);
    }
}
