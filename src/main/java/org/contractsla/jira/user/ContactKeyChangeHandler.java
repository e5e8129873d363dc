package org.contractsla.jira.user;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.severity.SeverityChanges;

/**
 * Jira anonymizes a user and gives them a new key: the contracts naming them, the quota checks recorded for them and
 * the severity changes they made follow to the new key (a user-key-change-handler module, atlassian-plugin.xml).
 */
public class ContactKeyChangeHandler extends AnonymizationStep implements UserKeyChangeHandler {

    @Inject
    public ContactKeyChangeHandler(Contracts contracts, QuotaLedger ledger, SeverityChanges severities,
            @ComponentImport JiraAuthenticationContext authentication) {
        super(contracts, ledger, severities, authentication);
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        List<AffectedEntity> affected = new ArrayList<>(contractsNaming(parameter.getOriginal(),
                "anonymize.contracts.key"));
        affected.addAll(severityChangesBy(parameter.getOriginal(), "anonymize.severityChanges.key"));
        return affected;
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        return run(() -> anonymizing.changeKey(parameter.getOriginal(), parameter.getTarget()),
                "contract(s), quota check(s) and severity change(s) follow a user to their new key", "anonymize.error.key");
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }
}
