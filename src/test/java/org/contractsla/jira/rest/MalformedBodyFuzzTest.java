package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.junit.Test;

/**
 * Sends generated malformed bodies (broken syntax, wrong types, unknown and missing fields, out-of-range and
 * huge values, deep nesting) to every write endpoint: no answer may be a server error, every refusal must
 * carry the error list, and a refused body must leave the stores as they were.
 */
public class MalformedBodyFuzzTest {

    private static final int PER_ENDPOINT = 1_500;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Target(String name, Caller caller, String valid, BiFunction<RestFixture, String, Response> call) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("PUT /config", RestFixture.ADMIN, RestFixture.read("examples/presets.json").replace(
                    "\"supportProjects\": [\"SUP\"],", "\"supportProjects\": [\"SUP\"], \"trustedDirectories\": [1, 10000], "
                            + "\"supportProjectIds\": {\"SUP\": 10000},"),
                    (f, b) -> f.config().importDocument(RestFixture.json(), RestFixture.in(b))),
            new Target("PUT /calendars/{id}", RestFixture.ADMIN, "{\"id\":\"vienna\",\"zone\":\"Europe/Vienna\","
                    + "\"weekly\":{\"MON-THU\":[\"08:00-12:00\",\"13:00-17:00\"],\"FRI\":[\"08:00-12:00\"]},"
                    + "\"holidays\":{\"country\":\"AT\",\"subdivision\":\"9\"},\"closedDates\":[\"2026-12-24\"],"
                    + "\"partialDays\":{\"2026-12-31\":[\"08:00-12:00\"]},"
                    + "\"maintenanceWindows\":[{\"repeat\":\"monthly\",\"week\":1,\"day\":\"SAT\",\"time\":\"09:00-18:00\"}]}",
                    (f, b) -> f.calendars().put("vienna", RestFixture.json(), RestFixture.in(b))),
            new Target("PUT /plans/{id}", RestFixture.ADMIN, "{\"id\":\"gold\",\"goals\":{\"firstResponse\":{\"S1\":"
                    + "{\"duration\":\"1h\",\"calendar\":\"berlin-24x7\"}},\"resolution\":{\"S1\":{\"duration\":\"PT8H\","
                    + "\"calendar\":\"berlin-24x7\",\"excludeMaintenance\":true}}},\"covers\":[\"S1\",\"S2\"],"
                    + "\"channels\":[\"portal\",\"phone\"],\"quota\":{\"cases\":5,\"per\":\"month\"},"
                    + "\"contacts\":{\"min\":1,\"max\":3},\"effortBudgets\":[{\"category\":\"usage\",\"perMonth\":\"15m\"}],"
                    + "\"outOfEntitlement\":\"billable\",\"productionGate\":\"reject\",\"incidentPack\":false}",
                    (f, b) -> f.plans().put("gold", RestFixture.json(), RestFixture.in(b))),
            new Target("PUT /organizations/{id}", RestFixture.ADMIN, "{\"id\":\"wisla\",\"name\":\"Wisla Cloud\","
                    + "\"serviceDeskId\":12}",
                    (f, b) -> f.organizations().put("wisla", RestFixture.json(), RestFixture.in(b))),
            new Target("POST /contracts", RestFixture.ADMIN, "{\"customerNumber\":\"K-77\",\"organization\":\"nordlicht\","
                    + "\"plan\":\"standard\",\"start\":\"2025-01-01\",\"termMonths\":24,\"end\":\"2027-01-01\","
                    + "\"status\":\"active\",\"licenceIds\":[\"L-1\"],\"contacts\":[\"sieben@sieben.example\",\"ute\","
                    + "{\"email\":\"acht@acht.example\",\"userKey\":\"JIRAUSER10800\"}],"
                    + "\"zone\":\"Europe/Berlin\",\"holidays\":{\"country\":\"DE\",\"subdivision\":\"by\"},\"notes\":\"n\"}",
                    (f, b) -> f.contracts().create(RestFixture.json(), RestFixture.in(b))),
            new Target("PUT /contracts/{n}", RestFixture.ADMIN, "{\"customerNumber\":\"PL-2207\",\"organization\":\"wisla\","
                    + "\"plan\":\"basic\",\"start\":\"2025-02-01\",\"contacts\":[\"ops@wisla.example\"]}",
                    (f, b) -> f.contracts().replace("PL-2207", RestFixture.json(), RestFixture.in(b))),
            new Target("POST /entitlement/check", RestFixture.AGENT, "{\"customerNumber\":\"K-10042\",\"reporter\":"
                    + "\"anna.berg\",\"channel\":\"email\",\"category\":\"incident\",\"severity\":\"S1\","
                    + "\"environment\":\"test\",\"at\":\"2025-06-02T12:00:00+02:00\"}",
                    (f, b) -> f.entitlement().check(RestFixture.json(), RestFixture.in(b))),
            new Target("POST /simulate", RestFixture.AGENT, "{\"timeline\":{\"requests\":[{\"key\":\"A-1\","
                    + "\"received\":\"2025-03-07T16:00:00+01:00\",\"plan\":\"maintenance\",\"severity\":\"S3\",\"events\":"
                    + "[{\"at\":\"2025-03-08T10:00:00+01:00\",\"type\":\"severity\",\"severity\":\"S1\"}]}]},"
                    + "\"contracts\":{\"schemaVersion\":2,\"organizations\":[{\"id\":\"x\",\"name\":\"X\"}],"
                    + "\"contracts\":[{\"customerNumber\":\"X-1\",\"organization\":\"x\",\"plan\":\"maintenance\","
                    + "\"start\":\"2025-01-01\",\"contacts\":[\"x\"]}]},\"reporter\":\"x\",\"now\":\"2025-03-09T00:00:00Z\","
                    + "\"zone\":\"Europe/Berlin\"}",
                    (f, b) -> f.simulate().simulate(RestFixture.json(), RestFixture.in(b))));

    @Test
    public void shouldAnswerMalformedBodiesWithoutServerErrorsOrChanges() {
        Random random = new Random(20261122);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        for (Target target : TARGETS) {
            RestFixture fixture = new RestFixture().as(target.caller());
            String baseline = fixture.state();
            assertEquals(target.name() + " accepts its valid body", true,
                    target.call().apply(fixture, target.valid()).getStatus() < 300);
            fixture = new RestFixture().as(target.caller());
            for (int i = 0; i < PER_ENDPOINT; i++) {
                String body = mutate(target.valid(), random);
                sent++;
                Response r;
                try {
                    r = target.call().apply(fixture, body);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(target.name() + " threw " + e + " for " + abbreviate(body));
                    fixture = new RestFixture().as(target.caller());
                    continue;
                }
                if (r.getStatus() >= 500) {
                    failures.add(target.name() + " answered " + r.getStatus() + " for " + abbreviate(body));
                } else if (r.getStatus() >= 400) {
                    refused++;
                    JsonNode errors = RestFixture.body(r).get("errors");
                    if (errors == null || errors.size() == 0 || errors.get(0).get("message").asText().isBlank()) {
                        failures.add(target.name() + " refused without an error list: " + r.getEntity());
                    } else if (errors.get(0).get("message").asText().startsWith(errors.get(0).get("key").asText())) {
                        // a key without a text comes out as the key itself and its arguments
                        failures.add(target.name() + " refused with an untranslated text: " + r.getEntity());
                    }
                    if (!fixture.state().equals(baseline)) {
                        failures.add(target.name() + " refused but changed the stores: " + abbreviate(body));
                    }
                } else {
                    fixture = new RestFixture().as(target.caller()); // a mutation that stayed valid: start afresh
                }
            }
        }
        assertEquals(List.of(), failures.size() > 20 ? failures.subList(0, 20) : failures);
        assertTrue("sent " + sent, sent >= 10_000);
        assertTrue("only " + refused + " of " + sent + " refused: the generator makes too few malformed bodies",
                refused >= sent * 8 / 10);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** One of several kinds of damage, chosen at random. */
    static String mutate(String valid, Random r) {
        switch (r.nextInt(10)) {
            case 0: // cut short
                return valid.substring(0, r.nextInt(valid.length()));
            case 1: { // a character dropped
                int at = r.nextInt(valid.length());
                return valid.substring(0, at) + valid.substring(at + 1);
            }
            case 2: { // a stray character
                String noise = "{}[]\",:\\ 0-9aZé\u0000\u2028\uD800";
                int at = r.nextInt(valid.length() + 1);
                return valid.substring(0, at) + noise.charAt(r.nextInt(noise.length())) + valid.substring(at);
            }
            case 3:
            case 4: // a value of the wrong kind or out of range
                return Json.write(replaceValue(Json.parse(valid), r));
            case 5: { // a field nobody knows
                JsonNode tree = Json.parse(valid);
                ObjectNode target = randomObject(tree, r);
                target.put("colour" + r.nextInt(3), "green");
                return Json.write(tree);
            }
            case 6: { // a field missing
                JsonNode tree = Json.parse(valid);
                ObjectNode target = randomObject(tree, r);
                if (target.size() > 0) {
                    Iterator<String> names = target.fieldNames();
                    List<String> all = new ArrayList<>();
                    names.forEachRemaining(all::add);
                    target.remove(all.get(r.nextInt(all.size())));
                    return Json.write(tree);
                }
                return "{}";
            }
            case 7: { // not an object at all
                String[] roots = {"", " ", "null", "[]", "42", "\"text\"", "true", "[{}]", "{", "}", "{}{}"};
                return roots[r.nextInt(roots.length)];
            }
            case 8: { // nested far too deep
                int depth = 500 + r.nextInt(2_000);
                return "{\"id\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            default: { // the same key twice
                int brace = valid.indexOf('{');
                return valid.substring(0, brace + 1) + "\"id\":\"a\",\"id\":\"b\"," + valid.substring(brace + 1);
            }
        }
    }

    private static JsonNode replaceValue(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(r.nextInt(containers.size()));
        JsonNode replacement = strangeValue(r);
        if (container.isObject() && container.size() > 0) {
            List<String> names = new ArrayList<>();
            container.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) container).set(names.get(r.nextInt(names.size())), replacement);
        } else if (container.isArray() && container.size() > 0) {
            ((ArrayNode) container).set(r.nextInt(container.size()), replacement);
        } else if (container.isArray()) {
            ((ArrayNode) container).add(replacement);
        }
        return root;
    }

    private static JsonNode strangeValue(Random r) {
        switch (r.nextInt(19)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(r.nextBoolean());
            case 2: return NODES.numberNode(-1);
            case 3: return NODES.numberNode(Long.MAX_VALUE);
            case 4: return NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 5: return NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 6: return NODES.textNode("");
            case 7: return NODES.textNode("x".repeat(5_000 + r.nextInt(5_000)));
            case 8: return NODES.arrayNode();
            case 9: return NODES.objectNode();
            case 10: return NODES.textNode("24:61-25:00");
            case 12: return NODES.textNode("99999999999999999999m"); // durations too long for a number
            case 13: return NODES.textNode("99999999999999999999h");
            case 14: return NODES.textNode("PT2562047788015215H");
            case 15: return NODES.textNode("+999999999-12-31T23:59:59Z"); // instants no clock can count at
            case 16: return NODES.textNode("-999999999-01-01T00:00:00Z");
            case 17: return NODES.textNode("+999999999-12-31"); // dates at the ends of the calendar
            case 18: return NODES.textNode("-999999999-01-01");
            default: return NODES.textNode("9999-99-99T99:99:99+99:00");
        }
    }

    private static ObjectNode randomObject(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        List<ObjectNode> objects = new ArrayList<>();
        containers.stream().filter(JsonNode::isObject).forEach(n -> objects.add((ObjectNode) n));
        return objects.get(r.nextInt(objects.size()));
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }
}
