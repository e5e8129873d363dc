package org.contractsla.jira.audit;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.jira.rest.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the app's changes in Jira's audit log (Administration → System → Audit log), under the category "Contract
 * SLA" of the apps' coverage area at base level: the actions and category are the app's own message keys, which
 * Jira shows in each viewer's language.
 */
@Named
public class JiraAudit implements Audit {

    static final String CATEGORY = "audit.category";
    private static final Logger LOG = LoggerFactory.getLogger(JiraAudit.class);

    private final AuditService audit;

    @Inject
    public JiraAudit(@ComponentImport AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void record(String action, String type, String id) {
        try {
            audit.audit(AuditEvent.fromI18nKeys(CATEGORY, action, CoverageLevel.BASE, CoverageArea.ECOSYSTEM)
                    .affectedObject(AuditResource.builder(id, type).id(id).build()).build());
        } catch (RuntimeException e) { // the change is stored: an audit log that fails must not undo it
            LOG.warn("Audit log entry not written: {} {} {}", action, type, id, e);
        }
    }
}
