package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.contractsla.core.severity.Severity;
import org.junit.Before;
import org.junit.Test;

/** What every {@link RequestDecisions} store must do; each store's test extends this with its own store. */
public abstract class RequestDecisionsPortTest {

    protected RequestDecisions decisions;

    protected abstract RequestDecisions create();

    @Before
    public void setUpStore() {
        decisions = create();
    }

    static final EntitlementDecision WARNED = EntitlementDecision.from(List.of(
            Finding.warns("entitlement.quota.nearlyUsed", 8, 10, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
            Finding.informs("entitlement.emergencyCall.available", "K-9", 1),
            Finding.warns("entitlement.contract.endingSoon", LocalDate.of(2026, 5, 1), 3L)), false, "K-1", "gold",
            Severity.S2).withQuotaUnitHeld();
    static final EntitlementDecision BILLABLE = EntitlementDecision.from(List.of(
            Finding.blocks("entitlement.severity.notCovered", "S1")), true, "K-2", "basic", Severity.S1)
            .withSeverityRefused();
    static final EntitlementDecision REFUSED = EntitlementDecision.from(List.of(
            Finding.blocks("entitlement.contract.none")), false, null, null, null);

    @Test
    public void shouldKeepEveryPartOfADecisionAndReplaceIt() {
        decisions.keep("10001", WARNED);
        decisions.keep("10002", BILLABLE);
        decisions.keep("10003", REFUSED);
        assertEquals(Optional.of(WARNED), decisions.byRequest("10001"));
        assertEquals(Optional.of(BILLABLE), decisions.byRequest("10002"));
        assertEquals(Optional.of(REFUSED), decisions.byRequest("10003"));
        assertEquals(Optional.empty(), decisions.byRequest("10004"));
        decisions.keep("10001", REFUSED);
        assertEquals("checked again", Optional.of(REFUSED), decisions.byRequest("10001"));
    }

    @Test
    public void shouldForgetADecisionOnce() {
        decisions.keep("10001", WARNED);
        assertTrue(decisions.remove("10001"));
        assertFalse(decisions.remove("10001"));
        assertEquals(Optional.empty(), decisions.byRequest("10001"));
    }

    @Test
    public void shouldListAnOrganizationsRequestsNewestFirstAPageAtATime() {
        decisions.keep("1", WARNED); // K-1
        decisions.keep("2", BILLABLE); // K-2
        decisions.keep("3", REFUSED); // no contract
        decisions.keep("4", WARNED);
        decisions.keep("5", WARNED);
        decisions.keep("1", BILLABLE); // checked again: now under K-2, and newer
        assertEquals(new RequestDecisions.Page(List.of("5", "4"), 2),
                decisions.byCustomerNumbers(java.util.Set.of("K-1"), 0, 10));
        assertEquals(new RequestDecisions.Page(List.of("1", "5"), 4),
                decisions.byCustomerNumbers(java.util.Set.of("K-1", "K-2"), 0, 2));
        assertEquals(new RequestDecisions.Page(List.of("4", "2"), 4),
                decisions.byCustomerNumbers(java.util.Set.of("K-1", "K-2"), 2, 2));
        assertEquals(new RequestDecisions.Page(List.of(), 4),
                decisions.byCustomerNumbers(java.util.Set.of("K-1", "K-2"), 8, 2));
        assertEquals(new RequestDecisions.Page(List.of(), 0), decisions.byCustomerNumbers(java.util.Set.of(), 0, 5));
        decisions.remove("5");
        assertEquals(List.of("4"), decisions.byCustomerNumbers(java.util.Set.of("K-1"), 0, 10).requestIds());
    }
}
