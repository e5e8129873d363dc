package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.contractsla.core.clock.Pause;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** Histories and pauses as values: order of events, equality by every part. */
public class RequestValuesTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    public void shouldOrderAHistorysEntriesByTimeWhateverOrderTheyCameIn() {
        RequestHistory h = RequestHistory.of("SUP-1", T0, "basic", Severity.S2, List.of(
                RequestHistory.Entry.resolved(T0.plusSeconds(7200)),
                RequestHistory.Entry.response(T0.plusSeconds(60)),
                RequestHistory.Entry.status(T0.plusSeconds(600), "Waiting")));
        assertEquals(List.of(T0.plusSeconds(60), T0.plusSeconds(600), T0.plusSeconds(7200)),
                h.entries().stream().map(RequestHistory.Entry::at).toList());
    }

    @Test
    public void shouldKeepTheOrderTheyCameInForEntriesAtOneInstantOnEitherWayOfSorting() {
        java.util.Random r = new java.util.Random(7);
        for (Instant base : List.of(T0, T0.plusNanos(1), Instant.parse("1969-12-31T23:00:00Z"),
                Instant.parse("+70000-01-01T00:00:00Z"))) { // keyed; off the millisecond, before 1970, far: compared
            for (int round = 0; round < 50; round++) {
                List<RequestHistory.Entry> entries = new java.util.ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    // a few instants, many entries at each: the order among equals is the order they came in
                    entries.add(RequestHistory.Entry.status(base.plusMillis(r.nextInt(5) * 1000L), "s" + i));
                }
                RequestHistory h = RequestHistory.of("SUP-1", base, "basic", Severity.S2, entries);
                List<RequestHistory.Entry> expected = new java.util.ArrayList<>(entries);
                expected.sort(java.util.Comparator.comparing(RequestHistory.Entry::at)); // stable
                assertEquals(expected.stream().map(RequestHistory.Entry::value).toList(),
                        h.entries().stream().map(RequestHistory.Entry::value).toList());
            }
        }
    }

    @Test
    public void shouldMergeATrackersListsEachInTimeOrderIntoOneOrder() {
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 500; round++) {
            // statuses, resolutions, comments…: a few lists, each in time order, one after the other
            List<RequestHistory.Entry> entries = new java.util.ArrayList<>();
            for (int list = r.nextInt(7); list > 0; list--) {
                Instant at = T0;
                for (int i = r.nextInt(12); i > 0; i--) {
                    at = at.plusMillis(r.nextInt(3) * 60_000L); // equal instants within a list and across lists
                    entries.add(RequestHistory.Entry.status(at, "s" + entries.size()));
                }
            }
            List<RequestHistory.Entry> expected = new java.util.ArrayList<>(entries);
            expected.sort(java.util.Comparator.comparing(RequestHistory.Entry::at)); // stable
            assertEquals("round " + round, expected.stream().map(RequestHistory.Entry::value).toList(),
                    RequestHistory.of("SUP-1", T0, "basic", Severity.S2, entries).entries().stream()
                            .map(RequestHistory.Entry::value).toList());
        }
    }

    @Test
    public void shouldListATrackersEntriesByTimeAndAtOneInstantStatusResolutionGoalChangeResponse() {
        Instant t1 = T0.plusSeconds(60);
        RequestHistory h = RequestHistory.ofGroups("SUP-1", T0, "basic", Severity.S2,
                new RequestHistory.Entry[] {RequestHistory.Entry.status(t1, "A"), RequestHistory.Entry.status(T0, "B")},
                new RequestHistory.Entry[] {RequestHistory.Entry.response(t1), RequestHistory.Entry.response(T0)},
                new RequestHistory.Entry[] {RequestHistory.Entry.resolved(t1)},
                new RequestHistory.Entry[] {RequestHistory.Entry.severity(t1, Severity.S1)});
        assertEquals(List.of("0 STATUS B", "0 RESPONSE null", "60 STATUS A", "60 RESOLVED null", "60 SEVERITY S1",
                "60 RESPONSE null"), h.entries().stream().map(e -> (e.at().getEpochSecond() - T0.getEpochSecond())
                        + " " + e.type() + " " + e.value()).toList());
        assertEquals("clock.error.beforeReceived", org.junit.Assert.assertThrows(
                org.contractsla.core.DomainException.class, () -> RequestHistory.ofGroups("SUP-1", t1, "basic",
                        Severity.S2, new RequestHistory.Entry[0], new RequestHistory.Entry[0],
                        new RequestHistory.Entry[] {RequestHistory.Entry.resolved(T0.plusSeconds(59))},
                        new RequestHistory.Entry[0])).key());
    }

    @Test
    public void shouldKeepOnlyTheEntriesKnownByAnInstantInTheOrderTheyHad() {
        Instant t1 = T0.plusSeconds(60);
        RequestHistory h = RequestHistory.of("SUP-1", T0, "basic", Severity.S2, List.of(
                RequestHistory.Entry.resolved(T0.plusSeconds(120)), RequestHistory.Entry.response(t1),
                RequestHistory.Entry.status(t1, "Waiting"))).pausingIn(java.util.Set.of("Waiting"));
        RequestHistory known = h.knownBy(t1);
        assertEquals(List.of(RequestHistory.Entry.Type.RESPONSE, RequestHistory.Entry.Type.STATUS),
                known.entries().stream().map(RequestHistory.Entry::type).toList()); // as given at one instant
        assertEquals(0, known.group(RequestHistory.RESOLUTIONS).length);
        assertEquals(java.util.Optional.of(java.util.Set.of("Waiting")), known.pauseStatuses());
        assertEquals(h, h.knownBy(T0.plusSeconds(120))); // all known: the same history
        assertEquals(0, h.knownBy(T0).entries().size());
        assertEquals(true, h.hasEntryAt(T0.plusSeconds(120)));
        assertEquals(false, h.hasEntryAt(T0.plusSeconds(30)));
    }

    @Test
    public void shouldOrderEntriesWithinOneMillisecondByTheirNanoseconds() {
        List<RequestHistory.Entry> entries = List.of(RequestHistory.Entry.status(T0.plusNanos(900_000), "c"),
                RequestHistory.Entry.status(T0.plusNanos(200_000), "a"),
                RequestHistory.Entry.status(T0.plusNanos(500_000), "b"),
                RequestHistory.Entry.status(T0.plusMillis(1), "d"));
        assertEquals(List.of("a", "b", "c", "d"), RequestHistory.of("SUP-1", T0, "basic", Severity.S2, entries)
                .entries().stream().map(RequestHistory.Entry::value).toList());
    }

    @Test
    public void shouldTellPausesApartByBothEnds() {
        Pause p = Pause.between(T0, T0.plusSeconds(60));
        assertEquals(p, Pause.between(T0, T0.plusSeconds(60)));
        assertEquals(p.hashCode(), Pause.between(T0, T0.plusSeconds(60)).hashCode());
        assertNotEquals(p, Pause.between(T0, T0.plusSeconds(61)));
        assertNotEquals(p, Pause.between(T0.plusSeconds(1), T0.plusSeconds(60)));
        assertNotEquals(p, Pause.since(T0));
        assertNotEquals(p, "a pause");
        assertEquals("[2026-05-04T08:00:00Z, 2026-05-04T08:01:00Z)", p.toString());
        assertEquals("[2026-05-04T08:00:00Z, \u2026)", Pause.since(T0).toString());
    }
}
