package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.WorkingTimeline;

/**
 * Reads one JSON object strictly: required and optional fields with types, unknown fields rejected, every
 * error naming the field's path. Core validation errors ({@link DomainException}) are re-thrown with the
 * path of the field that caused them.
 */
final class JsonFields {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(?i)(?:(\\d+(?:\\.\\d+)?)h)?\\s*(?:(\\d+)m)?");

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * @param node    a JSON value that must be an object
     * @param path    its path
     * @param allowed the field names it may have
     */
    static JsonFields object(JsonNode node, String path, Set<String> allowed) {
        return object(node, path, allowed, "config.error.field.unknown");
    }

    /**
     * As {@link #object(JsonNode, String, Set)}, refusing a field it does not take with that message, whose first
     * argument is the field's name and the others those given.
     */
    static JsonFields object(JsonNode node, String path, Set<String> allowed, String unknownKey, Object... args) {
        if (node == null || !node.isObject()) {
            throw new ConfigException(path, "config.error.type.object", List.of());
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                List<Object> all = new ArrayList<>();
                all.add(name);
                all.addAll(List.of(args));
                throw new ConfigException(join(path, name), unknownKey, all);
            }
        }
        return new JsonFields(node, path);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    String path(String name) {
        return join(path, name);
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    JsonNode required(String name) {
        if (!has(name)) {
            throw new ConfigException(path(name), "config.error.field.missing", List.of(name));
        }
        return node.get(name);
    }

    String text(String name) {
        JsonNode v = required(name);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ConfigException(path(name), "config.error.type.text", List.of());
        }
        return v.asText();
    }

    String optionalText(String name) {
        return has(name) ? text(name) : null;
    }

    boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw new ConfigException(path(name), "config.error.type.boolean", List.of());
        }
        return v.asBoolean();
    }

    int integer(String name) {
        JsonNode v = required(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ConfigException(path(name), "config.error.type.integer", List.of());
        }
        return v.asInt();
    }

    List<JsonNode> array(String name) {
        return arrayAt(required(name), path(name));
    }

    List<JsonNode> optionalArray(String name) {
        return has(name) ? array(name) : List.of();
    }

    static List<JsonNode> arrayAt(JsonNode v, String path) {
        if (!v.isArray()) {
            throw new ConfigException(path, "config.error.type.array", List.of());
        }
        List<JsonNode> items = new ArrayList<>();
        v.forEach(items::add);
        return items;
    }

    static String textAt(JsonNode v, String path) {
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ConfigException(path, "config.error.type.text", List.of());
        }
        return v.asText();
    }

    /** Reads an IANA zone id such as {@code Europe/Berlin}. */
    java.time.ZoneId zone(String name) {
        String text = text(name);
        try {
            return java.time.ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw new ConfigException(path(name), "calendar.error.zone.unknown", List.of(text));
        }
    }

    /**
     * Reads {@code {"country": "DE", "subdivision": "by"}}, the subdivision optional.
     *
     * @param known where public holidays come from, to refuse a region it has none for; null to check the
     *              format only (for documents already stored)
     */
    org.contractsla.core.calendar.HolidayRegion holidayRegion(String name,
            org.contractsla.core.calendar.PublicHolidays known) {
        JsonFields h = object(required(name), path(name), java.util.Set.of("country", "subdivision"));
        String country = h.text("country");
        String subdivision = h.optionalText("subdivision");
        org.contractsla.core.calendar.HolidayRegion region = at(h.path("country"),
                () -> org.contractsla.core.calendar.HolidayRegion.of(country, subdivision));
        if (known != null) {
            try {
                known.requireKnown(region);
            } catch (DomainException e) {
                String field = e.key().equals("calendar.error.subdivision.unknown") ? "subdivision" : "country";
                throw new ConfigException(h.path(field), e.key(), e.args());
            }
        }
        return region;
    }

    /** Reads an enum constant by its id ({@link org.contractsla.core.EnumIds}, any case); a refusal lists them. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        return org.contractsla.core.EnumIds.byId(type, text).orElseThrow(() -> new ConfigException(path(name),
                "config.error.value.unknown", List.of(text, org.contractsla.core.EnumIds.ids(type))));
    }

    // dates reach further than the instants clocks count at: "valid until 9999-12-31" is how some write "no end"
    private static final int FIRST_YEAR = WorkingTimeline.SUPPORTED_FROM.atOffset(ZoneOffset.UTC).getYear();
    private static final int LAST_YEAR = 9999;

    /** Reads an ISO date such as {@code 2026-12-24}, in the years 1900 to 9999. */
    static LocalDate dateAt(JsonNode node, String path) {
        String text = textAt(node, path);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConfigException(path, "config.error.date.format", List.of(text));
        }
        // a date far beyond could only overflow when terms or quota periods are worked out from it
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new ConfigException(path, "config.error.date.range", List.of(text));
        }
        return date;
    }

    LocalDate date(String name) {
        return dateAt(required(name), path(name));
    }

    /** A text that may be empty; absent gives the fallback. */
    String optionalAnyText(String name, String fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw new ConfigException(path(name), "config.error.type.text", List.of());
        }
        return v.asText();
    }

    Instant instant(String name) {
        return instantAt(required(name), path(name));
    }

    static Instant instantAt(JsonNode v, String path) {
        String text = textAt(v, path);
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConfigException(path, "config.error.instant.format", List.of(text));
        }
        if (!WorkingTimeline.supports(instant)) { // clocks could not count there; nothing else would make sense
            throw new ConfigException(path, "calendar.error.instant.range", List.of(text));
        }
        return instant;
    }

    /**
     * Reads a duration of working time, {@code 4h}, {@code 90m}, {@code 1h30m}, {@code 1.5h} (any case) or ISO-8601
     * {@code PT4H}, in whole minutes, and builds a value from it. Days are refused with a hint: a day of working
     * time could mean 24 hours or one working day. A value the build refuses (too long, say) is named as typed.
     */
    <T> T duration(String name, java.util.function.Function<Duration, T> build) {
        String text = text(name).trim();
        Duration d = parseDuration(text, path(name));
        try {
            return build.apply(d);
        } catch (DomainException e) {
            List<Object> args = new ArrayList<>();
            for (Object a : e.args()) {
                args.add(a instanceof Duration ? text : a);
            }
            throw new ConfigException(path(name), e.key(), args);
        }
    }

    /** As {@link #duration(String, java.util.function.Function)}, for a duration taken as it is. */
    Duration duration(String name) {
        return duration(name, d -> d);
    }

    /** More than any goal or budget may be: what a number too long to count is read as, to be refused as typed. */
    private static final Duration TOO_LONG = Duration.ofDays(365L * 1_000_000);

    private static final Pattern DAYS = Pattern.compile("(?i)\\d+(?:\\.\\d+)?\\s*(?:d|w|days?|weeks?)\\b.*");

    static Duration parseDuration(String text, String path) {
        if (text.startsWith("P") || text.startsWith("p")) {
            int t = text.toUpperCase(java.util.Locale.ROOT).indexOf('T');
            if (t != 1) { // a date part (days, weeks, months, years) or nothing readable
                throw new ConfigException(path, text.matches("(?i)P[-+]?\\d.*") ? "config.error.duration.days"
                        : "config.error.duration.format", List.of(text));
            }
            Duration d;
            try {
                d = Duration.parse(text);
            } catch (DateTimeParseException e) {
                if (text.matches("(?i)PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?")) { // well formed: only too long to count
                    return TOO_LONG;
                }
                throw new ConfigException(path, "config.error.duration.format", List.of(text));
            }
            return wholeMinutes(d, text, path);
        }
        Matcher m = HOURS_MINUTES.matcher(text);
        if (text.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            throw new ConfigException(path, DAYS.matcher(text).matches() ? "config.error.duration.days"
                    : "config.error.duration.format", List.of(text));
        }
        java.math.BigDecimal hours = m.group(1) == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(m.group(1));
        java.math.BigDecimal minutes = m.group(2) == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(m.group(2));
        java.math.BigDecimal total = hours.multiply(java.math.BigDecimal.valueOf(60)).add(minutes);
        if (total.compareTo(java.math.BigDecimal.valueOf(TOO_LONG.toMinutes())) > 0) {
            return TOO_LONG; // refused by whatever it is built into, named as typed
        }
        if (total.stripTrailingZeros().scale() > 0) {
            throw new ConfigException(path, "config.error.duration.minutes", List.of(text));
        }
        return Duration.ofMinutes(total.longValueExact());
    }

    private static Duration wholeMinutes(Duration d, String text, String path) {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            throw new ConfigException(path, "config.error.duration.minutes", List.of(text));
        }
        return d;
    }

    /** Runs a core constructor; a rejected value is reported at the given path. */
    static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            throw new ConfigException(path, e.key(), e.args());
        }
    }
}
