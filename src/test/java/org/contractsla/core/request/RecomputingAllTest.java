package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.SetClock;
import org.junit.Test;

public class RecomputingAllTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");


    private final SetClock clock = new SetClock(T);
    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final List<RecomputationProgress> saved = new ArrayList<>();
    private final RecomputationProgress.Store store = new RecomputationProgress.Store() {
        private final RecomputationProgress.InMemory kept = new RecomputationProgress.InMemory();

        @Override
        public void save(RecomputationProgress progress) {
            saved.add(progress);
            kept.save(progress);
        }

        @Override
        public Optional<RecomputationProgress> last() {
            return kept.last();
        }
    };
    private final List<String> measured = new ArrayList<>();

    private RecomputingAll over(List<String> ids) {
        return new RecomputingAll(each -> ids.forEach(each), records, id -> {
            measured.add(id);
            clock.now = clock.now.plusSeconds(1);
            if (id.equals("2")) {
                throw new IllegalStateException("issue 2 cannot be read");
            }
            return id.equals("1") || id.equals("9");
        }, store, clock);
    }

    @Test
    public void shouldMeasureEveryRequestAndThoseNoLongerSupportRequestsAndCountWhatHappened() {
        records.replace("9", Map.of(Metric.FIRST_RESPONSE, new ClockRecord(Metric.FIRST_RESPONSE, "RUNNING",
                Duration.ofHours(1), T, null, null, null, 1, 0))); // its issue was deleted without an event
        records.replace("1", Map.of(Metric.FIRST_RESPONSE, new ClockRecord(Metric.FIRST_RESPONSE, "RUNNING",
                Duration.ofHours(1), T, null, null, null, 1, 0)));
        RecomputationProgress end = over(List.of("1", "2", "3")).run("rev-a");
        assertEquals(List.of("1", "2", "3", "9"), measured);
        assertEquals(4, end.total());
        assertEquals(4, end.done());
        assertEquals(2, end.changed());
        assertEquals(1, end.failed());
        assertFalse(end.running());
        assertEquals(T, end.startedAt());
        assertEquals(T.plusSeconds(4), end.finishedAt());
        assertTrue("it said it was running first", saved.get(0).running());
        assertEquals(0, saved.get(0).done());
    }

    @Test
    public void shouldSaveTheProgressAsItGoes() {
        List<String> many = new ArrayList<>();
        for (int i = 100; i < 700; i++) {
            many.add(String.valueOf(i));
        }
        over(many).run("rev-a");
        assertEquals(List.of(0, 250, 500, 600), saved.stream().map(RecomputationProgress::done).toList());
        assertNull(saved.get(2).finishedAt());
    }

    @Test
    public void shouldBeDueForANewConfigurationAnUnfinishedRunAndOnceADay() {
        RecomputingAll all = over(List.of("3"));
        assertTrue("never ran", all.due("rev-a"));
        all.run("rev-a");
        assertFalse(all.due("rev-a"));
        assertTrue("the configuration changed", all.due("rev-b"));
        clock.now = clock.now.plus(RecomputingAll.AT_LEAST_EVERY);
        assertFalse(all.due("rev-a"));
        clock.now = clock.now.plusSeconds(60);
        assertTrue("a day since", all.due("rev-a"));
        store.save(new RecomputationProgress("rev-a", clock.now, null, 10, 5, 0, 0));
        assertTrue("a node stopped in the middle", all.due("rev-a"));
    }
}
