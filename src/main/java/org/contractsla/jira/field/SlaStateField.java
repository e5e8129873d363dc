package org.contractsla.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.MetricClock;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only custom field with one metric's clock state as stored: {@code RUNNING}, {@code PAUSED}, {@code MET},
 * {@code BREACHED} (a stopped clock, or a paused one that had overrun), or why no clock runs ({@code NO_GOAL},
 * {@code NOT_STARTED}, {@code REJECTED} …). Jira's exact-text searcher indexes it, so
 * {@code "SLA: response state" = BREACHED} finds the goals missed. Whether a running clock is overdue changes with
 * time alone and is never indexed: ask {@code "SLA: response due" < now()} (docs/sla-fields.md). The view shows the
 * state in the viewer's language.
 */
public abstract class SlaStateField extends CalculatedCFType<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(SlaStateField.class);

    private final Metric metric;
    private final ClockRecords records;
    private final JiraAuthenticationContext authentication;

    /**
     * @param metric         the metric whose state the field holds
     * @param records        the stored clock records
     * @param authentication the viewer, for the language
     */
    protected SlaStateField(Metric metric, ClockRecords records, JiraAuthenticationContext authentication) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.records = records;
        this.authentication = authentication;
    }

    @Override
    public String getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getId() == null) {
            return null;
        }
        try {
            ClockRecord r = records.byRequest(String.valueOf(issue.getId())).get(metric);
            if (r == null) {
                return null;
            }
            // a paused clock that overran its goal is a missed goal whatever happens next
            return ClockState.PAUSED.name().equals(r.state()) && r.breachedAt() != null ? ClockState.BREACHED.name()
                    : r.state();
        } catch (StorageUnavailableException e) { // a navigator row or an index document never fails for it
            LOG.debug("SLA state of {} not read: {}", issue.getKey(), e.getMessage());
            return null;
        }
    }

    @Override
    public String getStringFromSingularObject(String state) {
        return state;
    }

    @Override
    public String getSingularObjectFromString(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** Adds {@code stateText}, the state in the viewer's language, for the view template. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem item) {
        Map<String, Object> params = super.getVelocityParameters(issue, field, item);
        String state = getValueFromIssue(field, issue);
        if (state != null) {
            Locale locale = Viewer.locale(authentication);
            String key = "clock.state." + state.toLowerCase(Locale.ROOT); // running, paused, met, breached
            for (MetricClock.Absence a : MetricClock.Absence.values()) {
                key = a.name().equals(state) ? a.messageKey() : key;
            }
            params.put("stateText", new Messages(locale).text(key));
        }
        return params;
    }
}
