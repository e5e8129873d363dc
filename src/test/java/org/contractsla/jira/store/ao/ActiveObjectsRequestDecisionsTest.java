package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.entitlement.RequestDecisionsPortTest;
import org.junit.Test;

public class ActiveObjectsRequestDecisionsTest extends RequestDecisionsPortTest {

    private FakeActiveObjects ao;

    @Override
    protected RequestDecisions create() {
        ao = new FakeActiveObjects();
        return new ActiveObjectsRequestDecisions(ao.asActiveObjects());
    }

    @Test
    public void shouldTakeADocumentThatDoesNotReadAsNoDecision() {
        String[] damaged = {"not json", "{\"v\":2,\"findings\":[]}", "{\"v\":1}",
            "{\"v\":1,\"findings\":[{\"effect\":\"SHOUTS\",\"key\":\"x\"}],\"handling\":\"UNDER_CONTRACT\"}",
            "{\"v\":1,\"findings\":[{\"effect\":\"WARNS\"}],\"handling\":\"UNDER_CONTRACT\"}",
            "{\"v\":1,\"findings\":[],\"handling\":\"UNDER_CONTRACT\",\"severity\":\"S0\"}",
            "{\"v\":1,\"findings\":[],\"handling\":\"BILLABLE\"}"};
        for (int i = 0; i < damaged.length; i++) {
            ao.create(RequestDecisionEntity.class, new HashMap<>(Map.of(RequestDecisionEntity.REQUEST_ID, "d" + i,
                    RequestDecisionEntity.OUTCOME, "ENTITLED", RequestDecisionEntity.HANDLING, "UNDER_CONTRACT",
                    RequestDecisionEntity.DECISION, damaged[i])));
            assertEquals(damaged[i], Optional.empty(), decisions.byRequest("d" + i));
        }
    }

    @Test
    public void shouldReadTheRowWrittenLastWhenTwoNodesKeptAtOnce() {
        for (org.contractsla.core.entitlement.EntitlementDecision d : java.util.List.of(BILLABLE_DECISION,
                org.contractsla.core.entitlement.EntitlementDecision.from(java.util.List.of(), false, "K-3", "gold",
                        null))) {
            ao.create(RequestDecisionEntity.class, new HashMap<>(Map.of(RequestDecisionEntity.REQUEST_ID, "10005",
                    RequestDecisionEntity.OUTCOME, d.outcome().name(), RequestDecisionEntity.HANDLING,
                    d.handling().name(), RequestDecisionEntity.DECISION, ActiveObjectsRequestDecisions.write(d))));
        }
        assertEquals("K-3", decisions.byRequest("10005").orElseThrow().customerNumber().orElseThrow());
        decisions.keep("10005", BILLABLE_DECISION);
        assertEquals(1, ao.asActiveObjects().find(RequestDecisionEntity.class).length);
    }

    @Test
    public void shouldKeepOutcomeAndHandlingAsColumns() {
        decisions.keep("10002", BILLABLE_DECISION);
        RequestDecisionEntity row = ao.asActiveObjects().find(RequestDecisionEntity.class)[0];
        assertEquals("NOT_ENTITLED", row.getOutcome());
        assertEquals("BILLABLE", row.getHandling());
    }

    private static final org.contractsla.core.entitlement.EntitlementDecision BILLABLE_DECISION =
            org.contractsla.core.entitlement.EntitlementDecision.from(java.util.List.of(
                    org.contractsla.core.entitlement.Finding.blocks("entitlement.contract.expired", "K-2",
                            java.time.LocalDate.of(2026, 1, 31))), true, "K-2", "basic", null);
}
