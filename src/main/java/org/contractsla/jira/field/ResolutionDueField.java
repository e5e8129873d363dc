package org.contractsla.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Clock;
import javax.inject.Inject;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecords;

/** When the resolution is due (custom field type, see {@link SlaDueField}). */
public class ResolutionDueField extends SlaDueField {

    @Inject
    public ResolutionDueField(ClockRecords records, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport TimeZoneManager zones) {
        this(records, authentication, zones, Clock.systemUTC());
    }

    ResolutionDueField(ClockRecords records, JiraAuthenticationContext authentication, TimeZoneManager zones, Clock clock) {
        super(Metric.RESOLUTION, records, authentication, zones, clock);
    }
}
