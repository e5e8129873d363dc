package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Severity;

/**
 * Reads a request timeline file (docs/config-format.md): requests with receipt, plan, severity and events,
 * and optionally the instant to measure at. Errors name the field. Thread-safe.
 */
public final class TimelineReader {

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
        return read(PolicyReader.parse(json), "");
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
        for (int i = 0; i < nodes.size(); i++) {
            requests.add(request(nodes.get(i), root.path("requests") + "[" + i + "]"));
        }
        return new Timelines(requests, now);
    }

    private RequestHistory request(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("key", "received", "plan", "severity", "events"));
        String key = f.text("key");
        Instant received = f.instant("received");
        String plan = f.text("plan");
        String severityText = f.text("severity");
        Severity severity = JsonFields.at(f.path("severity"), () -> Severity.parse(severityText));
        List<RequestHistory.Entry> entries = new ArrayList<>();
        List<JsonNode> events = f.optionalArray("events");
        for (int i = 0; i < events.size(); i++) {
            entries.add(entry(events.get(i), f.path("events") + "[" + i + "]"));
        }
        return JsonFields.at(f.path("events"), () -> RequestHistory.of(key, received, plan, severity, entries));
    }

    private RequestHistory.Entry entry(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, Set.of("at", "type", "status", "severity", "plan"));
        Instant at = f.instant("at");
        String type = f.text("type");
        switch (type) {
            case "status":
                return RequestHistory.Entry.status(at, f.text("status"));
            case "severity":
                String s = f.text("severity");
                return RequestHistory.Entry.severity(at, JsonFields.at(f.path("severity"), () -> Severity.parse(s)));
            case "plan":
                return RequestHistory.Entry.plan(at, f.text("plan"));
            case "response":
                return RequestHistory.Entry.response(at);
            case "resolved":
                return RequestHistory.Entry.resolved(at);
            default:
                throw new ConfigException(f.path("type"), "config.error.event.type", List.of(type));
        }
    }
}
