package org.contractsla.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.contract.Accounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.ResolvingContacts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.AssessingRequests;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestAssessment;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;
import org.contractsla.i18n.Messages;

/**
 * A dry run on a policy: every clock of some request timelines and, given contracts, each request's
 * entitlement decision, both from {@link AssessingRequests} (requests opened in order of receipt, so quotas fill
 * up; clocks follow the decision). Used by the command-line simulator and the REST simulate endpoint; the
 * result is the JSON both print. Not thread-safe.
 */
public final class Simulation {

    /** Who asks, through which channel, about what: the entitlement check's input besides time. Immutable. */
    public static final class Asker {
        private final String reporterKey;
        private final String customerNumber;
        private final Channel channel;
        private final String category;
        private final Severity severity;
        private final Environment environment;
        /** the S1 checklist's answers (a) and (b), or null where not answered */
        private final Boolean operationImpossibleWithoutFix;
        private final Boolean earlierStateAvoidsProblem;

        private Asker(String reporterKey, String customerNumber, Channel channel, String category,
                Severity severity, Environment environment, Boolean operationImpossibleWithoutFix,
                Boolean earlierStateAvoidsProblem) {
            this.reporterKey = reporterKey;
            this.customerNumber = customerNumber;
            this.channel = Objects.requireNonNull(channel, "channel");
            this.category = category;
            this.severity = severity;
            this.environment = Objects.requireNonNull(environment, "environment");
            this.operationImpossibleWithoutFix = operationImpossibleWithoutFix;
            this.earlierStateAvoidsProblem = earlierStateAvoidsProblem;
        }

        /**
         * @param reporter       user key, or null; an e-mail address (anything with '@') names the simulator's
         *                       pseudo-account of that address (see {@link #SELF_NAMED})
         * @param customerNumber the quoted customer number, or null
         * @param channel        channel, not null
         * @param category       request category, or null
         * @param severity       proposed severity, or null to take each request's own
         * @param environment    environment, not null
         * @return the asker
         */
        public static Asker of(String reporter, String customerNumber, Channel channel, String category,
                Severity severity, Environment environment) {
            String key = reporter != null && reporter.contains("@") ? reporter.trim().toLowerCase(Locale.ROOT)
                    : reporter;
            return new Asker(key, customerNumber, channel, category, severity, environment, null, null);
        }

        /**
         * @param operationImpossibleWithoutFix the S1 checklist's answer (a), or null if not given
         * @param earlierStateAvoidsProblem     its answer (b), or null if not given
         * @return the same question with the S1 checklist answered (both answers needed to count)
         */
        public Asker withChecklist(Boolean operationImpossibleWithoutFix, Boolean earlierStateAvoidsProblem) {
            return new Asker(reporterKey, customerNumber, channel, category, severity, environment,
                    operationImpossibleWithoutFix, earlierStateAvoidsProblem);
        }

        /** @return the same question asked by the user with that key */
        public Asker forReporter(String userKey) {
            return new Asker(userKey, customerNumber, channel, category, severity, environment,
                    operationImpossibleWithoutFix, earlierStateAvoidsProblem);
        }

        /** @return the entitlement request at that instant with that proposed severity (null for none) */
        public EntitlementRequest request(Instant at, Severity proposed) {
            SeverityProposal proposal = proposed == null ? null : SeverityProposal.of(proposed, environment);
            if (proposal != null && operationImpossibleWithoutFix != null && earlierStateAvoidsProblem != null) {
                proposal = proposal.withChecklist(operationImpossibleWithoutFix, earlierStateAvoidsProblem);
            }
            return EntitlementRequest.builder(channel, at).customerNumber(customerNumber)
                    .reporter(reporterKey).category(category).severity(proposal).build();
        }
    }

    /**
     * The simulator's accounts, having no directory: every e-mail address is one account whose user key is the
     * address itself (lower case), so that a contract's e-mail contacts are the requests' reporters of that address.
     */
    static final Accounts SELF_NAMED = new Accounts() {
        @Override
        public List<Account> withEmail(String address) {
            String a = address.trim().toLowerCase(Locale.ROOT);
            return List.of(new Account(a, 0L, a));
        }

        @Override
        public Optional<Account> byKey(String userKey) {
            return userKey.contains("@") ? Optional.of(new Account(userKey, 0L, userKey)) : Optional.empty();
        }
    };

    private final Policy policy;
    private final PublicHolidays holidays;

