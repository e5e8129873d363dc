package org.contractsla.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only custom field with the customer number of the contract a support request is handled under: the one
 * its entitlement decision found through its reporter (a named contact, by user key), or the one an agent named
 * ({@code POST /issue/{key}/contract}). Jira's exact-text searcher indexes it ({@code "Contract (Contract SLA)" =
 * K-10042}). The view shows the number with the organization and the plan. Empty for a request no contract covers.
 */
public class ContractField extends CalculatedCFType<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(ContractField.class);

    private final RequestDecisions decisions;
    private final Contracts contracts;

    @Inject
    public ContractField(RequestDecisions decisions, Contracts contracts) {
        this.decisions = decisions;
        this.contracts = contracts;
    }

    @Override
    public String getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null;
        }
        try {
            return decisions.byRequest(String.valueOf(issue.getId())).flatMap(EntitlementDecision::customerNumber)
                    .orElse(null);
        } catch (StorageUnavailableException e) { // a navigator row or an index document never fails for it
            LOG.debug("Contract of {} not read: {}", issue.getKey(), e.getMessage());
            return null;
        }
    }

    @Override
    public String getStringFromSingularObject(String customerNumber) {
        return customerNumber;
    }

    @Override
    public String getSingularObjectFromString(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Adds {@code customerNumber}, {@code organization} and {@code plan} for the view template. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, item);
        String number = getValueFromIssue(field, issue);
        if (number != null) {
            params.put("customerNumber", number);
            try {
                Optional<Contract> contract = contracts.byCustomerNumber(number);
                contract.ifPresent(c -> {
                    params.put("organization", contracts.organization(c.organizationId()).map(Organization::name)
                            .orElse(c.organizationId()));
                    params.put("plan", c.planId());
                });
            } catch (StorageUnavailableException e) {
                LOG.debug("Contract {} not read: {}", number, e.getMessage());
            }
        }
        return params;
    }
}
