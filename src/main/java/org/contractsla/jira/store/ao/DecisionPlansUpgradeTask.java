package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4: each kept entitlement decision gets its plan as a column of its own, so that a plan requests
 * were decided under is not removed from the configuration (their clocks are measured against its goals).
 * Decisions kept before had the plan only inside their JSON document; it is copied out. A row whose document does
 * not read, or names no plan, is left as it is. Running it again changes nothing. Runs once per cluster, in Active
 * Objects' own transaction.
 */
public final class DecisionPlansUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DecisionPlansUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        int copied = DecisionDocumentColumns.copy(ao, "plan", RequestDecisionEntity::getPlanId,
                RequestDecisionEntity::setPlanId);
        LOG.info("Upgrade to model version 4: the plans of {} kept decision(s) copied into their column", copied);
    }
}
