package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3: each kept entitlement decision gets its customer number as a column of its own, so that a
 * customer's list of their organization's requests finds it. Decisions kept before had the number only inside
 * their JSON document; it is copied out. A row whose document does not read, or names no contract, is left as
 * it is (its request is then not listed, as a request opened without a contract is not). Running it again
 * changes nothing. Runs once per cluster, in Active Objects' own transaction.
 */
public final class DecisionCustomerNumbersUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(DecisionCustomerNumbersUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        int copied = DecisionDocumentColumns.copy(ao, "customerNumber", RequestDecisionEntity::getCustomerNumber,
                RequestDecisionEntity::setCustomerNumber);
        LOG.info("Upgrade to model version 3: the customer numbers of {} kept decision(s) copied into their column",
                copied);
    }
}
