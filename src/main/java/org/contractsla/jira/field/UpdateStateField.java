package org.contractsla.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecords;

/** The state of the update interval clock (custom field type, see {@link SlaStateField}). */
public class UpdateStateField extends SlaStateField {

    @Inject
    public UpdateStateField(ClockRecords records, @ComponentImport JiraAuthenticationContext authentication) {
        super(Metric.UPDATE_INTERVAL, records, authentication);
    }
}
