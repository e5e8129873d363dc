package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Severity;

/**
 * Reads a request timeline file (docs/config-format.md): requests with receipt, plan, severity and events,
 * and optionally the instant to measure at. Errors name the field. Thread-safe.
 */
public final class TimelineReader {

    /** The fields each event type takes besides {@code at} and {@code type}. */
    private static final Map<String, Set<String>> EVENT_FIELDS = Map.of(
            "status", Set.of("at", "type", "status"),
            "severity", Set.of("at", "type", "severity"),
            "plan", Set.of("at", "type", "plan"),
            "response", Set.of("at", "type"),
            "resolved", Set.of("at", "type"),
            "reopened", Set.of("at", "type"));

    private final Policy policy;

    /** A reader that checks the format only: plan ids are not looked up. */
    public TimelineReader() {
        this.policy = null;
    }

    /** @param policy the policy the timelines run on: a plan it lacks is refused where it is named, not null */
    public TimelineReader(Policy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /** The file's content: the requests and, if given, "now". */
    public static final class Timelines {
        private final List<RequestHistory> requests;
        private final Instant now;

        Timelines(List<RequestHistory> requests, Instant now) {
            this.requests = List.copyOf(requests);
            this.now = now;
        }

        /** @return the requests in file order */
        public List<RequestHistory> requests() {
            return requests;
        }

        /** @return the instant to measure at, or null if the file gives none */
        public Instant now() {
            return now;
        }
    }

    /**
     * @param json the document
     * @return its requests
     * @throws ConfigException naming the first field that is wrong
     */
    public Timelines read(String json) {
        return read(Json.parse(json), "");
    }

    /**
     * @param document a parsed document
     * @param path     its path, for messages ("" at the top)
     * @return its requests
     * @throws ConfigException naming the first field that is wrong
     */
    public Timelines read(JsonNode document, String path) {
        JsonFields root = JsonFields.object(document, path, Set.of("now", "requests"));
        Instant now = root.has("now") ? root.instant("now") : null;
        List<JsonNode> nodes = root.array("requests");
        List<RequestHistory> requests = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = root.path("requests") + "[" + i + "]";
            RequestHistory request = request(nodes.get(i), p);
            if (!keys.add(request.key())) { // answers are given by key: two requests with one key would be one
                throw new ConfigException(JsonFields.join(p, "key"), "config.error.request.duplicate",
                        List.of(request.key()));
            }
            requests.add(request);
        }
        return new Timelines(requests, now);
    }

    private RequestHistory request(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("key", "received", "plan", "severity", "project",
                "events"));
        String key = f.text("key");
        Instant received = f.instant("received");
        String plan = knownPlan(f, "plan");
        String severityText = f.text("severity");
        Severity severity = JsonFields.at(f.path("severity"), () -> Severity.parse(severityText));
        List<RequestHistory.Entry> entries = new ArrayList<>();
        List<JsonNode> events = f.optionalArray("events");
        for (int i = 0; i < events.size(); i++) {
            RequestHistory.Entry e = entry(events.get(i), f.path("events") + "[" + i + "]");
            if (e.at().isBefore(received)) {
                throw new ConfigException(f.path("events") + "[" + i + "].at", "clock.error.beforeReceived",
                        List.of(events.get(i).get("at").asText(), f.text("received")));
            }
            entries.add(e);
        }
        // a support project's own reading of its workflow: its pause statuses, and statuses that answer
        org.contractsla.core.policy.ProjectSettings settings = policy == null || !f.has("project")
                ? org.contractsla.core.policy.ProjectSettings.DEFAULT : policy.settingsOf(f.text("project"));
        for (RequestHistory.Entry e : List.copyOf(entries)) {
            if (e.type() == RequestHistory.Entry.Type.STATUS && e.at().isAfter(received)
                    && settings.responseStatuses().contains(e.value())) {
                entries.add(RequestHistory.Entry.response(e.at()));
            }
        }
        return JsonFields.at(f.path("events"), () -> RequestHistory.of(key, received, plan, severity, entries)
                .pausingIn(settings.pauseStatuses().orElse(null)));
    }

    private String knownPlan(JsonFields f, String name) {
        String plan = f.text(name);
        if (policy != null && policy.plan(plan).isEmpty()) {
            throw new ConfigException(f.path(name), "policy.error.plan.unknown", List.of(plan));
        }
        return plan;
    }

    private RequestHistory.Entry entry(JsonNode node, String path) {
        JsonFields t = JsonFields.object(node, path, Set.of("at", "type", "status", "severity", "plan"));
        String type = t.text("type");
        Set<String> fields = EVENT_FIELDS.get(type);
        if (fields == null) {
            throw new ConfigException(t.path("type"), "config.error.event.type", List.of(type));
        }
        JsonFields f = JsonFields.object(node, path, fields, "config.error.event.field", type);
        Instant at = f.instant("at");
        switch (type) {
            case "status":
                return RequestHistory.Entry.status(at, f.text("status"));
            case "severity":
                String s = f.text("severity");
                return RequestHistory.Entry.severity(at, JsonFields.at(f.path("severity"), () -> Severity.parse(s)));
            case "plan":
                return RequestHistory.Entry.plan(at, knownPlan(f, "plan"));
            case "response":
                return RequestHistory.Entry.response(at);
            case "resolved":
                return RequestHistory.Entry.resolved(at);
            case "reopened":
                return RequestHistory.Entry.reopened(at);
            default:
                throw new ConfigException(f.path("type"), "config.error.event.type", List.of(type));
        }
    }
}
