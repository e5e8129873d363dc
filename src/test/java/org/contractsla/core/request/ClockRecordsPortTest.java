package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.contractsla.core.policy.Metric;
import org.junit.Before;
import org.junit.Test;

/** What every {@link ClockRecords} store must do; each store's test extends this with its own store. */
public abstract class ClockRecordsPortTest {

    protected ClockRecords records;

    protected abstract ClockRecords create();

    @Before
    public void setUpStore() {
        records = create();
    }

    private static final ClockRecord RUNNING = new ClockRecord(Metric.FIRST_RESPONSE, "RUNNING", Duration.ofHours(4),
            Instant.parse("2026-03-02T12:00:00Z"), null, null, null, 1, 0);
    private static final ClockRecord STOPPED = new ClockRecord(Metric.RESOLUTION, "BREACHED", Duration.ofHours(16),
            Instant.parse("2026-03-03T16:00:00Z"), Duration.ofHours(17), Instant.parse("2026-03-03T16:00:00Z"),
            Instant.parse("2026-03-04T09:00:00Z"), 2, 1);
    private static final ClockRecord ABSENT = new ClockRecord(Metric.UPDATE_INTERVAL, "NOT_STARTED", null, null, null,
            null, null, 0, 0);

    @Test
    public void shouldKeepEveryPartOfEveryRecordAndSayWhenSomethingChanged() {
        Map<Metric, ClockRecord> all = Map.of(Metric.FIRST_RESPONSE, RUNNING, Metric.RESOLUTION, STOPPED,
                Metric.UPDATE_INTERVAL, ABSENT);
        assertTrue(records.replace("10001", all));
        assertEquals(all, records.byRequest("10001"));
        assertFalse("the same again", records.replace("10001", all));
        Map<Metric, ClockRecord> fewer = Map.of(Metric.FIRST_RESPONSE, RUNNING);
        assertTrue("one fewer", records.replace("10001", fewer));
        assertEquals(fewer, records.byRequest("10001"));
        ClockRecord later = new ClockRecord(Metric.FIRST_RESPONSE, "RUNNING", Duration.ofHours(4),
                Instant.parse("2026-03-02T13:00:00Z"), null, null, null, 1, 0);
        assertTrue("another due instant", records.replace("10001", Map.of(Metric.FIRST_RESPONSE, later)));
        assertEquals(later, records.byRequest("10001").get(Metric.FIRST_RESPONSE));
        assertTrue("none at all", records.replace("10001", Map.of()));
        assertEquals(Map.of(), records.byRequest("10001"));
        assertFalse(records.replace("10001", Map.of()));
    }

    @Test
    public void shouldKeepRequestsApartAndForgetARemovedOne() {
        records.replace("10001", Map.of(Metric.FIRST_RESPONSE, RUNNING));
        records.replace("10002", Map.of(Metric.RESOLUTION, STOPPED));
        assertEquals(Map.of(Metric.RESOLUTION, STOPPED), records.byRequest("10002"));
        assertTrue(records.remove("10001"));
        assertFalse(records.remove("10001"));
        assertEquals(Map.of(), records.byRequest("10001"));
        assertEquals(Map.of(Metric.RESOLUTION, STOPPED), records.byRequest("10002"));
        assertEquals(Map.of(), records.byRequest("10003"));
    }

    @Test
    public void shouldListTheRequestsWithRecords() {
        assertEquals(java.util.Set.of(), records.requestIds());
        java.util.Map<Metric, ClockRecord> all = new java.util.EnumMap<>(Metric.class);
        all.put(Metric.FIRST_RESPONSE, RUNNING);
        all.put(Metric.RESOLUTION, STOPPED);
        records.replace("10001", all);
        records.replace("10002", all);
        records.replace("10003", Map.of());
        assertEquals(java.util.Set.of("10001", "10002"), records.requestIds());
        records.remove("10001");
        assertEquals(java.util.Set.of("10002"), records.requestIds());
    }
}
