package org.contractsla.jira.user;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.Collection;
import java.util.List;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import org.contractsla.core.contract.AnonymizingUsers;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira anonymizes a user's profile: the e-mail addresses on contracts that were matched to them are removed, and the
 * contracts keep naming them by key (a user-anonymization-handler module, atlassian-plugin.xml).
 */
public class ContactAnonymizationHandler implements UserAnonymizationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ContactAnonymizationHandler.class);

    private final AnonymizingUsers anonymizing;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ContactAnonymizationHandler(Contracts contracts, QuotaLedger ledger,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.anonymizing = new AnonymizingUsers(contracts, ledger);
        this.authentication = authentication;
    }

    /** The language of the administrator who runs the anonymization. */
    private java.util.Locale locale() {
        java.util.Locale l = authentication.getLocale();
        return l == null ? java.util.Locale.ENGLISH : l;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        int named = anonymizing.contractsNaming(parameter.getUserKey()).size();
        return named == 0 ? List.of() : List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey("anonymize.contracts.addresses").numberOfOccurrences((long) named).build());
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            int changed = anonymizing.forgetAddresses(parameter.getUserKey());
            LOG.info("Anonymization: e-mail addresses removed from {} contract(s)", changed);
        } catch (RuntimeException e) {
            LOG.error("Anonymization: e-mail addresses not removed from contracts", e);
            errors.addErrorMessage(new Messages(locale()).text("anonymize.error.addresses", e.getClass().getSimpleName()));
        }
        return new ServiceResultImpl(errors);
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return 1;
    }
}
