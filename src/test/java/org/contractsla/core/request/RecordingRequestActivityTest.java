package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class RecordingRequestActivityTest {

    private static final Instant NOW1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NOW2 = Instant.parse("2026-03-02T09:00:00Z");

    private final RecordingRequestActivity recording = new RecordingRequestActivity(new InMemoryRequestActivity());

    @Test
    public void shouldKeepEventsInTimeOrderWhateverTheDeliveryOrder() {
        RequestEvent comment = RequestEvent.of("SUP-1", RequestEvent.Kind.COMMENTED, NOW2, "agent");
        RequestEvent created = RequestEvent.of("SUP-1", RequestEvent.Kind.CREATED, NOW1, "customer");
        recording.record(comment);
        recording.record(created);
        assertEquals(List.of(created, comment), recording.activity().of("SUP-1"));
    }

    @Test
    public void shouldKeepARepeatedEventOnce() {
        RequestEvent created = RequestEvent.of("SUP-1", RequestEvent.Kind.CREATED, NOW1, "customer");
        assertTrue(recording.record(created));
        assertFalse(recording.record(created));
        assertEquals(1, recording.activity().of("SUP-1").size());
    }

    @Test
    public void shouldForgetDeletedRequestOnly() {
        recording.record(RequestEvent.of("SUP-1", RequestEvent.Kind.CREATED, NOW1, null));
        recording.record(RequestEvent.of("SUP-2", RequestEvent.Kind.CREATED, NOW1, null));
        assertTrue(recording.record(RequestEvent.of("SUP-1", RequestEvent.Kind.DELETED, NOW2, null)));
        assertTrue(recording.activity().of("SUP-1").isEmpty());
        assertEquals(1, recording.activity().of("SUP-2").size());
    }
}
