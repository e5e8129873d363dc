package org.contractsla.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only custom field with one metric's due instant: when the running clock's goal is used up. Empty while the
 * clock is paused or stopped, or has no goal, so that {@code "Response due" < now()} finds the requests overdue now
 * and {@code ORDER BY "Response due"} puts the most urgent first (docs/sla-fields.md). Jira's date-time range
 * searcher indexes the value; the value is read from the stored clock records (one indexed lookup by issue id), never
 * measured here. Shown in the viewer's zone and locale, with a lozenge once overdue.
 */
public abstract class SlaDueField extends CalculatedCFType<Date, Date> {

    private static final Logger LOG = LoggerFactory.getLogger(SlaDueField.class);

    private final Metric metric;
    private final ClockRecords records;
    private final JiraAuthenticationContext authentication;
    private final TimeZoneManager zones;
    private final Clock clock;

    /**
     * @param metric         the metric whose due instant the field holds
     * @param records        the stored clock records
     * @param authentication the viewer, for the language
     * @param zones          the viewer's time zone
     * @param clock          what "now" is, for the overdue lozenge
     */
    protected SlaDueField(Metric metric, ClockRecords records, JiraAuthenticationContext authentication,
            TimeZoneManager zones, Clock clock) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.records = records;
        this.authentication = authentication;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public Date getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null; // an issue being created: nothing measured yet
        }
        try {
            ClockRecord r = records.byRequest(String.valueOf(issue.getId())).get(metric);
            return r != null && ClockState.RUNNING.name().equals(r.state()) && r.due() != null ? Date.from(r.due())
                    : null;
        } catch (StorageUnavailableException e) { // a navigator row or an index document never fails for it
            LOG.debug("SLA due of {} not read: {}", issue.getKey(), e.getMessage());
            return null;
        }
    }

    @Override
    public String getStringFromSingularObject(Date due) {
        return due == null ? null : due.toInstant().toString();
    }

    @Override
    public Date getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Date.from(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new FieldValidationException(new Messages(Viewer.locale(authentication)).text("field.due.error.format", text.strip()));
        }
    }

    /** Adds {@code dueText} (in the viewer's zone and locale) and {@code overdue} for the view template. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, item);
        Date due = getValueFromIssue(field, issue);
        if (due != null) {
            params.put("dueText", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Viewer.locale(authentication)).withZone(Viewer.zone(zones)).format(due.toInstant()));
            params.put("overdue", clock.instant().isAfter(due.toInstant()));
        }
        return params;
    }


}
