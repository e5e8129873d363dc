package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;

/**
 * Reads the bodies of the REST simulate and entitlement-check requests (docs/rest.md), field by field,
 * reporting every problem as a {@link ConfigException} that names the field. Thread-safe.
 */
public final class RequestBodies {

    /** A request for an entitlement check that is not yet an issue. */
    public static final class Draft {
        private final Simulation.Asker asker;
        private final Severity severity;
        private final String reporter;
        private final Instant at;

        Draft(Simulation.Asker asker, Severity severity, String reporter, Instant at) {
            this.asker = asker;
            this.severity = severity;
            this.reporter = reporter;
            this.at = at;
        }

        /** @return who asks and how */
        public Simulation.Asker asker() {
            return asker;
        }

        /** @return the proposed severity, or null */
        public Severity severity() {
            return severity;
        }

        /** @return whether the body named a reporter */
        public boolean reporterGiven() {
            return reporter != null;
        }

        /** @return the reporter the body named, as typed, or null */
        public String reporter() {
            return reporter;
        }

        /** @return the instant asked about, or null for now */
        public Instant at() {
            return at;
        }
    }

    /** A simulate request. */
    public static final class SimulateRequest {
        private final Policy policy;
        private final List<RequestHistory> requests;
        private final ContractJson.Document contracts;
        private final Draft draft;
        private final Instant now;
        private final ZoneId zone;

        SimulateRequest(Policy policy, List<RequestHistory> requests, ContractJson.Document contracts, Draft draft,
                Instant now, ZoneId zone) {
            this.policy = policy;
            this.requests = requests;
            this.contracts = contracts;
            this.draft = draft;
            this.now = now;
            this.zone = zone;
        }

        /** @return the policy to simulate: the body's, else the stored one */
        public Policy policy() {
            return policy;
        }

        /** @return the request timelines, or null */
        public List<RequestHistory> requests() {
            return requests;
        }

        /** @return contracts to check against, with their organizations, or null */
        public ContractJson.Document contracts() {
            return contracts;
        }

        /** @return the entitlement input */
        public Draft draft() {
            return draft;
        }

        /** @return the instant to measure at, or null for now */
        public Instant now() {
            return now;
        }

        /** @return the zone to show instants in, or null for the policy's first calendar's */
        public ZoneId zone() {
            return zone;
        }
    }

    private static final Set<String> DRAFT_FIELDS = Set.of("customerNumber", "reporter", "channel", "category",
            "severity", "environment", "at", "operationImpossibleWithoutFix", "earlierStateAvoidsProblem");

    /**
     * @param body {@code {"customerNumber","reporter","channel","category","severity","environment","at",
     *             "operationImpossibleWithoutFix","earlierStateAvoidsProblem"}}, all optional (the last two: the
     *             S1 checklist's answers, booleans)
     * @return the draft
     */
    public Draft draft(JsonNode body) {
        return draft(JsonFields.object(body, "", DRAFT_FIELDS));
    }

    private Draft draft(JsonFields f) {
        String reporter = f.optionalText("reporter");
        if (reporter != null && reporter.length() > 255) {
            throw new ConfigException(f.path("reporter"), "contract.error.contact.length", List.of(255));
        }
        String customer = f.optionalText("customerNumber");
        if (customer != null && customer.length() > 64) {
            throw new ConfigException(f.path("customerNumber"), "contract.error.customerNumber.form", List.of(customer));
        }
        String category = f.optionalText("category");
        if (category != null && category.length() > 64) {
            throw new ConfigException(f.path("category"), "config.error.text.length", List.of(64));
        }
        Channel channel = f.has("channel") ? f.choice("channel", Channel.class) : Channel.PORTAL;
        Severity severity = null;
        if (f.has("severity")) {
            String text = f.text("severity");
            severity = JsonFields.at(f.path("severity"), () -> Severity.parse(text));
        }
        Environment environment = f.has("environment") ? f.choice("environment", Environment.class)
                : Environment.PRODUCTION;
        Instant at = f.has("at") ? f.instant("at") : null;
        Boolean impossible = f.has("operationImpossibleWithoutFix") ? f.bool("operationImpossibleWithoutFix", false)
                : null;
        Boolean earlier = f.has("earlierStateAvoidsProblem") ? f.bool("earlierStateAvoidsProblem", false) : null;
        return new Draft(Simulation.Asker.of(reporter, customer, channel, category, severity, environment)
                .withChecklist(impossible, earlier), severity, reporter, at);
    }

