package org.contractsla.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;
import org.junit.Test;

/** The Severity field's value, as JQL searches and sorts it, and its view in the viewer's language. */
public class SeverityFieldTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemorySeverityChanges changes = new InMemorySeverityChanges();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final CustomField field = mock(CustomField.class);
    private final SeverityField severity = new SeverityField(changes, decisions, authentication);

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    @Test
    public void shouldHoldTheSeverityInForce() {
        decisions.keep("1", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S2));
        assertEquals("from the decision it was opened with", "S2", severity.getValueFromIssue(field, issue(1)));
        changes.append(new SeverityChange("1", T, null, null, Severity.S2, null, List.of()));
        changes.append(new SeverityChange("1", T.plusSeconds(60), "agent", Severity.S2, Severity.S1, "down",
                List.of()));
        assertEquals("the last change", "S1", severity.getValueFromIssue(field, issue(1)));
        decisions.keep("2", EntitlementDecision.from(List.of(), false, "K-1", "gold", null));
        assertNull("none set yet", severity.getValueFromIssue(field, issue(2)));
        assertNull(severity.getValueFromIssue(field, issue(3)));
        assertNull("an issue being created", severity.getValueFromIssue(field, mock(Issue.class)));
    }

    @Test
    public void shouldSortAsTheLevelsReadMostUrgentFirst() {
        List<String> values = new ArrayList<>();
        Severity[] set = {Severity.S3, Severity.S1, Severity.S4, Severity.S2};
        for (int i = 0; i < set.length; i++) {
            changes.append(new SeverityChange(String.valueOf(10 + i), T, null, null, set[i], null, List.of()));
            values.add(severity.getValueFromIssue(field, issue(10 + i)));
        }
        values.sort(null); // the exact-text searcher sorts the indexed texts
        assertEquals(List.of("S1", "S2", "S3", "S4"), values);
        assertEquals("S2", severity.getSingularObjectFromString(" s2 "));
        assertEquals("S2", severity.getStringFromSingularObject("S2"));
        assertNull(severity.getSingularObjectFromString(""));
    }

    @Test
    public void shouldRefuseAnUnknownLevelInTheViewersLanguage() {
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        try {
            severity.getSingularObjectFromString("S9");
            fail("refused");
        } catch (FieldValidationException e) {
            assertEquals(new org.contractsla.i18n.Messages(Locale.GERMAN).text("severity.error.unknown", "S9"),
                    e.getMessage());
        }
    }

    @Test
    public void shouldShowTheNameAndDefinitionInTheViewersLanguage() {
        changes.append(new SeverityChange("1", T, null, null, Severity.S1, null, List.of()));
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        Map<String, Object> params = severity.getVelocityParameters(issue(1), field, null);
        assertEquals("S1", params.get("severityLevel"));
        assertEquals("Kritisch", params.get("severityName"));
        assertEquals(new org.contractsla.i18n.Messages(Locale.GERMAN).text("severity.s1.definition"),
                params.get("severityDefinition"));
        assertFalse(severity.getVelocityParameters(issue(5), field, null).containsKey("severityLevel"));
    }

    @Test
    public void shouldShowNothingRatherThanFailWhenTheStoreIsDown() {
        SeverityChanges down = mock(SeverityChanges.class);
        when(down.byRequest(any())).thenThrow(new StorageUnavailableException("database down", null));
        assertNull(new SeverityField(down, decisions, authentication).getValueFromIssue(field, issue(1)));
    }
}
