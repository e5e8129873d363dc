package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** Decisions kept before the plan had a column of its own count for their plan after the upgrade. */
public class DecisionPlansUpgradeTaskTest {

    private final FakeActiveObjects ao = new FakeActiveObjects();

    /** A row as the release before wrote it: the plan inside the document only. */
    private void keptBefore(String requestId, String document) {
        Map<String, Object> row = new HashMap<>();
        row.put(RequestDecisionEntity.REQUEST_ID, requestId);
        row.put(RequestDecisionEntity.OUTCOME, "ENTITLED");
        row.put(RequestDecisionEntity.HANDLING, "UNDER_CONTRACT");
        row.put(RequestDecisionEntity.DECISION, document);
        ao.create(RequestDecisionEntity.class, row);
    }

    @Test
    public void shouldCopyEachKeptDecisionsPlanIntoItsColumnOnce() {
        keptBefore("1", ActiveObjectsRequestDecisions.write(EntitlementDecision.from(List.of(), false, "K-1", "gold",
                Severity.S3)));
        keptBefore("2", ActiveObjectsRequestDecisions.write(EntitlementDecision.from(List.of(), false, null, null,
                null)));
        keptBefore("3", "not json");
        ActiveObjectsRequestDecisions decisions = new ActiveObjectsRequestDecisions(ao.asActiveObjects());
        decisions.keep("4", EntitlementDecision.from(List.of(), false, "K-2", "gold", Severity.S2));
        decisions.keep("5", EntitlementDecision.from(List.of(), false, "K-3", "silver", Severity.S2));
        assertEquals("before the upgrade only the new one counts", 1, decisions.countByPlan("gold"));

        new DecisionPlansUpgradeTask().upgrade(null, ao.asActiveObjects());
        new DecisionPlansUpgradeTask().upgrade(null, ao.asActiveObjects()); // again: nothing changes

        assertEquals(2, decisions.countByPlan("gold"));
        assertEquals(1, decisions.countByPlan("silver"));
        assertEquals(0, decisions.countByPlan("bronze"));
        assertEquals("the damaged row still reads as no decision", java.util.Optional.empty(),
                decisions.byRequest("3"));
    }
}
