package org.contractsla.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.contractsla.core.DomainException;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only custom field with a support request's severity in force ({@code S1} … {@code S4}): the last one
 * set, else the one its entitlement decision took; empty while none was set. Jira's exact-text searcher indexes it,
 * so {@code Severity = S1} and {@code Severity in (S1, S2)} find requests and {@code ORDER BY Severity} puts the most
 * urgent first (the levels sort as they read). The view shows the level with its name in the viewer's language and
 * its definition as help text. The severity is set on the issue panel or over REST ({@code POST
 * /issue/{key}/severity}), where the plan's rules apply and the change is recorded with who, when and why.
 */
public class SeverityField extends CalculatedCFType<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(SeverityField.class);

    private final SeverityChanges changes;
    private final RequestDecisions decisions;
    private final JiraAuthenticationContext authentication;

    @Inject
    public SeverityField(SeverityChanges changes, RequestDecisions decisions,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.changes = changes;
        this.decisions = decisions;
        this.authentication = authentication;
    }

    @Override
    public String getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null;
        }
        String id = String.valueOf(issue.getId());
        try {
            List<SeverityChange> all = changes.byRequest(id);
            if (!all.isEmpty()) {
                return all.get(all.size() - 1).to().name();
            }
            return decisions.byRequest(id).flatMap(EntitlementDecision::severity).map(Severity::name).orElse(null);
        } catch (StorageUnavailableException e) { // a navigator row or an index document never fails for it
            LOG.debug("Severity of {} not read: {}", issue.getKey(), e.getMessage());
            return null;
        }
    }

    @Override
    public String getStringFromSingularObject(String level) {
        return level;
    }

    @Override
    public String getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Severity.parse(text).name();
        } catch (DomainException e) {
            throw new FieldValidationException(new Messages(Viewer.locale(authentication)).text(e.key(), e.args()));
        }
    }

    /** Adds {@code severityLevel}, {@code severityName} and {@code severityDefinition} for the view template. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, item);
        String level = getValueFromIssue(field, issue);
        if (level != null) {
            Severity s = Severity.valueOf(level);
            Messages messages = new Messages(Viewer.locale(authentication));
            params.put("severityLevel", s.name());
            params.put("severityName", messages.text(s.nameKey()));
            params.put("severityDefinition", messages.text(s.definitionKey()));
        }
        return params;
    }

}
