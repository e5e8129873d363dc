package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.junit.Test;

/** Naming a contract: changes kept in the order they happened, none for the same contract or at receipt. */
public class ChoosingContractTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final PlanChange.InMemory changes = new PlanChange.InMemory();
    private final ChoosingContract choosing;

    public ChoosingContractTest() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)), List.of(
                Plan.builder("gold").build(), Plan.builder("fast").build()), Set.of())
                .withSupportProjects(Set.of("SUP"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        for (String[] c : new String[][] {{"K-A", "gold"}, {"K-A2", "gold"}, {"K-B", "fast"}}) {
            contracts.add(Contract.builder(c[0], "acme", c[1], LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                    .build());
        }
        choosing = new ChoosingContract(() -> policy, contracts, ledger, decisions, changes);
    }

    @Test
    public void shouldKeepEachChangeOfPlanInOrderEvenFromANodeWhoseClockRunsBehind() {
        choosing.choose("1", "SUP", "jdoe", "K-A", RECEIVED, RECEIVED); // opened under it: no change
        assertTrue(changes.byRequest("1").isEmpty());
        choosing.choose("1", "SUP", "jdoe", "K-A", RECEIVED, RECEIVED.plusSeconds(300)); // the same contract again
        assertTrue(changes.byRequest("1").isEmpty());
        // the same plan under another contract: kept too, as that contract's zone and holidays may differ
        choosing.choose("1", "SUP", "jdoe", "K-A2", RECEIVED, RECEIVED.plusSeconds(600));
        choosing.choose("1", "SUP", "jdoe", "K-B", RECEIVED, RECEIVED.plusSeconds(7200));
        choosing.choose("1", "SUP", "jdoe", "K-A", RECEIVED, RECEIVED.plusSeconds(3600)); // a node behind
        assertEquals(List.of(new PlanChange("1", RECEIVED.plusSeconds(600), "gold", "gold", "K-A", "K-A2"),
                new PlanChange("1", RECEIVED.plusSeconds(7200), "gold", "fast", "K-A2", "K-B"),
                new PlanChange("1", RECEIVED.plusSeconds(7200), "fast", "gold", "K-B", "K-A")), changes.byRequest("1"));
        assertEquals("K-A", decisions.byRequest("1").orElseThrow().customerNumber().orElseThrow());
    }
}
