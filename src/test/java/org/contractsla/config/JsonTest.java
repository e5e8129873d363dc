package org.contractsla.config;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** What cannot be read as JSON is named by its cause. */
public class JsonTest {

    private static ConfigException refused(String json) {
        try {
            Json.parse(json);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    public void shouldSkipAByteOrderMark() {
        assertEquals(1, Json.parse("\uFEFF{\"a\":1}").get("a").asInt());
    }

    @Test
    public void shouldNameEachCauseOfARefusal() {
        Object[][] rows = {
            // document, key, path, arguments
            {"{\"a\":{\"b\":1,\n\"b\":2}}", "config.error.json.duplicateKey", "a.b", List.of("b", 2, 4)},
            {"{\"a\":[{\"x\":1},{\"x\":1,\"x\":2}]}", "config.error.json.duplicateKey", "a[1].x", List.of("x", 1, 25)},
            {"[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1), "config.error.json.depth", "",
                List.of(Json.MAX_DEPTH)},
            // a number longer than Jackson reads is no nesting problem: it is not JSON this app could use
            {"{\"a\":" + "9".repeat(1_001) + "}", "config.error.json.syntax", "", null},
            {"{\"a\":1} {\"b\":2}", "config.error.json.syntax", "", List.of(1, 10)}, // text after the document
            {"", "config.error.json.empty", "", List.of()}};
        for (Object[] row : rows) {
            ConfigException e = refused((String) row[0]);
            String which = ((String) row[0]).substring(0, Math.min(30, ((String) row[0]).length()));
            assertEquals(which, row[1], e.key());
            assertEquals(which, row[2], e.path());
            if (row[3] != null) {
                assertEquals(which, row[3], List.of(e.args().stream().map(a -> a instanceof Long
                        ? (Object) (int) (long) (Long) a : a).toArray()));
            }
        }
        // as deep as allowed is read
        assertEquals(1, Json.parse("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH)).size());
    }

    @Test
    public void shouldNameTheFirstByteThatIsNotUtf8() {
        byte[] latin1 = {'{', '"', 'k', (byte) 0xFC, '"', ':', '1', '}'};
        ConfigException e = refusedDecode(latin1);
        assertEquals("config.error.json.encoding", e.key());
        assertEquals(List.of(4), e.args());
        assertEquals("{\"k\u00fc\":1}", Json.decode("{\"k\u00fc\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static ConfigException refusedDecode(byte[] bytes) {
        try {
            Json.decode(bytes);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("decoded");
    }
}
