package org.contractsla.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contractsla.config.ContractJson;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.TimelineReader;
import org.contractsla.core.contract.Accounts;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryAccounts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.jira.issue.IssueClocks;
import org.contractsla.jira.issue.JiraIssueActivity;
import org.contractsla.jira.project.JiraSupportProjects;
import org.contractsla.jira.rest.CustomerContractsResource;
import org.contractsla.jira.rest.EntitlementResource;
import org.contractsla.jira.rest.IssueContractResource;
import org.contractsla.jira.rest.IssueSeverityResource;
import org.contractsla.jira.rest.JiraCallers;
import org.contractsla.jira.rest.JiraIssues;
import org.contractsla.jira.rest.SimulateResource;
import org.contractsla.jira.rest.SimulationSlots;
import org.contractsla.jira.store.HolidaysComponent;
import org.contractsla.jira.user.ContactMatching;
import org.contractsla.jira.web.IssuePanelContext;

/**
 * The app as the preview runs it: the app's own adapters (callers, issues, clocks, the issue panel's context, the
 * REST resources) over in-memory stores and the in-memory Jira of {@link PreviewJira}, seeded from the examples.
 * Everything the adapters are given is what Jira would give them; nothing of the app is replaced.
 */
final class PreviewApp {

    static final String PROJECT = "SUP";
    static final String AGENT = "sam.carter";
    static final String ADMIN = "admin";
    static final String CUSTOMER_DE = "anna.berg";
    static final String CUSTOMER_EN = "lars";
    /** the service account the portal creates requests as, named in the project's settings */
    static final String PORTAL_ACCOUNT = "portal-bot";
    static final String ISSUE_TYPE = "10100";

    final PreviewJira jira;
    final InMemoryPolicyStore policies;
    final InMemoryContracts contracts = new InMemoryContracts();
    final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    final InMemorySeverityChanges severities = new InMemorySeverityChanges();
    final InMemoryClockRecords records = new InMemoryClockRecords();
    final PlanChange.InMemory planChanges = new PlanChange.InMemory();
    final IssueClocks clocks;
    final IssuePanelContext panel;
    final List<Object> resources = new ArrayList<>();
    final Views views = new Views();
    final Clock clock;
    final HolidaysComponent holidays = new HolidaysComponent();
    final PreviewPortal portal;

    PreviewApp(Path examples, Clock clock) {
        this.clock = clock;
        Seed seed = Seed.from(examples, clock.instant());
        Policy read = new PolicyReader(holidays).read(seed.policy);
        // the portal creates requests in the support project as its service account
        Policy policy = read.withProjectSettings(java.util.Map.of(PROJECT, read.settingsOf(PROJECT)
                .withPortal(new org.contractsla.core.policy.ProjectSettings.Portal(PORTAL_ACCOUNT, ISSUE_TYPE))));
        policies = new InMemoryPolicyStore(policy);
        ContractJson.Document document = new ContractJson(holidays).readDocument(seed.contracts);
        contracts.replaceAll(document.organizations(), document.contracts());
        jira = new PreviewJira(PROJECT, List.of(
                new PreviewJira.User(ADMIN, "Andrea Admin", "admin@vendor.example", Locale.GERMAN,
                        ZoneId.of("Europe/Berlin"), PreviewJira.Role.ADMIN, null),
                new PreviewJira.User(AGENT, "Sam Carter", "sam.carter@vendor.example", Locale.ENGLISH,
                        ZoneId.of("Europe/London"), PreviewJira.Role.AGENT, null),
                new PreviewJira.User(CUSTOMER_DE, "Anna Berg", "anna.berg@nordlicht.example", Locale.GERMAN,
                        ZoneId.of("Europe/Berlin"), PreviewJira.Role.CUSTOMER, "nordlicht"),
                new PreviewJira.User(CUSTOMER_EN, "Lars Lindqvist", "lars@fjall.example", Locale.ENGLISH,
                        ZoneId.of("Europe/Stockholm"), PreviewJira.Role.CUSTOMER, "fjallvind"),
                new PreviewJira.User(PORTAL_ACCOUNT, "Request portal", "portal@vendor.example", Locale.ENGLISH,
                        ZoneId.of("UTC"), PreviewJira.Role.SERVICE, null)));
        InMemoryAccounts accounts = new InMemoryAccounts();
        jira.users().forEach(u -> accounts.put(new Accounts.Account(u.key(), 1L, u.email())));

        JiraSupportProjects projects = new JiraSupportProjects(jira.projects());
        JiraCallers callers = new JiraCallers(jira.authentication(), jira.globalPermissions(), jira.permissions(),
                projects, jira.licences(), policies);
        JiraIssues issues = new JiraIssues(jira.issueManager(), jira.permissions(), jira.authentication());
        JiraIssueActivity activity = new JiraIssueActivity(jira.changeHistory(), jira.comments(), jira.licences());
        clocks = new IssueClocks(jira.issueManager(), activity, jira.indexing(), policies, holidays, contracts, ledger,
                decisions, severities, records, planChanges, projects);
        panel = new IssuePanelContext(clocks, jira.authentication(), jira.zones(), jira.userManager(),
                jira.permissions(), jira.licences());
        ContactMatching matching = new ContactMatching(accounts, policies, contracts);
        // in Jira the clock worker measures after each change; here it is measured at once
        org.contractsla.jira.issue.ClockRequests remeasure = id -> {
            clocks.recompute(id);
            return true;
        };
        resources.add(new IssueSeverityResource(callers, issues, severities, policies, decisions, remeasure));
        resources.add(new IssueContractResource(callers, issues, policies, contracts, ledger, decisions, planChanges,
                remeasure));
        resources.add(new CustomerContractsResource(callers, contracts, ledger, policies, matching));
        resources.add(new EntitlementResource(callers, policies, contracts, ledger, issues, matching));
        resources.add(new SimulateResource(callers, policies, holidays, new SimulationSlots()));
        seedRequests(new TimelineReader(policy).read(seed.timelines).requests());
        portal = new PreviewPortal(this);
    }