    /**
     * A severity set on a request by the support team: the level, the request's environment and S1 checklist
     * answers (the plan's rules apply to them), and the reason given.
     *
     * @param proposal the level with its environment and answers, not null
     * @param reason   why, or null
     */
    public record SeverityChange(SeverityProposal proposal, String reason) {
    }

    /** The longest reason a severity change keeps. */
    public static final int MAX_REASON_LENGTH = 1000;

    private static final Set<String> SEVERITY_FIELDS = Set.of("severity", "environment", "reason",
            "operationImpossibleWithoutFix", "earlierStateAvoidsProblem");

    /**
     * @param body {@code {"severity","environment","reason","operationImpossibleWithoutFix",
     *             "earlierStateAvoidsProblem"}}: the severity required; the environment production unless said; both
     *             checklist answers or neither
     * @return the change asked for
     * @throws ConfigException naming the field that is wrong
     */
    public SeverityChange severityChange(JsonNode body) {
        JsonFields f = JsonFields.object(body, "", SEVERITY_FIELDS);
        String text = f.text("severity");
        Severity severity = JsonFields.at(f.path("severity"), () -> Severity.parse(text));
        Environment environment = f.has("environment") ? f.choice("environment", Environment.class)
                : Environment.PRODUCTION;
        SeverityProposal proposal = SeverityProposal.of(severity, environment);
        boolean impossible = f.has("operationImpossibleWithoutFix");
        boolean earlier = f.has("earlierStateAvoidsProblem");
        if (impossible != earlier) {
            String missing = impossible ? "earlierStateAvoidsProblem" : "operationImpossibleWithoutFix";
            // named by the field left out, and said in the words of the checklist: agents see it under the form
            throw new ConfigException(f.path(missing), "rest.error.severity.checklistIncomplete", List.of());
        }
        if (impossible) {
            proposal = proposal.withChecklist(f.bool("operationImpossibleWithoutFix", false),
                    f.bool("earlierStateAvoidsProblem", false));
        }
        String reason = f.optionalText("reason");
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new ConfigException(f.path("reason"), "config.error.text.length", List.of(MAX_REASON_LENGTH));
        }
        return new SeverityChange(proposal, reason);
    }

    /**
     * The most requests one simulation over REST measures. Enough to try a policy on a sample; it bounds the work
     * of one call, which any agent may make: on a calendar at the limits of intervals and maintenance windows, a
     * request dated far from the others costs some milliseconds of compiling (500 such requests took 6 s in all
     * on the build machine). The command-line simulator has no such limit.
     */
    public static final int MAX_SIMULATED_REQUESTS = 500;

    /**
     * @param body   {@code {"policy"?, "timeline"?, "contracts"?, "now"?, "zone"?}} plus the draft fields; contracts as
     *               a contracts document (docs/config-format.md)
     * @param known  where public holidays come from: a calendar or contract naming a region without any is refused
     * @param stored the policy to simulate when the body brings none, not null
     * @return the simulate request; a plan the policy lacks is refused where the timeline names it
     */
    public SimulateRequest simulate(JsonNode body, org.contractsla.core.calendar.PublicHolidays known,
            java.util.function.Supplier<Policy> stored) {
        Set<String> fields = new java.util.HashSet<>(DRAFT_FIELDS);
        fields.addAll(Set.of("policy", "timeline", "contracts", "now", "zone"));
        JsonFields f = JsonFields.object(body, "", fields);
        Policy policy = null;
        if (f.has("policy")) {
            try {
                policy = new PolicyReader(known).read(f.required("policy").deepCopy());
            } catch (ConfigException e) {
                throw new ConfigException(JsonFields.join("policy", e.path()), e.key(), e.args());
            }
        }
        if (policy == null) {
            policy = stored.get();
        }
        List<RequestHistory> requests = f.has("timeline")
                ? new TimelineReader(policy).read(f.required("timeline"), "timeline").requests() : null;
        if (requests != null && requests.size() > MAX_SIMULATED_REQUESTS) {
            throw new ConfigException("timeline.requests", "rest.error.simulate.tooManyRequests",
                    List.of(requests.size(), MAX_SIMULATED_REQUESTS));
        }
        ContractJson.Document contracts = f.has("contracts")
                ? new ContractJson(known).readDocument(f.required("contracts"), "contracts") : null;
        Instant now = f.has("now") ? f.instant("now") : null;
        ZoneId zone = f.has("zone") ? f.zone("zone") : null;
        return new SimulateRequest(policy, requests, contracts, draft(f), now, zone);
    }
}
