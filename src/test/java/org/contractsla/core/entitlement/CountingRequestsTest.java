package org.contractsla.core.entitlement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
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
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.junit.Test;

/** What each event tells its caller (the listener logs it): the decision taken, or none when nothing was to decide. */
public class CountingRequestsTest {

    private static final Instant MAY_5 = Instant.parse("2026-05-05T10:00:00Z");

    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final CountingRequests counting;

    private final Policy policy;
    private final InMemoryContracts contracts = new InMemoryContracts();

    public CountingRequestsTest() {
        policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("basic").channels(List.of(Channel.PORTAL))
                        .quota(CaseQuota.of(1, QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        counting = new CountingRequests(() -> policy, contracts, ledger, decisions);
    }

    @Test
    public void shouldDecideACreationOnceAndNothingOutsideSupportProjects() {
        assertNotEquals(EntitlementDecision.Outcome.NOT_ENTITLED, // warns: the last unit of the month
                counting.created("1", "SUP", "jdoe", MAY_5).orElseThrow().outcome());
        assertTrue(ledger.holdsAny("1"));
        assertFalse("counted already", counting.created("1", "SUP", "jdoe", MAY_5).isPresent());
        assertFalse("no support project", counting.created("2", "DEV", "jdoe", MAY_5).isPresent());
        // the quota of one is used: the next request is decided, and not entitled
        EntitlementDecision third = counting.created("3", "SUP", "jdoe", MAY_5).orElseThrow();
        assertEquals(EntitlementDecision.Outcome.NOT_ENTITLED, third.outcome());
        assertTrue("it says why", third.reasons().stream().anyMatch(r -> r.key().startsWith("entitlement.")));
    }

    @Test
    public void shouldKeepEachDecisionWithItsRequestUntilItIsNoSupportRequestAnyMore() {
        EntitlementDecision first = counting.created("1", "SUP", "jdoe", MAY_5).orElseThrow();
        EntitlementDecision refused = counting.created("3", "SUP", "jdoe", MAY_5).orElseThrow();
        assertEquals(first, decisions.byRequest("1").orElseThrow());
        assertEquals("a refusal is kept too: the agents see it", refused, decisions.byRequest("3").orElseThrow());
        EntitlementDecision other = counting.updated("1", "SUP", "mmax", MAY_5).orElseThrow();
        assertEquals("checked again: the new decision replaces the old one", other,
                decisions.byRequest("1").orElseThrow());
        counting.deleted("1");
        assertTrue(decisions.byRequest("1").isEmpty());
        counting.moved("3", "DEV", "jdoe", MAY_5);
        assertTrue("moved out of the support projects", decisions.byRequest("3").isEmpty());
        assertFalse("nothing outside them", counting.created("2", "DEV", "jdoe", MAY_5).isPresent());
        assertTrue(decisions.byRequest("2").isEmpty());
    }

    @Test
    public void shouldLeaveNoStaleDecisionWhenKeepingTheNewOneFails() {
        counting.created("1", "SUP", "jdoe", MAY_5);
        boolean[] failing = {true};
        RequestDecisions flaky = new RequestDecisions() {
            @Override
            public void keep(String requestId, EntitlementDecision decision) {
                if (failing[0]) {
                    throw new org.contractsla.core.StorageUnavailableException("database busy", null);
                }
                decisions.keep(requestId, decision);
            }

            @Override
            public java.util.Optional<EntitlementDecision> byRequest(String requestId) {
                return decisions.byRequest(requestId);
            }

            @Override
            public boolean remove(String requestId) {
                return decisions.remove(requestId);
            }

            @Override
            public int countByPlan(String planId) {
                return decisions.countByPlan(planId);
            }

            @Override
            public Page byCustomerNumbers(java.util.Set<String> customerNumbers, int offset, int limit) {
                return decisions.byCustomerNumbers(customerNumbers, offset, limit);
            }
        };
        CountingRequests over = new CountingRequests(() -> policy, contracts, ledger, flaky);
        try {
            over.updated("1", "SUP", "mmax", MAY_5); // checked again for another reporter
            org.junit.Assert.fail("the store failed");
        } catch (org.contractsla.core.StorageUnavailableException expected) {
            // tried again by the queue
        }
        assertTrue("not the decision for the old reporter", decisions.byRequest("1").isEmpty());
    }

    @Test
    public void shouldSayWhetherADeletedRequestHeldAUnit() {
        counting.created("1", "SUP", "jdoe", MAY_5);
        assertTrue(counting.deleted("1"));
        assertFalse("given back already", counting.deleted("1"));
        assertFalse("never counted", counting.deleted("9"));
    }

    @Test
    public void shouldDecideAMoveIntoASupportProjectAndNothingOnTheWayOut() {
        assertNotEquals(EntitlementDecision.Outcome.NOT_ENTITLED,
                counting.moved("1", "SUP", "jdoe", MAY_5).orElseThrow().outcome());
        assertTrue(ledger.holdsAny("1"));
        assertFalse("counted already", counting.moved("1", "SUP", "jdoe", MAY_5).isPresent());
        assertFalse("moved out", counting.moved("1", "DEV", "jdoe", MAY_5).isPresent());
        assertFalse("its unit went back with it", ledger.holdsAny("1"));
    }

    @Test
    public void shouldKeepTheCategoryOfARequest() {
        assertEquals("incident", EntitlementRequest.builderWithoutChannel(MAY_5).category("incident").build()
                .category().orElseThrow());
        assertFalse(EntitlementRequest.builderWithoutChannel(MAY_5).build().category().isPresent());
    }
}
