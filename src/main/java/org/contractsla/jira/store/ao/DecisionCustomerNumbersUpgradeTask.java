package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.fasterxml.jackson.databind.JsonNode;
import org.contractsla.config.Json;

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
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(RequestDecisionEntity.class);
        int copied = 0;
        for (RequestDecisionEntity row : ao.find(RequestDecisionEntity.class)) {
            if (row.getCustomerNumber() != null) {
                continue;
            }
            JsonNode number;
            try {
                number = Json.parse(row.getDecision()).get("customerNumber");
            } catch (RuntimeException e) {
                continue; // not a document this task reads, nor one the store reads: left alone
            }
            if (number != null && number.isTextual() && !number.asText().isBlank()) {
                row.setCustomerNumber(number.asText());
                row.save();
                copied++;
            }
        }
        LOG.info("Upgrade to model version 3: the customer numbers of {} kept decision(s) copied into their column",
                copied);
    }
}
