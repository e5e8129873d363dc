package org.contractsla.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecords;

/** The state of the resolution clock (custom field type, see {@link SlaStateField}). */
public class ResolutionStateField extends SlaStateField {

    @Inject
    public ResolutionStateField(ClockRecords records, @ComponentImport JiraAuthenticationContext authentication) {
        super(Metric.RESOLUTION, records, authentication);
    }
}
