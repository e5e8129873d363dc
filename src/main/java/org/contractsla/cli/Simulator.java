package org.contractsla.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contractsla.config.ConfigException;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.TimelineReader;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.holidays.JollydayPublicHolidays;

/**
 * Command line: reads a policy and request timelines (JSON) and prints every SLA clock as JSON.
 *
 * <pre>simulate --policy FILE --timeline FILE [--now 2026-03-09T12:00:00+01:00] [--zone Europe/Berlin] [--lang en|de]</pre>
 *
 * Exit codes: 0 done, 2 bad arguments or malformed input (the message names the field), 1 anything else.
 */
public final class Simulator {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    Simulator(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Simulator(Clock.systemUTC(), System.out, System.err).run(args));
    }

    int run(String[] args) {
        Map<String, String> options;
        Messages messages = new Messages(Locale.ENGLISH);
        try {
            options = options(args);
            messages = new Messages(language(options.getOrDefault("--lang", "en")));
            require(options, "--policy");
            require(options, "--timeline");
        } catch (UsageException e) {
            err.println(messages.text(e.key, e.args));
            err.println(messages.text("simulator.usage"));
            return BAD_INPUT;
        }
        String file = options.get("--policy");
        try {
            Policy policy = new PolicyReader().read(read(file));
            file = options.get("--timeline");
            TimelineReader.Timelines timelines = new TimelineReader().read(read(file));
            file = null;
            Instant now = options.containsKey("--now") ? instant(options.get("--now"))
                    : timelines.now() != null ? timelines.now() : clock.instant();
            ZoneId zone = options.containsKey("--zone") ? zone(options.get("--zone"))
                    : policy.calendars().values().iterator().next().zone();
            CompiledPolicy compiled = CompiledPolicy.of(policy, CachingPublicHolidays.of(new JollydayPublicHolidays()));
            print(new MeasuringRequestClocks(compiled), timelines.requests(), now, zone, messages);
            return OK;
        } catch (ConfigException e) {
            String where = e.path().isEmpty() ? file : file + ": " + e.path();
            err.println(messages.text("simulator.error.at", where, messages.text(e.key(), e.args())));
            return BAD_INPUT;
        } catch (DomainException e) {
            err.println(messages.text("simulator.error.at", file == null ? "" : file, messages.text(e.key(), e.args())));
            return BAD_INPUT;
        } catch (UsageException e) {
            err.println(messages.text(e.key, e.args));
            return BAD_INPUT;
        }
    }

    private void print(MeasuringRequestClocks measuring, List<RequestHistory> requests, Instant now, ZoneId zone,
            Messages messages) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("now", at(now, zone));
        ArrayNode list = root.putArray("requests");
        for (RequestHistory request : requests) {
            ObjectNode r = list.addObject();
            r.put("key", request.key());
            ObjectNode clocks = r.putObject("clocks");
            for (Map.Entry<Metric, MetricClock> e : measuring.measure(request, now).entrySet()) {
                clocks.set(e.getKey().id(), clock(mapper, e.getValue(), zone, messages));
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode clock(ObjectMapper mapper, MetricClock clock, ZoneId zone, Messages messages) {
        ObjectNode n = mapper.createObjectNode();
        if (clock.measurement().isEmpty()) {
            n.put("state", "NO_GOAL");
            n.put("stateText", messages.text("clock.state.noGoal"));
            return n;
        }
        ClockMeasurement m = clock.measurement().get();
        n.put("state", m.state().name());
        n.put("stateText", messages.text(m.state().messageKey()));
        n.put("goal", m.goal().toString());
        n.put("elapsed", m.elapsed().toString());
        n.put("remaining", m.remaining().toString());
        n.put("due", m.due().map(d -> at(d, zone)).orElse(null));
        n.put("breachedAt", m.breachedAt().map(d -> at(d, zone)).orElse(null));
        n.put("shareUsed", Math.round(m.shareUsed() * 10_000) / 10_000.0);
        if (clock.metric() == Metric.UPDATE_INTERVAL) {
            n.put("cycles", clock.cycles());
            n.put("breachedCycles", clock.breachedCycles());
        }
        return n;
    }

    private static String at(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("simulator.error.file", file);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("--policy", "--timeline", "--now", "--zone", "--lang");
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i])) {
                throw new UsageException("simulator.error.option", args[i]);
            }
            if (i + 1 >= args.length) {
                throw new UsageException("simulator.error.value", args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static void require(Map<String, String> options, String name) {
        if (!options.containsKey(name)) {
            throw new UsageException("simulator.error.missing", name);
        }
    }

    private static Locale language(String lang) {
        if (lang.equals("de")) {
            return Locale.GERMAN;
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new UsageException("simulator.error.lang", lang);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("config.error.instant.format", text);
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("calendar.error.zone.unknown", text);
        }
    }

    /** A bad command line, named by a message key. */
    private static final class UsageException extends RuntimeException {
        final String key;
        final List<Object> args;

        UsageException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = List.of(args);
        }
    }
}
