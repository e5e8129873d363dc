package org.contractsla.jira.user;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
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
 * Jira anonymizes a user and gives them a new key: the contracts naming them and the quota checks recorded for them
 * follow to the new key (a user-key-change-handler module, atlassian-plugin.xml).
 */
public class ContactKeyChangeHandler implements UserKeyChangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ContactKeyChangeHandler.class);

    private final AnonymizingUsers anonymizing;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ContactKeyChangeHandler(Contracts contracts, QuotaLedger ledger,
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
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        int named = anonymizing.contractsNaming(parameter.getOriginal()).size();
        return named == 0 ? List.of() : List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey("anonymize.contracts.key").numberOfOccurrences((long) named).build());
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            int changed = anonymizing.changeKey(parameter.getOriginal(), parameter.getTarget());
            LOG.info("Anonymization: {} contract(s) and quota check(s) follow a user to their new key", changed);
        } catch (RuntimeException e) { // Jira goes on with the other handlers; the admin sees the message
            LOG.error("Anonymization: contracts not changed to a user's new key", e);
            errors.addErrorMessage(new Messages(locale()).text("anonymize.error.key", e.getClass().getSimpleName()));
        }
        return new ServiceResultImpl(errors);
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }
}
