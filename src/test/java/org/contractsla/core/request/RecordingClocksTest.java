package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.RequestHistory.Entry;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class RecordingClocksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Policy POLICY = Policy.of(
            List.of(BusinessCalendar.builder("office", BERLIN).weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY,
                    DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00"))).build()),
            List.of(Plan.of("gold", Map.of(
                    Metric.FIRST_RESPONSE, Map.of(Severity.S3, GoalDefinition.of(Duration.ofHours(4), "office", false)),
                    Metric.RESOLUTION, Map.of(Severity.S3, GoalDefinition.of(Duration.ofHours(16), "office", false)),
                    Metric.UPDATE_INTERVAL, Map.of(Severity.S3,
                            GoalDefinition.of(Duration.ofHours(2), "office", false))))),
            Set.of("Waiting for customer"));

    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final RecordingClocks recording = new RecordingClocks(AssessingRequests.clocksOnly(
            new MeasuringRequestClocks(CompiledPolicy.of(POLICY, FixedPublicHolidays.none()))), records);

    private static Instant t(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    private boolean record(RequestHistory h, Instant now) {
        return recording.record("10001", h, null, now);
    }

    @Test
    public void shouldKeepTheSameRecordsWhileNothingHappensAndChangeThemOnAnEvent() {
        RequestHistory opened = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "gold", Severity.S3, List.of());
        assertTrue("first record", record(opened, t("2026-03-02T10:00")));
        ClockRecord response = records.byRequest("10001").get(Metric.FIRST_RESPONSE);
        assertEquals("RUNNING", response.state());
        assertEquals(t("2026-03-02T13:00"), response.due());
        assertNull(response.elapsed());
        assertFalse("overdue only after its due instant", response.overdue(t("2026-03-02T12:59")));
        assertTrue(response.overdue(t("2026-03-02T13:01")));
        // a day later, overdue and measured as breached, nothing happened: the same record, nothing to reindex
        assertFalse(record(opened, t("2026-03-03T10:00")));

        RequestHistory answered = RequestHistory.of("SUP-1", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.response(t("2026-03-03T11:00"))));
        assertTrue("an event changes them", record(answered, t("2026-03-03T11:00")));
        ClockRecord met = records.byRequest("10001").get(Metric.FIRST_RESPONSE);
        assertEquals("BREACHED", met.state());
        assertEquals(t("2026-03-03T11:00"), met.stoppedAt());
        assertEquals(Duration.ofHours(10), met.elapsed());
        assertEquals(t("2026-03-02T13:00"), met.breachedAt());
        assertEquals("RUNNING", records.byRequest("10001").get(Metric.UPDATE_INTERVAL).state());
        assertEquals(1, records.byRequest("10001").get(Metric.UPDATE_INTERVAL).cycles());
    }

    @Test
    public void shouldHoldARecordAfterAnEntryAtTheVeryInstantItIsMadeAt() {
        // the request goes to "Waiting for customer" at 10:00 and is recorded at 10:00 sharp: paused already
        RequestHistory h = RequestHistory.of("SUP-2", t("2026-03-02T09:00"), "gold", Severity.S3, List.of(
                Entry.status(t("2026-03-02T10:00"), "Waiting for customer")));
        record(h, t("2026-03-02T10:00"));
        ClockRecord paused = records.byRequest("10001").get(Metric.FIRST_RESPONSE);
        assertEquals("PAUSED", paused.state());
        assertEquals(Duration.ofHours(1), paused.elapsed());
        assertFalse(record(h, t("2026-03-09T10:00")));
    }

    /** Random histories recorded right after their last entry and again up to a month later, with nothing new. */
    @Test
    public void shouldKeepTheSameRecordsAtAnyLaterInstantOnRandomHistories() {
        Random r = new Random(7);
        String[] kinds = {"response", "resolved", "reopened", "waiting", "working"};
        for (int run = 0; run < 1_000; run++) {
            Instant received = t("2026-03-02T08:00").plusSeconds(60L * r.nextInt(7 * 24 * 60));
            List<Entry> entries = new ArrayList<>();
            Instant at = received;
            for (int i = 0, n = r.nextInt(20); i < n; i++) {
                at = at.plusSeconds(r.nextInt(4) == 0 ? 0 : 60L * (1 + r.nextInt(900)));
                switch (kinds[r.nextInt(kinds.length)]) {
                    case "response" -> entries.add(Entry.response(at));
                    case "resolved" -> entries.add(Entry.resolved(at));
                    case "reopened" -> entries.add(Entry.reopened(at));
                    case "waiting" -> entries.add(Entry.status(at, "Waiting for customer"));
                    default -> entries.add(Entry.status(at, "In progress"));
                }
            }
            RequestHistory h = RequestHistory.of("SUP-" + run, received, "gold", Severity.S3, entries);
            String id = "id-" + run;
            recording.record(id, h, null, at);
            Map<Metric, ClockRecord> first = records.byRequest(id);
            Instant later = at.plusSeconds(60L * (1 + r.nextInt(30 * 24 * 60)));
            assertFalse("run " + run + ": " + first + " vs " + records.byRequest(id),
                    recording.record(id, h, null, later));
            // and the records say what the engine measures then: a running clock's due instant, a stopped one's state
            Map<Metric, MetricClock> measured = new MeasuringRequestClocks(CompiledPolicy.of(POLICY,
                    FixedPublicHolidays.none())).measure(h, later);
            for (Map.Entry<Metric, ClockRecord> e : first.entrySet()) {
                org.contractsla.core.clock.ClockMeasurement m = measured.get(e.getKey()).measurement().orElse(null);
                if (e.getValue().state().equals("RUNNING")) {
                    assertEquals("run " + run, m.due().orElse(null), e.getValue().due());
                } else if (m != null && m.isStopped()) {
                    assertEquals("run " + run, m.state().name(), e.getValue().state());
                    assertEquals("run " + run, m.elapsed(), e.getValue().elapsed());
                }
            }
        }
    }
}
