package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** Decisions kept before the customer number had a column of its own reach the portal's list after the upgrade. */
public class DecisionCustomerNumbersUpgradeTaskTest {

    private final FakeActiveObjects ao = new FakeActiveObjects();

    /** A row as the release before wrote it: the customer number inside the document only. */
    private void keptBefore(String requestId, String document) {
        Map<String, Object> row = new HashMap<>();
        row.put(RequestDecisionEntity.REQUEST_ID, requestId);
        row.put(RequestDecisionEntity.OUTCOME, "ENTITLED");
        row.put(RequestDecisionEntity.HANDLING, "UNDER_CONTRACT");
        row.put(RequestDecisionEntity.DECISION, document);
        ao.create(RequestDecisionEntity.class, row);
    }

    @Test
    public void shouldCopyEachKeptDecisionsCustomerNumberIntoItsColumnOnce() {
        keptBefore("1", ActiveObjectsRequestDecisions.write(EntitlementDecision.from(List.of(), false, "K-1", "gold",
                Severity.S3)));
        keptBefore("2", ActiveObjectsRequestDecisions.write(EntitlementDecision.from(List.of(), false, null, null,
                null)));
        keptBefore("3", "not json");
        ActiveObjectsRequestDecisions decisions = new ActiveObjectsRequestDecisions(ao.asActiveObjects());
        decisions.keep("4", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S2));
        assertEquals("before the upgrade only the new one is found", List.of("4"),
                decisions.byCustomerNumbers(Set.of("K-1"), 0, 10).requestIds());

        new DecisionCustomerNumbersUpgradeTask().upgrade(null, ao.asActiveObjects());
        new DecisionCustomerNumbersUpgradeTask().upgrade(null, ao.asActiveObjects()); // again: nothing changes

        assertEquals(new RequestDecisions.Page(List.of("4", "1"), 2), decisions.byCustomerNumbers(Set.of("K-1"), 0,
                10));
        assertEquals("the damaged row still reads as no decision", java.util.Optional.empty(),
                decisions.byRequest("3"));
    }
}
