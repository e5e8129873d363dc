package org.contractsla.jira.user;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Collection;
import javax.inject.Inject;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.severity.SeverityChanges;

/**
 * Jira anonymizes a user's profile: the e-mail addresses on contracts that were matched to them are removed, and the
 * contracts keep naming them by key (a user-anonymization-handler module, atlassian-plugin.xml).
 */
public class ContactAnonymizationHandler extends AnonymizationStep implements UserAnonymizationHandler {

    @Inject
    public ContactAnonymizationHandler(Contracts contracts, QuotaLedger ledger, SeverityChanges severities,
            @ComponentImport JiraAuthenticationContext authentication) {
        super(contracts, ledger, severities, authentication);
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        return contractsNaming(parameter.getUserKey(), "anonymize.contracts.addresses");
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        return run(() -> anonymizing.forgetAddresses(parameter.getUserKey()),
                "contract(s) had e-mail addresses removed", "anonymize.error.addresses");
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return 1;
    }
}
