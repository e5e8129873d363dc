package org.contractsla.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.junit.Test;

/** The Contract field: the customer number a request is handled under, as JQL finds it, and its view. */
public class ContractFieldTest {

    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final CustomField field = mock(CustomField.class);
    private final ContractField contract = new ContractField(decisions, contracts);

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    @Test
    public void shouldHoldTheCustomerNumberOfTheDecisionAndShowItsOrganizationAndPlan() {
        contracts.putOrganization(Organization.of("acme", "Acme GmbH"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).build());
        decisions.keep("1", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        decisions.keep("2", EntitlementDecision.from(List.of(Finding.blocks("entitlement.contract.none")), false,
                null, null, null));
        assertEquals("K-1", contract.getValueFromIssue(field, issue(1)));
        assertNull("no contract covers it", contract.getValueFromIssue(field, issue(2)));
        assertNull("not checked", contract.getValueFromIssue(field, issue(3)));
        assertNull(contract.getValueFromIssue(field, mock(Issue.class)));
        Map<String, Object> view = contract.getVelocityParameters(issue(1), field, null);
        assertEquals("K-1", view.get("customerNumber"));
        assertEquals("Acme GmbH", view.get("organization"));
        assertEquals("gold", view.get("plan"));
        assertFalse(contract.getVelocityParameters(issue(2), field, null).containsKey("customerNumber"));
        assertEquals("K-1", contract.getSingularObjectFromString(" K-1 "));
        assertNull(contract.getSingularObjectFromString(" "));
        assertEquals("K-1", contract.getStringFromSingularObject("K-1"));
    }
}
