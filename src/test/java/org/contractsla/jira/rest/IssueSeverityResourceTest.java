package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** Agents set a request's severity by its plan's rules; every change is kept and listed, in their language. */
public class IssueSeverityResourceTest {

    private final RestFixture f = new RestFixture().as(RestFixture.AGENT);

    private Response post(String body) {
        return f.severity().change("SUP-1", RestFixture.json(), RestFixture.in(body));
    }

    @Test
    public void shouldSetTheSeverityKeepTheChangeAndMeasureTheClocksAgain() {
        JsonNode none = RestFixture.body(f.severity().get("SUP-1"));
        assertTrue(none.get("severity").isNull());
        assertEquals(0, none.get("changes").size());

        Response r = post("{\"severity\":\"S2\",\"reason\":\" customer called \"}");
        assertEquals(200, r.getStatus());
        JsonNode set = RestFixture.body(r);
        assertEquals("S2", set.get("severity").asText());
        assertEquals("Major", set.get("name").asText());
        assertEquals("ACCEPTED", set.get("outcome").asText());
        assertEquals(List.of(10001L), f.remeasured);
        JsonNode change = set.get("changes").get(0);
        assertEquals("agent", change.get("user").asText());
        assertTrue(change.get("from").isNull());
        assertEquals("S2", change.get("to").asText());
        assertEquals("customer called", change.get("reason").asText());
        assertEquals(RestFixture.NOW1.toString(), change.get("at").asText());
    }

    @Test
    public void shouldApplyThePlansRulesAndSayWhyInTheCallersLanguage() {
        // SUP-1 was opened under the maintenance preset: S1 needs its checklist met
        f.decisions.keep("10001", EntitlementDecision.from(List.of(), false, "K-10042", "maintenance", Severity.S3));
        f.as(org.contractsla.jira.rest.Caller.user("agent", "agent@vendor.example", false, true, Locale.GERMAN));
        JsonNode lowered = RestFixture.body(post("{\"severity\":\"S1\"}"));
        assertEquals("S2", lowered.get("severity").asText());
        assertEquals("DOWNGRADED", lowered.get("outcome").asText());
        assertEquals(new org.contractsla.i18n.Messages(Locale.GERMAN).text("severity.rule.s1Checklist.unanswered"),
                lowered.get("reasons").get(0).asText());
        assertEquals("the rule's reason is kept with the change", lowered.get("reasons").get(0).asText(),
                lowered.get("changes").get(0).get("rules").get(0).asText());
        JsonNode met = RestFixture.body(post("{\"severity\":\"S1\",\"operationImpossibleWithoutFix\":true,"
                + "\"earlierStateAvoidsProblem\":false}"));
        assertEquals("S1", met.get("severity").asText());
        assertEquals(2, met.get("changes").size());
    }

    @Test
    public void shouldRefuseWhatTheRulesRefuseAndBadInputKeepingNothing() {
        f.policies.update(p -> {
            List<org.contractsla.core.policy.Plan> plans = new java.util.ArrayList<>(p.plans().values());
            plans.add(org.contractsla.core.policy.Plan.builder("strict")
                    .productionGate(org.contractsla.core.severity.ProductionGate.Action.REJECT).build());
            return org.contractsla.core.policy.Policy.of(List.copyOf(p.calendars().values()), plans,
                    p.pauseStatuses());
        });
        f.decisions.keep("10001", EntitlementDecision.from(List.of(), false, "K-10042", "strict", Severity.S3));
        Response gate = post("{\"severity\":\"S2\",\"environment\":\"test\"}");
        assertEquals(400, gate.getStatus());
        JsonNode error = RestFixture.body(gate).get("errors").get(0);
        assertEquals("severity", error.get("field").asText());
        assertTrue(error.get("key").asText(), error.get("key").asText().startsWith("severity.rule.productionGate"));
        for (String bad : new String[] {"{}", "{\"severity\":\"S9\"}", "{\"severity\":\"S2\",\"colour\":1}",
            "{\"severity\":\"S1\",\"operationImpossibleWithoutFix\":true}",
            "{\"severity\":\"S2\",\"reason\":\"" + "x".repeat(1001) + "\"}"}) {
            assertEquals(bad, 400, post(bad).getStatus());
        }
        assertTrue(f.severityChanges.byRequest("10001").isEmpty());
        assertTrue("nothing to measure again", f.remeasured.isEmpty());
    }

    @Test
    public void shouldAskForBothChecklistAnswersInTheAgentsWordsNotTheFieldsName() {
        f.decisions.keep("10001", EntitlementDecision.from(List.of(), false, "K-10042", "strict", Severity.S3));
        JsonNode error = RestFixture.body(post("{\"severity\":\"S1\",\"operationImpossibleWithoutFix\":true}"))
                .get("errors").get(0);
        assertEquals("the field left out, for API clients", "earlierStateAvoidsProblem", error.get("field").asText());
        assertEquals("rest.error.severity.checklistIncomplete", error.get("key").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("S1"));
        assertFalse(error.get("message").asText(), error.get("message").asText().contains("earlierStateAvoidsProblem"));
    }

    @Test
    public void shouldLetOnlyAgentsWhoMayEditTheIssueChangeIt() {
        f.readOnly = true;
        assertEquals(404, post("{\"severity\":\"S2\"}").getStatus());
        assertEquals("reading needs browsing only", 200, f.severity().get("SUP-1").getStatus());
        assertEquals(404, f.severity().get("SUP-404").getStatus());
        assertTrue(f.severityChanges.byRequest("10001").isEmpty());
    }
}
