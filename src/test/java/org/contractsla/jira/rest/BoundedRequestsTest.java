package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import javax.ws.rs.core.Response;
import org.junit.Test;

/** What a request can cost a node, whatever a client sends. */
public class BoundedRequestsTest {

    /** An endless body, counting what is read of it. */
    private static final class EndlessBody extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @Test
    public void shouldReadNoMoreOfAHugeBodyThanTheLimitAndOneByte() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        EndlessBody body = new EndlessBody(); // a 2 GB post, or more: it never ends
        Response r = f.config().importDocument(RestFixture.json(), body);
        assertEquals(400, r.getStatus());
        assertEquals("rest.error.body.tooLarge", RestResourcesTest.firstError(r).get("key").asText());
        assertTrue(body.read + " bytes read", body.read <= Endpoint.MAX_BODY_BYTES + 1);
    }

    @Test
    public void shouldRefuseABodyThatIsNotUtf8SayingWhere() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER);
        byte[] latin1 = "{\"category\":\"Gr\u00fc\u00dfe\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Response r = f.entitlement().check(RestFixture.json(), new java.io.ByteArrayInputStream(latin1));
        assertEquals(400, r.getStatus());
        assertEquals("config.error.json.encoding", RestResourcesTest.firstError(r).get("key").asText());
        assertEquals("This is not UTF-8 text: byte 16 cannot be read. Save or send it as UTF-8.",
                RestResourcesTest.firstError(r).get("message").asText());
    }

    @Test
    public void shouldTurnASimulationAwayWhileTheNodeRunsAsManyAsItMay() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        for (int i = 0; i < SimulationSlots.DEFAULT; i++) { // other simulations hold every slot
            assertTrue(f.slots.tryAcquire());
        }
        Response busy = f.simulate().simulate(RestFixture.json(), RestFixture.in("{}"));
        assertEquals(429, busy.getStatus());
        assertEquals(SimulationSlots.RETRY_AFTER_SECONDS, busy.getHeaders().getFirst("Retry-After"));
        assertEquals("rest.error.simulate.busy", RestResourcesTest.firstError(busy).get("key").asText());
        f.slots.release();
        assertEquals(200, f.simulate().simulate(RestFixture.json(), RestFixture.in("{}")).getStatus());
        // a slot comes back however the simulation ends, a refused body included
        assertEquals(400, f.simulate().simulate(RestFixture.json(), RestFixture.in("{\"now\":\"never\"}")).getStatus());
        assertEquals(1, f.slots.available());
    }
}
