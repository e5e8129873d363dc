package org.contractsla.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contractsla.config.ConfigException;
import org.contractsla.config.ContractJson;
import org.contractsla.config.Json;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.Simulation;
import org.contractsla.config.TimelineReader;
import org.contractsla.core.DomainException;
import org.contractsla.core.EnumIds;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.calendar.WorkingTimeline;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.contractsla.i18n.Messages;

/**
 * Command line: reads a policy and request timelines (JSON) and prints every SLA clock as JSON.
 *
 * <pre>simulate --policy FILE [--timeline FILE] [--now 2026-03-09T12:00:00+01:00] [--zone Europe/Berlin] [--lang en|de]
 *          [--contracts FILE [--reporter USER_KEY_OR_EMAIL] [--customer NUMBER] [--channel portal|email|phone|chat]
 *           [--category ID] [--severity S1..S4] [--environment production|test|installation]
 *           [--s1-checklist yes|no,yes|no]]
 * simulate --help</pre>
 *
 * With contracts, every request of the timeline (in order of receipt) is also checked for entitlement and
 * opened against its contract's quota, and its clocks follow the decision; without a timeline, one request at
 * "now" is checked. The options about the check are refused without contracts. Messages are in {@code --lang}.
 * Exit codes: 0 done, 2 bad arguments or malformed input (the message names the file and field), 1 anything else.
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
        Messages messages = new Messages(languageOf(args));
        try {
            if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
                out.println(messages.text("simulator.help"));
                return OK;
            }
            options = options(args);
            messages = new Messages(language(options.getOrDefault("--lang", "en")));
            require(options, "--policy");
            if (!options.containsKey("--contracts")) {
                require(options, "--timeline");
                for (String entitlementOnly : ENTITLEMENT_OPTIONS) { // they describe a check that is not made
                    if (options.containsKey(entitlementOnly)) {
                        throw new UsageException("simulator.error.needsContracts", entitlementOnly);
                    }
                }
            }
        } catch (UsageException e) {
            err.println(messages.text(e.key, e.args));
            err.println(messages.text("simulator.usage"));
            return BAD_INPUT;
        }
        String file = options.get("--policy");
        try {
            PublicHolidays holidays = CachingPublicHolidays.of(new JollydayPublicHolidays());
            Policy policy = new PolicyReader(holidays).read(read(file));
            TimelineReader.Timelines timelines = null;
            if (options.containsKey("--timeline")) {
                file = options.get("--timeline");
                timelines = new TimelineReader(policy).read(read(file));
            }
            ContractJson.Document contracts = null;
            if (options.containsKey("--contracts")) {
                file = options.get("--contracts");
                contracts = new ContractJson(holidays).readDocument(read(file));
            }
            file = null;
            Instant now = options.containsKey("--now") ? instant(options.get("--now"))
                    : timelines != null && timelines.now() != null ? timelines.now() : clock.instant();
            ZoneId zone = options.containsKey("--zone") ? zone(options.get("--zone"))
                    : policy.calendars().isEmpty() ? ZoneId.of("UTC") : policy.calendars().values().iterator().next().zone();
            Simulation.Asker asker = contracts == null ? null : asker(options);
            ObjectNode result = new Simulation(policy, holidays)
                    .run(timelines == null ? null : timelines.requests(), contracts, asker, now, zone, messages);
            out.println(Json.write(result));
            return OK;
        } catch (ConfigException e) {
            String where = e.path().isEmpty() ? file : file + ": " + e.path();
            err.println(messages.text("simulator.error.at", where, messages.text(e.key(), e.args())));
            return BAD_INPUT;
        } catch (DomainException e) {
            err.println(file == null ? messages.text(e.key(), e.args())
                    : messages.text("simulator.error.at", file, messages.text(e.key(), e.args())));
            return BAD_INPUT;
        } catch (UsageException e) {
            err.println(messages.text(e.key, e.args));
            return BAD_INPUT;
        }
    }

    /** Options that describe the entitlement check, which only runs with {@code --contracts}. */
    private static final List<String> ENTITLEMENT_OPTIONS = List.of("--reporter", "--customer", "--channel",
            "--category", "--severity", "--environment", "--s1-checklist");

    /** @return the language asked for, so that even a bad command line is answered in it; English if unclear */
    private static Locale languageOf(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang") && args[i + 1].equals("de")) {
                return Locale.GERMAN;
            }
        }
        return Locale.ENGLISH;
    }

    /** @return the file's text, as UTF-8 */
    private static String read(String file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new UsageException("simulator.error.file", file);
        }
        return Json.decode(bytes);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("--policy", "--timeline", "--now", "--zone", "--lang", "--contracts", "--reporter",
                "--customer", "--channel", "--category", "--severity", "--environment", "--s1-checklist");
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i])) {
                throw new UsageException("simulator.error.option", args[i]);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) { // "--severity --lang de": no severity given
                throw new UsageException("simulator.error.value", args[i]);
            }
            if (options.put(args[i], args[i + 1]) != null) { // which of two would be meant?
                throw new UsageException("simulator.error.twice", args[i]);
            }
            i++;
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
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("config.error.instant.format", text);
        }
        if (!WorkingTimeline.supports(instant)) {
            throw new UsageException("calendar.error.instant.range", text);
        }
        return instant;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("calendar.error.zone.unknown", text);
        }
    }

    /** The entitlement part of the command line: who asks, how, about what. Choices are read as in files. */
    private static Simulation.Asker asker(Map<String, String> options) {
        Channel channel = choice(options, "--channel", Channel.class, Channel.PORTAL);
        String s = options.get("--severity");
        Severity severity = s == null ? null : EnumIds.byId(Severity.class, s)
                .orElseThrow(() -> new UsageException("simulator.error.choice", "--severity", s, "S1, S2, S3, S4"));
        Environment environment = choice(options, "--environment", Environment.class, Environment.PRODUCTION);
        Simulation.Asker asker = Simulation.Asker.of(options.get("--reporter"), options.get("--customer"), channel,
                options.get("--category"), severity, environment);
        String answers = options.get("--s1-checklist");
        if (answers == null) {
            return asker;
        }
        String[] parts = answers.split(",", -1);
        if (parts.length != 2 || !isYesOrNo(parts[0]) || !isYesOrNo(parts[1])) {
            throw new UsageException("simulator.error.choice", "--s1-checklist", answers, "yes,no | yes,yes | no,no | no,yes");
        }
        return asker.withChecklist(parts[0].equals("yes"), parts[1].equals("yes"));
    }

    private static boolean isYesOrNo(String answer) {
        return answer.equals("yes") || answer.equals("no");
    }

    private static <E extends Enum<E>> E choice(Map<String, String> options, String name, Class<E> type, E fallback) {
        String text = options.get(name);
        return text == null ? fallback : EnumIds.byId(type, text)
                .orElseThrow(() -> new UsageException("simulator.error.choice", name, text, EnumIds.ids(type)));
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
