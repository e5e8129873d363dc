package org.contractsla.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Clock;
import javax.inject.Inject;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecords;

/** When the next update is due (custom field type, see {@link SlaDueField}). */
public class UpdateDueField extends SlaDueField {

    @Inject
    public UpdateDueField(ClockRecords records, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport TimeZoneManager zones) {
        this(records, authentication, zones, Clock.systemUTC());
    }

    UpdateDueField(ClockRecords records, JiraAuthenticationContext authentication, TimeZoneManager zones, Clock clock) {
        super(Metric.UPDATE_INTERVAL, records, authentication, zones, clock);
    }
}
