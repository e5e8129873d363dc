package org.contractsla.jira.field;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecords;

/** The state of the first response clock (custom field type, see {@link SlaStateField}). */
public class ResponseStateField extends SlaStateField {

    @Inject
    public ResponseStateField(ClockRecords records, @ComponentImport JiraAuthenticationContext authentication) {
        super(Metric.FIRST_RESPONSE, records, authentication);
    }
}
