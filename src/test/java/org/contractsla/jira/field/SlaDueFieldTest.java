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
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.InMemoryClockRecords;
import org.junit.Test;

/** The due fields' values as the navigator shows them and the date-time searcher indexes and sorts them. */
public class SlaDueFieldTest {

    private static final Instant DUE = Instant.parse("2026-03-02T17:00:00Z");

    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final CustomField field = mock(CustomField.class);

    private SlaDueField response(Instant now) {
        return new ResponseDueField(records, authentication, zones, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn("SUP-" + id);
        return issue;
    }

    private static ClockRecord record(Metric metric, String state, Instant due) {
        return new ClockRecord(metric, state, Duration.ofHours(8), due, state.equals("RUNNING") ? null
                : Duration.ofHours(1), null, state.equals("MET") ? DUE.minusSeconds(3600) : null, 1, 0);
    }

    @Test
    public void shouldHoldTheDueInstantOfARunningClockOnlyAndOnlyOfItsMetric() {
        records.replace("1", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "RUNNING", DUE),
                Metric.RESOLUTION, record(Metric.RESOLUTION, "RUNNING", DUE.plusSeconds(86_400))));
        records.replace("2", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "PAUSED", null)));
        records.replace("3", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "MET", DUE)));
        records.replace("4", Map.of(Metric.FIRST_RESPONSE, new ClockRecord(Metric.FIRST_RESPONSE, "NO_GOAL", null,
                null, null, null, null, 0, 0)));
        SlaDueField response = response(DUE);
        assertEquals(Date.from(DUE), response.getValueFromIssue(field, issue(1)));
        assertEquals(Date.from(DUE.plusSeconds(86_400)), new ResolutionDueField(records, authentication, zones,
                Clock.systemUTC()).getValueFromIssue(field, issue(1)));
        assertNull("no update interval recorded", new UpdateDueField(records, authentication, zones,
                Clock.systemUTC()).getValueFromIssue(field, issue(1)));
        assertNull("paused: not due while it does not run", response.getValueFromIssue(field, issue(2)));
        assertNull("met: no longer due", response.getValueFromIssue(field, issue(3)));
        assertNull("no goal", response.getValueFromIssue(field, issue(4)));
        assertNull("never measured", response.getValueFromIssue(field, issue(5)));
        assertNull("an issue being created", response.getValueFromIssue(field, mock(Issue.class)));
        assertNull(response.getValueFromIssue(field, null));
    }

    @Test
    public void shouldSortAndSearchAsInstantsWhateverTheTextsZone() {
        List<Instant> dues = List.of(DUE, DUE.minusSeconds(60), DUE.plusSeconds(3600));
        List<Date> values = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            records.replace(String.valueOf(10 + i), Map.of(Metric.FIRST_RESPONSE,
                    record(Metric.FIRST_RESPONSE, "RUNNING", dues.get(i))));
            values.add(response(DUE).getValueFromIssue(field, issue(10 + i)));
        }
        values.sort(null); // the index sorts the values as dates: the most urgent first
        assertEquals(List.of(Date.from(DUE.minusSeconds(60)), Date.from(DUE), Date.from(DUE.plusSeconds(3600))),
                values);
        SlaDueField response = response(DUE);
        assertEquals("2026-03-02T17:00:00Z", response.getStringFromSingularObject(Date.from(DUE)));
        assertEquals(Date.from(DUE), response.getSingularObjectFromString(" 2026-03-02T17:00:00Z "));
        assertNull(response.getSingularObjectFromString(" "));
        assertNull(response.getStringFromSingularObject(null));
    }

    @Test
    public void shouldRefuseTextThatIsNoInstantInTheViewersLanguage() {
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        try {
            response(DUE).getSingularObjectFromString("morgen");
            fail("refused");
        } catch (FieldValidationException e) {
            assertEquals("\u201emorgen\u201c ist kein g\u00fcltiger Zeitpunkt. Geben Sie ihn im Format 2026-03-02T09:00:00Z an.",
                    e.getMessage());
        }
    }

    @Test
    public void shouldShowTheDueTimeInTheViewersZoneAndMarkItOnceOverdue() {
        records.replace("1", Map.of(Metric.FIRST_RESPONSE, record(Metric.FIRST_RESPONSE, "RUNNING", DUE)));
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        Map<String, Object> before = response(DUE).getVelocityParameters(issue(1), field, null);
        assertEquals("02.03.2026, 18:00", before.get("dueText"));
        assertEquals(false, before.get("overdue"));
        assertEquals(true, response(DUE.plusSeconds(60)).getVelocityParameters(issue(1), field, null)
                .get("overdue"));
        assertFalse(response(DUE).getVelocityParameters(issue(2), field, null).containsKey("dueText"));
    }

    @Test
    public void shouldShowNothingRatherThanFailWhenTheStoreIsDown() {
        ClockRecords down = mock(ClockRecords.class);
        when(down.byRequest(any())).thenThrow(new StorageUnavailableException("database down", null));
        assertNull(new ResponseDueField(down, authentication, zones, Clock.systemUTC())
                .getValueFromIssue(field, issue(1)));
    }
}
