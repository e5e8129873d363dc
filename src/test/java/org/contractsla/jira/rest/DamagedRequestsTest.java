package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.junit.Test;

/**
 * What arrives around a body: content types a browser or a broken client sends, bodies at the size limit in
 * characters of several bytes, odd query parameters and path ids. No answer is a server error; every refusal is a
 * JSON error list in the caller's language; nothing refused changes the stores.
 */
public class DamagedRequestsTest {

    private static HttpHeaders typed(MediaType type) {
        HttpHeaders h = mock(HttpHeaders.class);
        when(h.getMediaType()).thenReturn(type);
        return h;
    }

    /** @return a problem, or null if the answer is a clean refusal (or a success) */
    private static String problem(String what, Response r) {
        if (r.getStatus() >= 500) {
            return what + ": " + r.getStatus() + " " + r.getEntity();
        }
        if (r.getStatus() >= 400) {
            JsonNode error = RestFixture.body(r).get("errors").get(0);
            if (error.get("message").asText().isBlank() || error.get("message").asText().startsWith(error.get("key").asText())) {
                return what + ": untranslated " + r.getEntity();
            }
        }
        return null;
    }

    @Test
    public void shouldRefuseWritesOfEveryOtherContentTypeAsCrossSite() {
        List<MediaType> types = List.of(MediaType.TEXT_PLAIN_TYPE, MediaType.APPLICATION_FORM_URLENCODED_TYPE,
                MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.WILDCARD_TYPE, new MediaType("application", "*"),
                MediaType.APPLICATION_XML_TYPE, MediaType.valueOf("application/json-patch+xml"));
        List<String> problems = new ArrayList<>();
        for (MediaType type : types) {
            RestFixture f = new RestFixture().as(RestFixture.ADMIN);
            String before = f.state();
            Response r = f.contracts().create(typed(type), RestFixture.in("{\"customerNumber\":\"K-9\","
                    + "\"organization\":\"wisla\",\"plan\":\"basic\",\"start\":\"2025-01-01\"}"));
            if (r.getStatus() != 403 || !before.equals(f.state())) {
                problems.add(type + ": " + r.getStatus());
            }
            String p = problem(type.toString(), r);
            if (p != null) {
                problems.add(p);
            }
        }
        // no type at all: refused too
        Response none = new RestFixture().as(RestFixture.ADMIN).contracts().create(typed(null), RestFixture.in("{}"));
        assertEquals(403, none.getStatus());
        // JSON with a charset parameter is JSON
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Response charset = f.organizations().put("zwei", typed(MediaType.valueOf("application/json; charset=UTF-8")),
                RestFixture.in("{\"name\":\"Zwei GmbH\"}"));
        assertEquals(200, charset.getStatus());
        assertEquals(List.of(), problems);
    }

    /** A body of exactly that many bytes: an object whose one text is made of two-byte characters (ü). */
    private static byte[] body(int bytes) {
        String head = "{\"name\":\"";
        String tail = "\"}";
        int fill = bytes - head.length() - tail.length();
        StringBuilder sb = new StringBuilder(head);
        if (fill % 2 == 1) { // first, so that the two-byte characters run up to the end
            sb.append('x');
        }
        sb.append("\u00fc".repeat(fill / 2));
        return sb.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void shouldTakeABodyOfExactlyTheLimitInTwoByteCharactersAndRefuseOneByteMore() {
        byte[] atLimit = body(Endpoint.MAX_BODY_BYTES);
        assertEquals(Endpoint.MAX_BODY_BYTES, atLimit.length);
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Response taken = f.organizations().put("zwei", RestFixture.json(), new ByteArrayInputStream(atLimit));
        // read whole: refused for the name's length, not for the body's size or its encoding
        assertEquals("organization.error.name.length", RestResourcesTest.firstError(taken).get("key").asText());
        byte[] over = body(Endpoint.MAX_BODY_BYTES + 1);
        Response refused = f.organizations().put("zwei", RestFixture.json(), new ByteArrayInputStream(over));
        assertEquals("rest.error.body.tooLarge", RestResourcesTest.firstError(refused).get("key").asText());
        // the limit falls in the middle of a two-byte character: still "too large", not "not UTF-8"
        byte[] split = body(Endpoint.MAX_BODY_BYTES + 3);
        assertEquals("the byte after the limit continues a character", 0x80, split[Endpoint.MAX_BODY_BYTES] & 0xC0);
        Response splitAnswer = f.organizations().put("zwei", RestFixture.json(), new ByteArrayInputStream(split));
        assertEquals("rest.error.body.tooLarge", RestResourcesTest.firstError(splitAnswer).get("key").asText());
    }

    @Test
    public void shouldAnswerOddParametersAndPathIdsWithTranslatedRefusals() {
        List<String> problems = new ArrayList<>();
        List<Function<RestFixture, Response>> calls = List.of(
                f -> f.contracts().search(null, "-1", null),
                f -> f.contracts().search(null, "1e9", null),
                f -> f.contracts().search(null, null, "abc"),
                f -> f.contracts().search(null, "99999999999999999999", "0"),
                f -> f.contracts().search("x".repeat(256), null, null),
                f -> f.contracts().search("\u0000%00<script>", null, null),
                f -> f.contracts().get("../../etc/passwd"),
                f -> f.contracts().get("K-10042\u0000"),
                f -> f.contracts().get("x".repeat(10_000)),
                f -> f.plans().get("\uD83D\uDE00"),
                f -> f.calendars().get(""),
                f -> f.organizations().get("WISLA"),
                f -> f.entitlement().checkIssue("SUP-1", "fax", "S9", "moon", null, null),
                f -> f.entitlement().checkIssue("' OR 1=1 --", null, null, null, null, null));
        for (Caller caller : List.of(RestFixture.AGENT, new Caller[] {Caller.user("agent", null, false, true,
                java.util.Locale.GERMAN)}[0])) {
            for (int i = 0; i < calls.size(); i++) {
                RestFixture f = new RestFixture().as(caller);
                String before = f.state();
                Response r = calls.get(i).apply(f);
                String p = problem("call " + i + " in " + caller.locale(), r);
                if (p != null) {
                    problems.add(p);
                }
                if (!before.equals(f.state())) {
                    problems.add("call " + i + " changed the stores");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
