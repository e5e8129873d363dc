package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractsla.core.clock.Goal;
import org.contractsla.core.contract.Contract;

/**
 * Reads a document the app stored itself, possibly under an older release whose rules were looser than today's.
 * What today's rules refuse is first repaired the way the older release read it (a duration with seconds is
 * rounded up to the minute, a day is 24 hours, an interval's fractions of a second are cut off, a goal beyond the
 * longest is the longest); an element that still does not read is left out (a calendar, a plan, a contact).
 * Every repair and every element left out is kept as a note for the admin. An import is read strictly, never
 * here: it replaces what was stored, notes and all.
 *
 * @param <T> what the document holds
 */
final class StoredReading<T> {

    /** Where an element that does not read may be left out, by how its path begins: an array and its elements. */
    private static final Pattern ELEMENT = Pattern.compile("^([A-Za-z]+)\\[(\\d+)\\]");

    private static final int MOST_ROUNDS = 1000;

    private final Function<JsonNode, T> read;
    private final List<String> omissible;

    /**
     * @param read      reads a document strictly, throwing {@link ConfigException} at the first fault
     * @param omissible the top-level arrays whose elements may be left out (e.g. calendars, plans, contacts)
     */
    StoredReading(Function<JsonNode, T> read, List<String> omissible) {
        this.read = read;
        this.omissible = omissible;
    }

    /**
     * @param document the stored document, parsed (and migrated to today's schema); changed in place
     * @param owner    maps a refusal whose path is no element (one between elements, such as a plan naming a
     *                 calendar that is gone) to the path of the element to leave out, or to null; may be null
     * @return the value and the notes
     * @throws ConfigException if the document does not read even so (damaged, not merely old)
     */
    Stored<T> read(JsonNode document, Function<ConfigException, String> owner) {
        List<ConfigException> repaired = new ArrayList<>();
        List<ConfigException> leftOut = new ArrayList<>();
        for (int round = 0; round < MOST_ROUNDS; round++) {
            try {
                return new Stored<>(read.apply(document.deepCopy()), List.copyOf(repaired), List.copyOf(leftOut));
            } catch (ConfigException e) {
                if (repair(document, e.path(), e.key())) {
                    repaired.add(e);
                    continue;
                }
                String owning = owner == null ? null : owner.apply(e);
                if (leaveOut(document, e.path()) || owning != null && leaveOut(document, owning)) {
                    leftOut.add(e);
                    continue;
                }
                throw e;
            }
        }
        throw new ConfigException("", "config.error.stored.unreadable", List.of());
    }

    /**
     * Leaves out the innermost list element the path names (a closed date, a maintenance window, an interval), or,
     * where the path names none inside it, the top-level element (a calendar, a plan, a contact).
     */
    private boolean leaveOut(JsonNode document, String path) {
        Matcher m = ELEMENT.matcher(path);
        if (!m.find() || !omissible.contains(m.group(1))) {
            return false;
        }
        int inner = path.lastIndexOf('[');
        if (inner > m.end() - 1) { // an element inside the top-level one
            int close = path.indexOf(']', inner);
            JsonNode list = at(document, path.substring(0, inner));
            int at = Integer.parseInt(path.substring(inner + 1, close));
            if (list instanceof ArrayNode && at < list.size()) {
                ((ArrayNode) list).remove(at);
                return true;
            }
        }
        JsonNode array = document.get(m.group(1));
        int index = Integer.parseInt(m.group(2));
        if (!(array instanceof ArrayNode) || index >= array.size()) {
            return false;
        }
        ((ArrayNode) array).remove(index);
        return true;
    }

    /** Repairs the value at the path as the older release read it; false if there is nothing to repair there. */
    static boolean repair(JsonNode document, String path, String key) {
        JsonNode value = at(document, path);
        if (value == null || !value.isTextual()) {
            return false;
        }
        String text = value.asText().trim();
        String repaired = switch (key) {
            case "config.error.duration.minutes", "config.error.duration.days" -> minutes(looseDuration(text));
            case "goal.error.duration.tooLong" -> minutes(Goal.MAX_TARGET);
            case "contract.error.notes.length" -> value.asText().substring(0, Contract.NOTES_MAX);
            case "calendar.error.interval.format" -> text.matches(".*\\d\\.\\d+.*")
                    ? text.replaceAll("(\\d{1,2}:\\d{2}(?::\\d{2})?)\\.\\d+", "$1") : null;
            default -> null;
        };
        if (repaired == null || repaired.equals(text)) {
            return false;
        }
        return set(document, path, TextNode.valueOf(repaired));
    }

    /** A duration as a release before whole minutes read it: ISO-8601 with days (24 h) and seconds, or h/m. */
    private static Duration looseDuration(String text) {
        try {
            if (text.matches("(?i)P.*")) {
                return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
            }
            Matcher m = Pattern.compile("(?i)(?:(\\d+(?:\\.\\d+)?)\\s*(?:d|days?))?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*h)?\\s*"
                    + "(?:(\\d+(?:\\.\\d+)?)\\s*m)?").matcher(text);
            if (!m.matches()) {
                return null;
            }
            BigDecimal total = BigDecimal.ZERO;
            if (m.group(1) != null) {
                total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(24 * 60)));
            }
            if (m.group(2) != null) {
                total = total.add(new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(60)));
            }
            if (m.group(3) != null) {
                total = total.add(new BigDecimal(m.group(3)));
            }
            return Duration.ofSeconds(total.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING)
                    .longValueExact());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whole minutes, rounded up: a goal never becomes shorter than it was. */
    private static String minutes(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            return null;
        }
        long minutes = d.toMinutes() + (d.minusMinutes(d.toMinutes()).isZero() ? 0 : 1);
        return minutes + "m";
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    /** @return the node at a path such as {@code plans[2].goals.firstResponse.S1.duration}, or null */
    static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        Matcher m = STEP.matcher(path);
        while (n != null && m.find()) {
            n = m.group(1) != null ? n.get(m.group(1)) : n.get(Integer.parseInt(m.group(2)));
        }
        return path.isEmpty() ? null : n;
    }

    private static boolean set(JsonNode root, String path, JsonNode value) {
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (parent instanceof ObjectNode && !last.endsWith("]")) {
            ((ObjectNode) parent).set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode && last.endsWith("]")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(0, last.length() - 1)), value);
            return true;
        }
        return false;
    }
}
