package org.contractsla.jira.rest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.ContractJson;
import org.contractsla.config.Json;
import org.contractsla.config.PolicyReader;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Accounts;
import org.contractsla.core.contract.InMemoryAccounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.holidays.JollydayPublicHolidays;
import org.contractsla.jira.user.ContactMatching;

/** The app's REST resources over in-memory stores holding the shipped examples, and a caller to play. */
final class RestFixture {

    static final Instant NOW1 = Instant.parse("2025-06-02T10:00:00Z");
    static final Caller ANONYMOUS = Caller.anonymous(Locale.ENGLISH);
    /** a customer: named contact of K-10042 (and its emergency call) */
    static final Caller CUSTOMER = Caller.user("anna.berg", "anna.berg@nordlicht.example", false, false, Locale.ENGLISH);
    /** a logged-in user no contract names */
    static final Caller STRANGER = Caller.user("mallory", "mallory@elsewhere.example", false, false, Locale.ENGLISH);
    static final Caller AGENT = Caller.user("agent", "agent@vendor.example", false, true, Locale.ENGLISH);
    static final Caller ADMIN = Caller.user("admin", "admin@vendor.example", true, false, Locale.ENGLISH);

    static final PublicHolidays HOLIDAYS = CachingPublicHolidays.of(new JollydayPublicHolidays());

    final InMemoryPolicyStore policies;
    final InMemoryContracts contracts = new InMemoryContracts();
    final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    /** Jira's accounts: directory 1 is the trusted one of the examples' people */
    final InMemoryAccounts accounts = new InMemoryAccounts()
            .put(new Accounts.Account("anna.berg", 1, "anna.berg@nordlicht.example"))
            .put(new Accounts.Account("mallory", 1, "mallory@elsewhere.example"));
    Caller caller = ANONYMOUS;
    /** what the resources recorded in the audit log: "action type id" */
    final java.util.List<String> audited = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Audit audit = (action, type, id) -> audited.add(action + " " + type + " " + id);
    private final Callers callers = () -> caller;
    private final Clock clock = Clock.fixed(NOW1, ZoneOffset.UTC);

