package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.contractsla.core.Reason;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class PlansInUseTest {

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final PlanChange.InMemory planChanges = new PlanChange.InMemory();
    private final PlansInUse plans = new PlansInUse(contracts, decisions, planChanges);

    @Test
    public void shouldKeepAPlanThatContractsAreOnOrRequestsWereMeasuredAgainst() {
        assertEquals(Optional.empty(), plans.whyKept("gold"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).build());
        assertEquals(Optional.of(Reason.of("rest.error.plan.inUse", "gold", 1)), plans.whyKept("gold"));

        decisions.keep("1", EntitlementDecision.from(List.of(), false, "K-2", "silver", Severity.S3));
        decisions.keep("2", EntitlementDecision.from(List.of(), false, "K-2", "silver", Severity.S2));
        decisions.keep("3", EntitlementDecision.from(List.of(), false, null, null, null)); // no contract: no plan
        decisions.keep("6", EntitlementDecision.from(List.of(Finding.blocks("entitlement.channel.notCovered",
                "phone")), false, "K-2", "silver", Severity.S2)); // turned away: no clocks, the plan is not needed
        assertEquals(Optional.of(Reason.of("rest.error.plan.needed", "silver", 2, 0)), plans.whyKept("silver"));

        planChanges.append(new PlanChange("4", Instant.parse("2026-05-05T10:00:00Z"), "bronze", "silver"));
        planChanges.append(new PlanChange("5", Instant.parse("2026-05-06T10:00:00Z"), "silver", "iron"));
        assertEquals(Optional.of(Reason.of("rest.error.plan.needed", "silver", 2, 2)), plans.whyKept("silver"));
        assertEquals("put under another: it needed the plan before", Optional.of(Reason.of("rest.error.plan.needed",
                "bronze", 0, 1)), plans.whyKept("bronze"));
        assertEquals(Optional.of(Reason.of("rest.error.plan.needed", "iron", 0, 1)), plans.whyKept("iron"));
        decisions.remove("1");
        decisions.remove("2");
        assertEquals(Optional.of(Reason.of("rest.error.plan.needed", "silver", 0, 2)), plans.whyKept("silver"));
        assertEquals(Optional.empty(), plans.whyKept("platinum"));
    }
}