    /**
     * The sample requests as issues of the support project, opened as the app opens a request (the quota counts it
     * and its decision is kept), their events as Jira records them: status changes and resolutions in the change
     * history, responses as the agent's public comments, severity changes as the app keeps them.
     */
    private void seedRequests(List<RequestHistory> samples) {
        CountingRequests counting = new CountingRequests(policies::current, contracts, ledger, decisions);
        for (RequestHistory sample : samples) {
            String reporter = reporterFor(sample.planId());
            PreviewJira.PreviewIssue issue = jira.create("Sample request " + sample.key() + " (examples/timelines.json)",
                    reporter, sample.received(), "Open");
            String id = String.valueOf(issue.id);
            severities.append(new SeverityChange(id, sample.received(), null, null, sample.severity(), null,
                    List.of()));
            counting.created(id, PROJECT, reporter, sample.received());
            String status = "Open";
            Object severity = sample.severity();
            for (RequestHistory.Entry e : sample.entries()) {
                switch (e.type()) {
                    case STATUS -> {
                        issue.changes.add(new PreviewJira.Change(e.at(), "status", null, status, null, e.value()));
                        status = e.value();
                    }
                    case RESPONSE -> issue.notes.add(new PreviewJira.Note(e.at(), AGENT, "", false));
                    case RESOLVED -> {
                        issue.changes.add(new PreviewJira.Change(e.at(), "resolution", null, null, "1", "Fixed"));
                        issue.changes.add(new PreviewJira.Change(e.at(), "status", null, status, null, "Resolved"));
                        status = "Resolved";
                    }
                    case REOPENED -> {
                        issue.changes.add(new PreviewJira.Change(e.at(), "resolution", "1", "Fixed", null, null));
                        issue.changes.add(new PreviewJira.Change(e.at(), "status", null, status, null, "Reopened"));
                        status = "Reopened";
                    }
                    case SEVERITY -> {
                        org.contractsla.core.severity.Severity to =
                                org.contractsla.core.severity.Severity.parse(e.value());
                        severities.append(new SeverityChange(id, e.at(), AGENT,
                                (org.contractsla.core.severity.Severity) severity, to, null, List.of()));
                        severity = to;
                    }
                    case PLAN -> { } // the samples' plan changes need a contract on that plan: left out here
                    default -> throw new IllegalStateException("unknown entry " + e.type());
                }
            }
            issue.status = status;
            clocks.recompute(issue.id);
        }
    }

    /** The preview's customer with a contract on that plan, else the German one. */
    private String reporterFor(String planId) {
        for (String customer : List.of(CUSTOMER_DE, CUSTOMER_EN)) {
            for (Contract c : contracts.byContact(customer)) {
                if (c.planId().equals(planId)) {
                    return customer;
                }
            }
        }
        return CUSTOMER_DE;
    }

    /** @return the issue panel's context for that issue, as Jira asks the context provider */
    Map<String, Object> panelContext(PreviewJira.PreviewIssue issue) {
        return panel.getContextMap(new java.util.HashMap<>(Map.of("issue", jira.jiraIssue(issue))));
    }

    Instant now() {
        return clock.instant();
    }
}
