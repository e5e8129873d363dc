package org.contractsla.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.junit.Test;

/** The entitlement check on the create transition: pass, block in the reporter's language, billable. */
public class EntitlementValidatorTest {

    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final Map<String, Locale> languages = new HashMap<>(Map.of("jdoe", Locale.ENGLISH, "lena",
            Locale.GERMAN, "mmax", Locale.GERMAN));
    private Optional<String> servletPath = Optional.of("/secure/QuickCreateIssue.jspa");
    private final EntitlementValidator validator;
    private final Policy policy;

    public EntitlementValidatorTest() {
        policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)), List.of(
                Plan.builder("basic").channels(List.of(Channel.PORTAL)).build(),
                Plan.builder("flex").channels(List.of(Channel.PORTAL)).outOfEntitlement(OutOfEntitlement.BILLABLE)
                        .build()), Set.of()).withSupportProjects(Set.of("SUP"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        // expired at the end of April; its plan takes requests out of entitlement as billable
        contracts.add(Contract.builder("K-2", "acme", "flex", LocalDate.of(2025, 5, 1)).contacts(List.of("mmax"))
                .build());
        validator = new EntitlementValidator(() -> policy, contracts, new InMemoryQuotaLedger(),
                u -> languages.get(u.getKey()), () -> servletPath, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, Object> creating(String projectKey, String reporterKey) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        MutableIssue issue = mock(MutableIssue.class); // not created yet: no id
        when(issue.getProjectObject()).thenReturn(project);
        if (reporterKey != null) {
            ApplicationUser reporter = mock(ApplicationUser.class);
            when(reporter.getKey()).thenReturn(reporterKey);
            when(issue.getReporter()).thenReturn(reporter);
        }
        return new HashMap<>(Map.of("issue", issue));
    }

    private String refusal(Map<String, Object> vars) {
        try {
            validator.validate(vars, Map.of(), null);
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        fail("refused");
        return null;
    }

    @Test
    public void shouldLetAnEntitledRequestAndAnyRequestOutsideTheSupportProjectsThrough() throws Exception {
        validator.validate(creating("SUP", "jdoe"), Map.of(), null);
        validator.validate(creating("DEV", "lena"), Map.of(), null);
        validator.validate(Map.of(), Map.of(), null); // no issue in the transition
    }

    @Test
    public void shouldRefuseARequestNoContractCoversWithTheReasonsInTheReportersLanguage() {
        assertEquals("Diese Anfrage kann nicht im Rahmen eines Supportvertrags er\u00f6ffnet werden. "
                + new org.contractsla.i18n.Messages(Locale.GERMAN).text("entitlement.contract.none"),
                refusal(creating("SUP", "lena")));
        languages.put("lena", null); // a user without a language of their own: English
        assertEquals("This request cannot be opened under a support contract. "
                + new org.contractsla.i18n.Messages(Locale.ENGLISH).text("entitlement.contract.none"),
                refusal(creating("SUP", "lena")));
        refusal(creating("SUP", null));
    }

    @Test
    public void shouldLetABillableRequestThroughForTheListenerToMark() throws Exception {
        assertEquals("not entitled, taken as billable", org.contractsla.core.entitlement.EntitlementDecision.Handling
                .BILLABLE, org.contractsla.core.entitlement.CheckingEntitlement.standard(() -> policy, contracts,
                        new InMemoryQuotaLedger()).check(org.contractsla.core.entitlement.EntitlementRequest
                        .builderWithoutChannel(NOW).reporter("mmax").build()).handling());
        validator.validate(creating("SUP", "mmax"), Map.of(), null);
    }

    @Test
    public void shouldNeverRefuseARequestThatDidNotComeFromJirasPages() throws Exception {
        servletPath = Optional.empty(); // the mail handler's thread
        validator.validate(creating("SUP", "lena"), Map.of(), null);
        servletPath = Optional.of("/rest/api/2/issue");
        validator.validate(creating("SUP", "lena"), Map.of(), null);
        servletPath = Optional.of("/secure/CreateIssueDetails.jspa");
        refusal(creating("SUP", "lena"));
    }
}
