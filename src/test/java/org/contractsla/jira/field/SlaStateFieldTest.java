package org.contractsla.jira.field;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.InMemoryClockRecords;
import org.junit.Test;

/** The SLA state fields: each metric's stored state, as JQL finds it, in the viewer's language. */
public class SlaStateFieldTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final CustomField field = mock(CustomField.class);

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        return issue;
    }

    private static ClockRecord record(Metric m, String state, Instant breachedAt) {
        return new ClockRecord(m, state, Duration.ofHours(4), null, Duration.ofHours(5), breachedAt, null, 1, 0);
    }

    @Test
    public void shouldHoldEachMetricsStateAndCallAPausedOverrunClockBreached() {
        records.replace("1", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "MET", null),
                Metric.RESOLUTION, record(Metric.RESOLUTION, "PAUSED", T),
                Metric.UPDATE_INTERVAL, record(Metric.UPDATE_INTERVAL, "NOT_STARTED", null)));
        records.replace("2", Map.of(Metric.RESOLUTION, record(Metric.RESOLUTION, "PAUSED", null)));
        assertEquals("MET", new ResponseStateField(records, authentication).getValueFromIssue(field, issue(1)));
        assertEquals("overran before it paused", "BREACHED",
                new ResolutionStateField(records, authentication).getValueFromIssue(field, issue(1)));
        assertEquals("PAUSED", new ResolutionStateField(records, authentication).getValueFromIssue(field, issue(2)));
        assertEquals("NOT_STARTED", new UpdateStateField(records, authentication).getValueFromIssue(field, issue(1)));
        assertNull(new UpdateStateField(records, authentication).getValueFromIssue(field, issue(2)));
        assertNull(new UpdateStateField(records, authentication).getValueFromIssue(field, mock(Issue.class)));
        assertEquals("BREACHED", new ResponseStateField(records, authentication).getSingularObjectFromString(
                " breached "));
    }

    @Test
    public void shouldShowTheStateInTheViewersLanguage() {
        records.replace("1", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "BREACHED", T),
                Metric.UPDATE_INTERVAL, record(Metric.UPDATE_INTERVAL, "NOT_STARTED", null)));
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        assertEquals("Verletzt", new ResponseStateField(records, authentication).getVelocityParameters(issue(1),
                field, null).get("stateText"));
        assertEquals(new org.contractsla.i18n.Messages(Locale.GERMAN).text("clock.state.notStarted"),
                new UpdateStateField(records, authentication).getVelocityParameters(issue(1), field, null)
                        .get("stateText"));
        assertFalse(new ResolutionStateField(records, authentication).getVelocityParameters(issue(1), field, null)
                .containsKey("stateText"));
    }

    @Test
    public void shouldShowNothingRatherThanFailWhenTheStoreIsDown() {
        ClockRecords down = mock(ClockRecords.class);
        when(down.byRequest(any())).thenThrow(new StorageUnavailableException("database down", null));
        assertNull(new ResponseStateField(down, authentication).getValueFromIssue(field, issue(1)));
    }
}
