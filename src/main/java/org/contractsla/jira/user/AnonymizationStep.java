package org.contractsla.jira.user;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.util.SimpleErrorCollection;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.contractsla.core.contract.AnonymizingUsers;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the app's anonymization handlers share: what they tell Jira, and how a failure reaches the admin. */
abstract class AnonymizationStep {

    private static final Logger LOG = LoggerFactory.getLogger(AnonymizationStep.class);

    final AnonymizingUsers anonymizing;
    private final JiraAuthenticationContext authentication;

    AnonymizationStep(Contracts contracts, QuotaLedger ledger, org.contractsla.core.severity.SeverityChanges severities,
            JiraAuthenticationContext authentication) {
        this.anonymizing = new AnonymizingUsers(contracts, ledger, severities);
        this.authentication = authentication;
    }

    /** @return the contracts naming the user, as one affected entity described by that message key; none if none */
    Collection<AffectedEntity> contractsNaming(String userKey, String descriptionKey) {
        int named = anonymizing.contractsNaming(userKey).size();
        return named == 0 ? List.of() : List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey(descriptionKey).numberOfOccurrences((long) named).build());
    }

    /** @return the severity changes the user made, as one affected entity described by that key; none if none */
    Collection<AffectedEntity> severityChangesBy(String userKey, String descriptionKey) {
        int made = anonymizing.severityChangesBy(userKey);
        return made == 0 ? List.of() : List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey(descriptionKey).numberOfOccurrences((long) made).build());
    }

    /**
     * Runs the change; a failure is logged and reaches the admin in their language, while Jira goes on with the
     * other handlers.
     *
     * @param done     for the log: what the count of changes counts
     * @param errorKey the message for the admin when it fails
     */
    ServiceResult run(IntSupplier change, String done, String errorKey) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            LOG.info("Anonymization: {} {}", change.getAsInt(), done);
        } catch (RuntimeException e) {
            LOG.error("Anonymization: not done ({})", errorKey, e);
            Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
            errors.addErrorMessage(new Messages(locale).text(errorKey, e.getClass().getSimpleName()));
        }
        return new ServiceResultImpl(errors);
    }
}
