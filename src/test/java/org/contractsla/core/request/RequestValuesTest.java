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