    RestFixture() {
        policies = new InMemoryPolicyStore(new PolicyReader().read(read("examples/presets.json")));
        ContractJson.Document examples = new ContractJson().readDocument(read("examples/contracts.json"));
        contracts.replaceAll(examples.organizations(), examples.contracts());
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return this fixture with the configuration trusting the addresses of those directories' accounts */
    RestFixture trusting(Long... directoryIds) {
        policies.update(p -> p.withTrustedDirectories(java.util.Set.of(directoryIds)));
        return this;
    }

    RestFixture as(Caller c) {
        this.caller = c;
        return this;
    }

    ConfigResource config() {
        return new ConfigResource(callers, policies, contracts, decisions, planChanges, HOLIDAYS, (incoming, current) -> incoming, audit);
    }

    CalendarsResource calendars() {
        return new CalendarsResource(callers, policies, contracts, decisions, planChanges, HOLIDAYS, audit);
    }

    PlansResource plans() {
        return new PlansResource(callers, policies, contracts, decisions, planChanges, HOLIDAYS, audit);
    }

    ContractsResource contracts() {
        return new ContractsResource(callers, contracts, policies, HOLIDAYS, matching(), ledger, audit);
    }

    OrganizationsResource organizations() {
        return new OrganizationsResource(callers, contracts, audit);
    }

    CustomerContractsResource customerContracts() {
        return new CustomerContractsResource(callers, contracts, ledger, policies, matching(), clock);
    }

    /**
     * Issues the caller may see: SUP-1, reported by the customer on 2 June 2025, visible to agents and admins, and
     * editable by them unless {@link #readOnly} says otherwise.
     */
    final Issues issues = new Issues() {
        @Override
        public java.util.Optional<IssueFacts> visible(String key) {
            return caller.agent() && "SUP-1".equals(key) ? java.util.Optional.of(new IssueFacts("10001", "SUP-1",
                    "anna.berg", Instant.parse("2025-06-02T08:00:00Z"), "SUP", 10000L)) : java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<IssueFacts> editable(String key) {
            return readOnly ? java.util.Optional.empty() : visible(key);
        }
    };
    boolean readOnly;

    final org.contractsla.core.severity.InMemorySeverityChanges severityChanges =
            new org.contractsla.core.severity.InMemorySeverityChanges();
    final org.contractsla.core.entitlement.InMemoryRequestDecisions decisions =
            new org.contractsla.core.entitlement.InMemoryRequestDecisions();
    final org.contractsla.core.contract.PlanChange.InMemory planChanges =
            new org.contractsla.core.contract.PlanChange.InMemory();
    /** the issues whose clocks a resource asked to measure again */
    final java.util.List<Long> remeasured = new java.util.concurrent.CopyOnWriteArrayList<>();

    final org.contractsla.core.request.RecomputationProgress.InMemory recomputation =
            new org.contractsla.core.request.RecomputationProgress.InMemory();
    /** how often an administrator asked for a recomputation */
    final java.util.concurrent.atomic.AtomicInteger recomputationsAsked = new java.util.concurrent.atomic.AtomicInteger();

    ClocksResource clocks() {
        return new ClocksResource(callers, new org.contractsla.jira.job.Recomputations() {
            @Override
            public java.util.Optional<org.contractsla.core.request.RecomputationProgress> last() {
                return recomputation.last();
            }

            @Override
            public boolean current() {
                return recomputation.last().map(p -> !p.running() && p.revision().equals("rev-now")).orElse(false);
            }

            @Override
            public void requestNow() {
                recomputationsAsked.incrementAndGet();
            }
        });
    }

    IssueContractResource contract() {
        return new IssueContractResource(callers, issues, policies, contracts, ledger, decisions, planChanges,
                remeasured::add, clock);
    }

    IssueSeverityResource severity() {
        return new IssueSeverityResource(callers, issues, new org.contractsla.core.request.ChangingSeverity(
                severityChanges, policies::current, decisions), remeasured::add, clock);
    }

    EntitlementResource entitlement() {
        return new EntitlementResource(callers, policies, contracts, ledger, issues, matching(), clock);
    }

    /** @return the contracts resource over another store, for that caller */
    ContractsResource contracts(Callers as, org.contractsla.core.contract.Contracts store) {
        return new ContractsResource(as, store, policies, HOLIDAYS, new ContactMatching(accounts, policies, store),
                ledger, audit);
    }

    ContactMatching matching() {
        return new ContactMatching(accounts, policies, contracts);
    }

    /** How this fixture's reconciliation answers: a run over no issues, unless a test makes one busy. */
    java.util.function.Supplier<java.util.Optional<org.contractsla.core.entitlement.ReconcilingQuota.Report>>
            reconciliation;

    QuotaResource quota() {
        return new QuotaResource(callers, () -> reconciliation != null ? reconciliation.get()
                : java.util.Optional.of(new org.contractsla.core.entitlement.ReconcilingQuota(policies::current,
                        contracts, ledger, new org.contractsla.core.entitlement.ListedSupportRequests(),
                        new org.contractsla.core.entitlement.InMemoryRequestDecisions()).reconcile(NOW1)),
                audit);
    }

    ContactsResource contacts() {
        return new ContactsResource(callers, matching(), audit);
    }

    /** Simulations this node may run at once, shared by every resource the fixture makes. */
    final SimulationSlots slots = new SimulationSlots();

    SimulateResource simulate() {
        return new SimulateResource(callers, policies, HOLIDAYS, slots, clock);
    }

    /** @return a request body as the container hands it over: a stream of its UTF-8 bytes */
    static java.io.InputStream in(String body) {
        return body == null ? null : new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Headers of a request Jira's own pages send: JSON. */
    static HttpHeaders json() {
        HttpHeaders h = mock(HttpHeaders.class);
        when(h.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        return h;
    }

    /** Headers of a cross-site form post. */
    static HttpHeaders form() {
        HttpHeaders h = mock(HttpHeaders.class);
        when(h.getMediaType()).thenReturn(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        when(h.getRequestHeader("X-Atlassian-Token")).thenReturn(null);
        return h;
    }

    /** Headers of a script that says it knows what it does. */
    static HttpHeaders noCheckToken() {
        HttpHeaders h = mock(HttpHeaders.class);
        when(h.getRequestHeader("X-Atlassian-Token")).thenReturn(List.of("no-check"));
        return h;
    }

    static JsonNode body(Response r) {
        return Json.parse((String) r.getEntity());
    }

    /** A snapshot of everything the resources can change, to compare before and after. */
    String state() {
        return Json.write(new org.contractsla.config.PolicyWriter().toTree(policies.current()))
                + new ContractJson().writeDocument(new ContractJson.Document(contracts.organizations(),
                        contracts.search("", 0, Integer.MAX_VALUE).items()))
                + ledger.requestIds() + ledger.adoptedAt();
    }
}
