package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.contractsla.core.request.RecomputationProgress;
import org.junit.Test;

/** Administrators follow the recomputation of the clocks and start one. */
public class ClocksResourceTest {

    private final RestFixture f = new RestFixture().as(RestFixture.ADMIN);

    @Test
    public void shouldSayHowFarTheLastRecomputationCameAndWhetherItFollowsTheConfiguration() {
        JsonNode none = RestFixture.body(f.clocks().progress());
        assertFalse(none.get("current").asBoolean());
        assertFalse("nothing more before the first run", none.has("running"));

        Instant start = Instant.parse("2026-03-02T02:00:00Z");
        f.recomputation.save(new RecomputationProgress("rev-now", start, null, 1200, 250, 3, 0));
        JsonNode running = RestFixture.body(f.clocks().progress());
        assertTrue(running.get("running").asBoolean());
        assertFalse(running.get("current").asBoolean());
        assertEquals(250, running.get("done").asInt());
        assertEquals(1200, running.get("total").asInt());
        assertFalse(running.has("finishedAt"));

        f.recomputation.save(new RecomputationProgress("rev-now", start, start.plusSeconds(90), 1200, 1200, 17, 1));
        JsonNode done = RestFixture.body(f.clocks().progress());
        assertTrue(done.get("current").asBoolean());
        assertEquals("2026-03-02T02:01:30Z", done.get("finishedAt").asText());
        assertEquals(17, done.get("changed").asInt());
        assertEquals(1, done.get("failed").asInt());
    }

    @Test
    public void shouldStartOneOnRequest() {
        assertEquals(202, f.clocks().start(RestFixture.json()).getStatus());
        assertEquals(1, f.recomputationsAsked.get());
    }
}