    /**
     * @param policy   the policy to simulate, not null
     * @param holidays where public holidays come from, not null
     */
    public Simulation(Policy policy, PublicHolidays holidays) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * @param requests  request timelines, or null to check one request at {@code now}
     * @param contracts contracts to check against, with their organizations, or null for clocks only
     * @param asker     the entitlement input, needed when contracts are given
     * @param now       the instant to measure at, not null
     * @param zone      the zone instants are shown in, not null
     * @param messages  texts in the reader's language, not null
     * @return {@code {"now", "requests":[...]}} (docs/config-format.md) or {@code {"now","entitlement"}}
     */
    public ObjectNode run(List<RequestHistory> requests, ContractJson.Document contracts, Asker asker, Instant now,
            ZoneId zone, Messages messages) {
        CheckingEntitlement checking = null;
        InMemoryContracts store = new InMemoryContracts();
        if (contracts != null) {
            ResolvingContacts resolving = new ResolvingContacts(SELF_NAMED, () -> Set.of(0L));
            store.replaceAll(contracts.organizations(), contracts.contracts().stream()
                    .map(c -> resolving.resolve(c, Optional.empty()).contract()).toList());
            checking = CheckingEntitlement.standard(() -> policy, store, new InMemoryQuotaLedger());
        }
        ObjectNode root = Json.object();
        root.put("now", at(now, zone));
        if (requests == null) {
            if (checking != null) {
                root.set("entitlement", decision(checking.check(asker.request(now, asker.severity)), messages));
            }
            return root;
        }
        MeasuringRequestClocks measuring = new MeasuringRequestClocks(CompiledPolicy.of(policy, holidays));
        AssessingRequests assessing = checking == null ? AssessingRequests.clocksOnly(measuring)
                : new AssessingRequests(measuring, checking, store);
        // opened in order of receipt, so that quotas fill up as they would; answered in the order given
        List<RequestHistory> byReceipt = new ArrayList<>(requests);
        byReceipt.sort(Comparator.comparing(RequestHistory::received));
        Map<String, RequestAssessment> answers = new HashMap<>();
        for (RequestHistory r : byReceipt) {
            Severity proposed = checking == null ? null : asker.severity != null ? asker.severity : r.severity();
            answers.put(r.key(), checking == null ? assessing.measure(r, now)
                    : assessing.open(r, asker.request(r.received(), proposed), now));
        }
        ArrayNode list = root.putArray("requests");
        for (RequestHistory request : requests) {
            list.add(assessment(answers.get(request.key()), zone, messages));
        }
        return root;
    }

    private static ObjectNode assessment(RequestAssessment a, ZoneId zone, Messages messages) {
        ObjectNode r = Json.object();
        r.put("key", a.key());
        r.put("received", at(a.received(), zone));
        String status = a.known() ? "RECEIVED" : "NOT_RECEIVED";
        r.put("status", status);
        r.put("statusText", messages.text(a.known() ? "request.status.received" : "request.status.notReceived"));
        a.decision().ifPresent(d -> r.set("entitlement", decision(d, messages)));
        if (a.known()) {
            r.put("plan", a.planId().orElse(null));
            r.put("severity", a.severity().map(Enum::name).orElse(null));
            r.put("billable", a.billable());
        }
        ArrayNode notes = r.putArray("notes");
        for (Reason note : a.notes()) {
            notes.addObject().put("key", note.key()).put("text", messages.text(note.key(), note.args()));
        }
        if (a.known()) {
            ObjectNode clocks = r.putObject("clocks");
            for (Map.Entry<Metric, MetricClock> e : a.clocks().entrySet()) {
                clocks.set(e.getKey().id(), clock(e.getValue(), zone, messages));
            }
        }
        return r;
    }

    /** @return the decision as JSON, each reason with its text in the reader's language */
    public static ObjectNode decision(EntitlementDecision d, Messages messages) {
        ObjectNode n = Json.object();
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

    private static ObjectNode clock(MetricClock clock, ZoneId zone, Messages messages) {
        ObjectNode n = Json.object();
        if (clock.absence().isPresent()) {
            MetricClock.Absence absence = clock.absence().get();
            n.put("state", absence.name());
            n.put("stateText", messages.text(absence.messageKey()));
            clock.reason().ifPresent(reason -> n.putObject("reason").put("key", reason.key())
                    .put("text", messages.text(reason.key(), reason.args())));
        } else {
            ClockMeasurement m = clock.measurement().get();
            n.put("state", m.state().name());
            n.put("stateText", messages.text(m.state().messageKey()));
            n.put("goal", m.goal().toString());
            n.put("elapsed", m.elapsed().toString());
            n.put("remaining", m.remaining().toString());
            n.put("due", m.due().map(d -> at(d, zone)).orElse(null));
            n.put("breachedAt", m.breachedAt().map(d -> at(d, zone)).orElse(null));
            n.put("shareUsed", Math.round(m.shareUsed() * 10_000) / 10_000.0);
        }
        if (clock.metric() != Metric.FIRST_RESPONSE) { // resolution starts again on each reopening
            n.put("cycles", clock.cycles());
            n.put("breachedCycles", clock.breachedCycles());
        }
        return n;
    }

    private static String at(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }
}
