package org.contractsla.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

/**
 * The example files the preview starts from ({@code examples/}), moved in time so that the sample requests are
 * as recent as they were at the timelines' "now" and the contracts as current: every instant and date moves by
 * the whole weeks between that "now" and today. Read as the app reads them.
 */
final class Seed {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** the zone the examples' times are written in */
    private static final java.time.ZoneId EXAMPLES_ZONE = java.time.ZoneId.of("Europe/Berlin");

    final String policy;
    final String contracts;
    final String timelines;

    private Seed(String policy, String contracts, String timelines) {
        this.policy = policy;
        this.contracts = contracts;
        this.timelines = timelines;
    }

    /**
     * @param examples the folder with presets.json, contracts.json and timelines.json
     * @param today    the preview's "now"
     */
    static Seed from(Path examples, Instant today) {
        try {
            JsonNode timelines = JSON.readTree(Files.readString(examples.resolve("timelines.json")));
            Instant then = OffsetDateTime.parse(timelines.get("now").asText()).toInstant();
            // whole weeks, so that a request sent on a Friday afternoon still was
            long days = ChronoUnit.DAYS.between(then.atZone(ZoneOffset.UTC).toLocalDate(),
                    today.atZone(ZoneOffset.UTC).toLocalDate()) / 7 * 7;
            JsonNode contracts = JSON.readTree(Files.readString(examples.resolve("contracts.json")));
            shift(timelines, Duration.ofDays(days));
            shift(contracts, Duration.ofDays(days));
            renew(contracts, today.atZone(ZoneOffset.UTC).toLocalDate());
            return new Seed(Files.readString(examples.resolve("presets.json")), JSON.writeValueAsString(contracts),
                    JSON.writeValueAsString(timelines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the examples in " + examples, e);
        }
    }

    /**
     * Renews each contract by whole years until its term covers today, as its customer would have: the preview shows
     * contracts in force, as a vendor's helpdesk mostly sees them.
     */
    private static void renew(JsonNode contracts, LocalDate today) {
        for (JsonNode c : contracts.path("contracts")) {
            if (c.has("start") && c.has("termMonths") && c.get("termMonths").canConvertToInt()) {
                LocalDate start = LocalDate.parse(c.get("start").asText());
                int months = c.get("termMonths").asInt();
                while (months > 0 && !start.plusMonths(months).isAfter(today)) {
                    months += 12;
                }
                ((ObjectNode) c).put("termMonths", months);
            }
        }
    }

    /** Moves every date-time (with offset) and every date ("start", "end") in the tree by {@code by}. */
    private static void shift(JsonNode node, Duration by) {
        if (node.isArray()) {
            node.forEach(n -> shift(n, by));
        } else if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    String moved = moved(e.getValue().asText(), by);
                    if (moved != null) {
                        e.setValue(TextNode.valueOf(moved));
                    }
                } else {
                    shift(e.getValue(), by);
                }
            }
        }
    }

    private static String moved(String text, Duration by) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            // moved by days where the examples live, so that 16:00 stays 16:00 across a change of summer time
            return OffsetDateTime.parse(text).atZoneSameInstant(EXAMPLES_ZONE).plusDays(by.toDays())
                    .toOffsetDateTime().toString();
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text).plusDays(by.toDays()).toString();
        }
        return null;
    }
}
