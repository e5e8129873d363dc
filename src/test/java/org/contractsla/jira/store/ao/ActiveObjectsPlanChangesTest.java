package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import org.contractsla.core.contract.PlanChange;
import org.junit.Test;

/** Plan changes in Active Objects and in memory: kept in the order they happened, by request. */
public class ActiveObjectsPlanChangesTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00.123456Z");

    private static void keepsThemInOrder(PlanChange.Store store) {
        PlanChange later = new PlanChange("10001", T.plusSeconds(60), "fast", "gold");
        PlanChange first = new PlanChange("10001", T, "gold", "fast");
        store.append(later);
        store.append(first);
        store.append(new PlanChange("10002", T, "gold", "basic"));
        assertEquals(List.of(first, later), store.byRequest("10001"));
        assertEquals(T.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), store.byRequest("10001").get(0).at());
        assertEquals(List.of(), store.byRequest("10003"));
        assertEquals("gold: from it twice, to it once", 3, store.countByPlan("gold"));
        assertEquals(2, store.countByPlan("fast"));
        assertEquals(1, store.countByPlan("basic"));
        assertEquals(0, store.countByPlan("silver"));
        PlanChange withContracts = new PlanChange("10004", T, "gold", "gold", "K-A", "K-B");
        store.append(withContracts);
        assertEquals("the contracts kept with it", List.of(withContracts), store.byRequest("10004"));
        assertEquals("a change of contract on the same plan counts once", 4, store.countByPlan("gold"));
        assertEquals(null, store.byRequest("10001").get(0).toContract());
    }

    @Test
    public void shouldKeepEveryChangeInTheOrderItHappened() {
        keepsThemInOrder(new ActiveObjectsPlanChanges(new FakeActiveObjects().asActiveObjects()));
        keepsThemInOrder(new PlanChange.InMemory());
    }
}
