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
import org.contractsla.config.ContractJson;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.TimelineReader;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;
import org.contractsla.holidays.JollydayPublicHolidays;

/**
 * Command line: reads a policy and request timelines (JSON) and prints every SLA clock as JSON.
 *
 * <pre>simulate --policy FILE [--timeline FILE] [--now 2026-03-09T12:00:00+01:00] [--zone Europe/Berlin] [--lang en|de]
 *          [--contracts FILE [--reporter USER_KEY_OR_EMAIL] [--customer NUMBER] [--channel portal|email|phone|chat]
 *           [--category ID] [--severity S1..S4] [--environment production|test|installation]]</pre>
 *
 * With contracts, every request of the timeline (in order of receipt) is also checked for entitlement and
 * opened against its contract's quota; without a timeline, one request at "now" is checked.
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
            if (!options.containsKey("--contracts")) {
                require(options, "--timeline");
            }
        } catch (UsageException e) {
            err.println(messages.text(e.key, e.args));
            err.println(messages.text("simulator.usage"));
            return BAD_INPUT;
        }
        String file = options.get("--policy");
        try {
            Policy policy = new PolicyReader().read(read(file));
            TimelineReader.Timelines timelines = null;
            if (options.containsKey("--timeline")) {
                file = options.get("--timeline");
                timelines = new TimelineReader().read(read(file));
            }
            CheckingEntitlement checking = null;
            if (options.containsKey("--contracts")) {
                file = options.get("--contracts");
                InMemoryContracts contracts = new InMemoryContracts();
                contracts.replaceAll(new ContractJson().readDocument(read(file)));
                checking = CheckingEntitlement.standard(() -> policy, contracts, new InMemoryQuotaLedger());
            }
            file = null;
            Instant now = options.containsKey("--now") ? instant(options.get("--now"))
                    : timelines != null && timelines.now() != null ? timelines.now() : clock.instant();
            ZoneId zone = options.containsKey("--zone") ? zone(options.get("--zone"))
                    : policy.calendars().isEmpty() ? ZoneId.of("UTC") : policy.calendars().values().iterator().next().zone();
            EntitlementOptions entitlement = checking == null ? null : new EntitlementOptions(options, checking);
            CompiledPolicy compiled = CompiledPolicy.of(policy, CachingPublicHolidays.of(new JollydayPublicHolidays()));
            print(new MeasuringRequestClocks(compiled), timelines == null ? null : timelines.requests(), now, zone,
                    messages, entitlement);
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
            Messages messages, EntitlementOptions entitlement) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("now", at(now, zone));
        if (requests == null) {
            root.set("entitlement", entitlement.checkAt(now, mapper, messages));
        } else {
            Map<String, ObjectNode> decisions = new LinkedHashMap<>();
            if (entitlement != null) {
                List<RequestHistory> byReceipt = new java.util.ArrayList<>(requests);
                byReceipt.sort(java.util.Comparator.comparing(RequestHistory::received));
                for (RequestHistory request : byReceipt) {
                    decisions.put(request.key(), entitlement.open(request, mapper, messages));
                }
            }
            ArrayNode list = root.putArray("requests");
            for (RequestHistory request : requests) {
                ObjectNode r = list.addObject();
                r.put("key", request.key());
                if (decisions.containsKey(request.key())) {
                    r.set("entitlement", decisions.get(request.key()));
                }
                ObjectNode clocks = r.putObject("clocks");
                for (Map.Entry<Metric, MetricClock> e : measuring.measure(request, now).entrySet()) {
                    clocks.set(e.getKey().id(), clock(mapper, e.getValue(), zone, messages));
                }
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
        List<String> known = List.of("--policy", "--timeline", "--now", "--zone", "--lang", "--contracts", "--reporter",
                "--customer", "--channel", "--category", "--severity", "--environment");
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

    /** The entitlement part of the command line: who asks, how, about what. */
    private static final class EntitlementOptions {
        private final CheckingEntitlement checking;
        private final String reporter;
        private final String customer;
        private final Channel channel;
        private final String category;
        private final Severity severity;
        private final Environment environment;

        EntitlementOptions(Map<String, String> options, CheckingEntitlement checking) {
            this.checking = checking;
            this.reporter = options.get("--reporter");
            this.customer = options.get("--customer");
            String c = options.getOrDefault("--channel", "portal");
            this.channel = Channel.byId(c).orElseThrow(() -> new UsageException("simulator.error.choice", "--channel", c));
            this.category = options.get("--category");
            String s = options.get("--severity");
            this.severity = s == null ? null : java.util.Arrays.stream(Severity.values()).filter(v -> v.name().equals(s))
                    .findFirst().orElseThrow(() -> new UsageException("simulator.error.choice", "--severity", s));
            String e = options.getOrDefault("--environment", "production");
            this.environment = org.contractsla.core.EnumIds.byId(Environment.class, e)
                    .orElseThrow(() -> new UsageException("simulator.error.choice", "--environment", e));
        }

        private EntitlementRequest request(Instant at, Severity proposed) {
            boolean email = reporter != null && reporter.contains("@");
            return EntitlementRequest.builder(channel, at).customerNumber(customer)
                    .reporter(email ? null : reporter, email ? reporter : null).category(category)
                    .severity(proposed == null ? null : SeverityProposal.of(proposed, environment)).build();
        }

        ObjectNode checkAt(Instant now, ObjectMapper mapper, Messages messages) {
            return decision(checking.check(request(now, severity)), mapper, messages);
        }

        ObjectNode open(RequestHistory request, ObjectMapper mapper, Messages messages) {
            Severity proposed = severity != null ? severity : request.severity();
            return decision(checking.open(request(request.received(), proposed), request.key()), mapper, messages);
        }

        private static ObjectNode decision(EntitlementDecision d, ObjectMapper mapper, Messages messages) {
            ObjectNode n = mapper.createObjectNode();
            n.put("outcome", d.outcome().name());
            n.put("outcomeText", messages.text("entitlement.outcome." + d.outcome().name()));
            n.put("handling", d.handling().name());
            n.put("handlingText", messages.text("entitlement.handling." + d.handling().name()));
            n.put("customerNumber", d.customerNumber().orElse(null));
            n.put("plan", d.planId().orElse(null));
            n.put("severity", d.severity().map(Enum::name).orElse(null));
            n.put("quotaUnitHeld", d.quotaUnitHeld());
            ArrayNode reasons = n.putArray("reasons");
            for (Finding f : d.findings()) {
                ObjectNode r = reasons.addObject();
                r.put("effect", f.effect().name());
                r.put("key", f.reason().key());
                r.put("text", messages.text(f.reason().key(), f.reason().args()));
            }
            return n;
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
