package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import javax.ws.rs.core.Response;
import org.contractsla.core.entitlement.CountingRequests;
import org.junit.Test;

/** Agents see a request's contract and name another one of the reporter's organization. */
public class IssueContractResourceTest {

    private static final Instant CREATED = Instant.parse("2025-06-02T08:00:00Z");

    private final RestFixture f = new RestFixture().as(RestFixture.AGENT);

    private Response choose(String body) {
        return f.contract().choose("SUP-1", RestFixture.json(), RestFixture.in(body));
    }

    private void opened() {
        new CountingRequests(f.policies::current, f.contracts, f.ledger, f.decisions).opened("10001", "SUP",
                "anna.berg", CREATED);
    }

    @Test
    public void shouldShowTheContractAndTheOnesAnAgentMayName() {
        JsonNode before = RestFixture.body(f.contract().get("SUP-1"));
        assertTrue(before.get("contract").isNull());
        assertTrue(before.get("decision").isNull());
        assertEquals(List.of("K-10042", "K-10042-EC"), List.of(before.get("choices").get(0).get("customerNumber")
                .asText(), before.get("choices").get(1).get("customerNumber").asText()));
        opened();
        JsonNode after = RestFixture.body(f.contract().get("SUP-1"));
        assertEquals("K-10042", after.get("contract").get("customerNumber").asText());
        assertEquals("Nordlicht Logistik GmbH", after.get("contract").get("organization").asText());
        assertEquals("maintenance", after.get("contract").get("plan").asText());
        assertTrue(after.get("contract").get("inForce").asBoolean());
        assertEquals("UNDER_CONTRACT", after.get("decision").get("handling").asText());
    }

    @Test
    public void shouldHandleTheRequestUnderTheContractAnAgentNamesAndMeasureItAgain() {
        opened();
        Response r = choose("{\"customerNumber\":\" K-10042-EC \"}");
        assertEquals(200, r.getStatus());
        assertEquals("K-10042-EC", RestFixture.body(r).get("contract").get("customerNumber").asText());
        assertEquals("K-10042-EC", f.decisions.byRequest("10001").orElseThrow().customerNumber().orElseThrow());
        assertEquals(List.of(10001L), f.remeasured);
        assertEquals("checked again, quoting it", "K-10042-EC", f.ledger.check("10001").orElseThrow()
                .customerNumber());
        assertEquals("its new plan applies from now", List.of(new org.contractsla.core.contract.PlanChange("10001",
                RestFixture.NOW1, "maintenance", "emergency-call", "K-10042", "K-10042-EC")),
                f.planChanges.byRequest("10001"));
        assertEquals(200, choose("{\"customerNumber\":\"K-10042-EC\"}").getStatus());
        assertEquals("named again: nothing to measure", List.of(10001L), f.remeasured);
    }

    @Test
    public void shouldOpenARequestTheQuotaNeverCountedUnderTheContractNamed() {
        Response r = choose("{\"customerNumber\":\"K-10042\"}");
        assertEquals(200, r.getStatus());
        assertEquals("K-10042", f.decisions.byRequest("10001").orElseThrow().customerNumber().orElseThrow());
        assertTrue(f.ledger.known("10001"));
        assertEquals(List.of(10001L), f.remeasured);
    }

    @Test
    public void shouldRefuseAContractUnderWhichTheRequestWouldBeTurnedAway() {
        opened();
        f.contracts.add(org.contractsla.core.contract.Contract.builder("K-3", "nordlicht", "maintenance",
                java.time.LocalDate.of(2025, 1, 1)).contacts(List.of("someone.else")).build());
        String before = f.state() + f.decisions.byRequest("10001");
        Response r = choose("{\"customerNumber\":\"K-3\"}");
        assertEquals(400, r.getStatus());
        assertEquals("entitlement.error.contract.wouldRefuse",
                RestFixture.body(r).get("errors").get(0).get("key").asText());
        assertEquals("nothing changed", before, f.state() + f.decisions.byRequest("10001"));
        assertTrue(f.remeasured.isEmpty());
    }

    @Test
    public void shouldRefuseAContractOfAnotherOrganizationAndBadInput() {
        opened();
        String before = f.state() + f.decisions.byRequest("10001");
        Response other = choose("{\"customerNumber\":\"PL-2207\"}");
        assertEquals(400, other.getStatus());
        assertEquals("entitlement.error.contract.notChoosable",
                RestFixture.body(other).get("errors").get(0).get("key").asText());
        assertEquals(400, choose("{}").getStatus());
        assertEquals(400, choose("{\"customerNumber\":7}").getStatus());
        assertEquals(before, f.state() + f.decisions.byRequest("10001"));
        assertTrue(f.remeasured.isEmpty());
        f.readOnly = true;
        assertEquals(404, choose("{\"customerNumber\":\"K-10042-EC\"}").getStatus());
    }
}
