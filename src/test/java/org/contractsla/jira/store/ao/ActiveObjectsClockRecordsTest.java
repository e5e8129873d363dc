package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.ClockRecordsPortTest;
import org.junit.Test;

public class ActiveObjectsClockRecordsTest extends ClockRecordsPortTest {

    private FakeActiveObjects ao;

    @Override
    protected ClockRecords create() {
        ao = new FakeActiveObjects();
        return new ActiveObjectsClockRecords(ao.asActiveObjects(), FakeActiveObjects.locks());
    }

    private static ClockRecord running(String due) {
        return new ClockRecord(Metric.FIRST_RESPONSE, "RUNNING", Duration.ofHours(4), Instant.parse(due), null, null,
                null, 1, 0);
    }

    @Test
    public void shouldKeepOneRowPerMetricAndLeaveTheOldOnesWhenAWriteFails() {
        records.replace("10001", Map.of(Metric.FIRST_RESPONSE, running("2026-03-02T12:00:00Z")));
        records.replace("10001", Map.of(Metric.FIRST_RESPONSE, running("2026-03-02T13:00:00Z")));
        assertEquals(1, ao.rows(ClockRecordEntity.class));
        ao.failCreateAfter = 0;
        try {
            records.replace("10001", Map.of(Metric.FIRST_RESPONSE, running("2026-03-02T14:00:00Z")));
            fail("stored although the database failed");
        } catch (StorageUnavailableException expected) {
            // the caller tries again later
        }
        assertEquals(running("2026-03-02T13:00:00Z"), records.byRequest("10001").get(Metric.FIRST_RESPONSE));
    }

    @Test
    public void shouldSkipARowOfAMetricALaterReleaseAdded() {
        records.replace("10001", Map.of(Metric.FIRST_RESPONSE, running("2026-03-02T12:00:00Z")));
        ao.create(ClockRecordEntity.class, new java.util.HashMap<>(Map.of(ClockRecordEntity.REQUEST_ID, "10001",
                ClockRecordEntity.METRIC, "timeToCallBack", ClockRecordEntity.STATE, "RUNNING",
                ClockRecordEntity.CYCLES, 1, ClockRecordEntity.BREACHED_CYCLES, 0)));
        assertEquals(Map.of(Metric.FIRST_RESPONSE, running("2026-03-02T12:00:00Z")), records.byRequest("10001"));
        // replacing with what is there changes nothing, and leaves the later release's row alone
        org.junit.Assert.assertFalse(records.replace("10001", Map.of(Metric.FIRST_RESPONSE,
                running("2026-03-02T12:00:00Z"))));
        assertEquals(2, ao.rows(ClockRecordEntity.class));
        records.remove("10001");
        assertEquals(1, ao.rows(ClockRecordEntity.class));
    }
}
