package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.contract.Accounts;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.config.RequestBodies;
import org.junit.Test;

/** What the resources answer, beyond who may call them. */
public class RestResourcesTest {

    static JsonNode firstError(Response r) {
        return RestFixture.body(r).get("errors").get(0);
    }

    @Test
    public void shouldShowACustomerTheContractsOfTheirOwnOrganizationOnly() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER);
        JsonNode list = RestFixture.body(f.customerContracts().mine()).get("contracts");
        assertEquals(2, list.size());
        assertEquals("K-10042", list.get(0).get("customerNumber").asText());
        assertEquals("K-10042-EC", list.get(1).get("customerNumber").asText());
        JsonNode emergency = list.get(1).get("quota");
        assertEquals(1, emergency.get("remaining").asInt());
        assertEquals("2026-02-28", emergency.get("periodLastDay").asText());
        assertTrue("no contacts or notes for customers", list.get(0).get("contacts") == null
                && list.get(0).get("notes") == null);
        assertEquals(0, RestFixture.body(f.as(RestFixture.STRANGER).customerContracts().mine()).get("contracts").size());
    }

    @Test
    public void shouldAnswerACheckInThePortalsLanguageWhenAsked() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER);
        String asked = "{\"customerNumber\":\"K-404\"}";
        String german = RestFixture.body(f.entitlement().check(RestFixture.json(), "de", RestFixture.in(asked)))
                .get("reasons").get(0).get("text").asText();
        String english = RestFixture.body(f.entitlement().check(RestFixture.json(), "en", RestFixture.in(asked)))
                .get("reasons").get(0).get("text").asText();
        assertEquals(new org.contractsla.i18n.Messages(java.util.Locale.GERMAN).text("entitlement.contract.notYours",
                "K-404"), german);
        assertEquals(new org.contractsla.i18n.Messages(java.util.Locale.ENGLISH).text(
                "entitlement.contract.notYours", "K-404"), english);
        assertEquals("another value: the caller's own language", english, RestFixture.body(f.entitlement().check(
                RestFixture.json(), "fr", RestFixture.in(asked))).get("reasons").get(0).get("text").asText());
    }

    @Test
    public void shouldTakeTheS1ChecklistAnswersOfACheck() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER); // K-10042: maintenance, S1 checklist
        JsonNode unanswered = RestFixture.body(f.entitlement().check(RestFixture.json(),
                RestFixture.in("{\"severity\":\"S1\"}")));
        assertEquals(unanswered.toString(), "ENTITLED_WITH_WARNINGS", unanswered.get("outcome").asText());
        assertTrue(unanswered.toString(), unanswered.toString().contains("severity.rule.s1Checklist.unanswered"));
        JsonNode met = RestFixture.body(f.entitlement().check(RestFixture.json(), RestFixture.in(
                "{\"severity\":\"S1\",\"operationImpossibleWithoutFix\":true,\"earlierStateAvoidsProblem\":false}")));
        assertEquals(met.toString(), "ENTITLED", met.get("outcome").asText());
        Response wrong = f.entitlement().check(RestFixture.json(), RestFixture.in(
                "{\"severity\":\"S1\",\"operationImpossibleWithoutFix\":\"sure\"}"));
        assertEquals(400, wrong.getStatus());
        assertEquals("operationImpossibleWithoutFix", firstError(wrong).get("field").asText());
    }

    @Test
    public void shouldLetCustomersCheckOnlyForThemselves() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER);
        JsonNode own = RestFixture.body(f.entitlement().check(RestFixture.json(), RestFixture.in("{\"severity\":\"S2\"}")));
        assertEquals("ENTITLED", own.get("outcome").asText());
        assertEquals("K-10042", own.get("customerNumber").asText());
        Response onBehalf = f.entitlement().check(RestFixture.json(), RestFixture.in("{\"reporter\":\"ops@wisla.example\"}"));
        assertEquals(400, onBehalf.getStatus());
        assertEquals("reporter", firstError(onBehalf).get("field").asText());
        Response at = f.entitlement().check(RestFixture.json(), RestFixture.in("{\"at\":\"2025-01-01T00:00:00Z\"}"));
        assertEquals("at", firstError(at).get("field").asText()); // the time is now
    }

    @Test
    public void shouldAnswerACustomerAlikeWhetherANumberOfAnotherOrganizationExistsOrNot() {
        RestFixture f = new RestFixture();
        // another organization's contract whose plan is gone: its plan id must not leak through plan.unknown
        f.contracts.putOrganization(org.contractsla.core.contract.Organization.of("zeta", "Zeta"));
        f.contracts.add(org.contractsla.core.contract.Contract.builder("ZZ-1", "zeta", "retired",
                java.time.LocalDate.of(2025, 1, 1)).contacts(List.of("zeta@zeta.example")).build());
        for (Caller customer : new Caller[] {RestFixture.CUSTOMER, RestFixture.STRANGER}) {
            f.as(customer);
            String expected = null;
            for (String number : new String[] {"PL-2207", "ZZ-1", "NO-SUCH-1"}) { // exists, plan gone, none
                Response r = f.entitlement().check(RestFixture.json(), RestFixture.in("{\"customerNumber\":\"" + number
                        + "\",\"severity\":\"S1\",\"channel\":\"chat\"}"));
                assertEquals(200, r.getStatus());
                String body = ((String) r.getEntity()).replace(number, "#");
                assertTrue(body, !body.contains("retired") && !body.contains("basic") && !body.contains("Wis"));
                if (expected == null) {
                    expected = body;
                }
                assertEquals(customer.userKey() + " asking about " + number, expected, body);
            }
            JsonNode answer = Json.parse(expected);
            assertEquals("entitlement.contract.notYours", answer.get("reasons").get(0).get("key").asText());
            assertTrue(answer.get("customerNumber").isNull() && answer.get("plan").isNull()
                    && answer.get("severity").isNull());
        }
        // an agent is told what is so
        JsonNode agent = RestFixture.body(f.as(RestFixture.AGENT).entitlement().check(RestFixture.json(),
                RestFixture.in("{\"customerNumber\":\"NO-SUCH-1\"}")));
        assertEquals("entitlement.contract.unknown", agent.get("reasons").get(0).get("key").asText());
    }

    @Test
    public void shouldLetAgentsCheckForAnyReporter() {
        RestFixture f = new RestFixture().trusting(1L).as(RestFixture.AGENT);
        f.accounts.put(new Accounts.Account("JIRAUSER10400", 1, "Ops@Wisla.example"));
        f.matching().review(); // the address on PL-2207 now stands for that account
        for (String reporter : List.of("JIRAUSER10400", "ops@wisla.example")) { // by key, or by its one account
            JsonNode d = RestFixture.body(f.entitlement().check(RestFixture.json(), RestFixture.in(
                    "{\"reporter\":\"" + reporter + "\",\"channel\":\"phone\",\"severity\":\"S3\"}")));
            assertEquals("NOT_ENTITLED", d.get("outcome").asText());
            assertEquals(reporter, "entitlement.channel.notCovered", d.get("reasons").get(0).get("key").asText());
        }
        // naming no reporter, an agent asks for themselves (here one who is also a customer's named contact)
        f.as(Caller.user("lars", null, false, true, Locale.ENGLISH));
        JsonNode self = RestFixture.body(f.entitlement().check(RestFixture.json(), RestFixture.in("{}")));
        assertEquals("SE-0815", self.get("customerNumber").asText());
    }

    @Test
    public void shouldAnswerInTheCallersLanguage() {
        RestFixture f = new RestFixture().as(Caller.user("admin", null, true, false, Locale.GERMAN));
        Response r = f.calendars().put("vienna", RestFixture.json(), RestFixture.in("{\"zone\":\"Europe/Vienna\",\"weekly\":\"sometimes\"}"));
        assertEquals(400, r.getStatus());
        JsonNode e = firstError(r);
        assertEquals("weekly", e.get("field").asText()); // relative to the body, not to the whole configuration
        assertEquals("config.error.weekly.form", e.get("key").asText());
        assertTrue(e.get("message").asText(), e.get("message").asText().startsWith("Bitte geben Sie die Wochenarbeitszeit"));
    }

    @Test
    public void shouldKeepTheConfigurationWhenAnImportIsInvalid() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        String before = f.state();
        String broken = RestFixture.read("examples/presets.json").replace("\"4h\"", "\"four hours\"");
        Response r = f.config().importDocument(RestFixture.json(), RestFixture.in(broken));
        assertEquals(400, r.getStatus());
        assertEquals("plans[0].goals.firstResponse.S1.duration", firstError(r).get("field").asText());
        assertEquals(before, f.state());
        // removing plans that contracts are on is refused as a whole, too
        Response withoutPlans = f.config().importDocument(RestFixture.json(),
                RestFixture.in("{\"schemaVersion\":2,\"calendars\":[],\"plans\":[]}"));
        assertEquals(409, withoutPlans.getStatus());
        assertEquals("rest.error.plan.inUse", firstError(withoutPlans).get("key").asText());
        assertEquals(before, f.state());
    }

    @Test
    public void shouldRefuseHolidayRegionsWithoutKnownHolidaysAndKeepEverything() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        String before = f.state();
        Response calendar = f.calendars().put("london", RestFixture.json(),
                RestFixture.in("{\"zone\":\"Europe/London\",\"weekly\":\"24x7\",\"holidays\":{\"country\":\"UK\"}}"));
        assertEquals(400, calendar.getStatus());
        assertEquals("holidays.country", firstError(calendar).get("field").asText());
        assertEquals("No public holidays are known for the country \"UK\".",
                firstError(calendar).get("message").asText());
        String bavaria = RestFixture.read("examples/presets.json")
                .replace("\"holidays\": { \"country\": \"PL\" }", "\"holidays\": { \"country\": \"PL\", \"subdivision\": \"by\" }");
        Response imported = f.config().importDocument(RestFixture.json(), RestFixture.in(bavaria));
        assertEquals(400, imported.getStatus());
        assertEquals("calendars[3].holidays.subdivision", firstError(imported).get("field").asText());
        Response contract = f.contracts().create(RestFixture.json(), RestFixture.in("{\"customerNumber\":\"K-9\","
                + "\"organization\":\"nordlicht\",\"plan\":\"basic\",\"start\":\"2026-01-01\","
                + "\"holidays\":{\"country\":\"XX\"}}"));
        assertEquals(400, contract.getStatus());
        assertEquals("holidays.country", firstError(contract).get("field").asText());
        assertEquals(before, f.state());
    }

    @Test
    public void shouldExportWhatItImports() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        String exported = (String) f.config().export().getEntity();
        assertEquals(200, f.config().importDocument(RestFixture.json(), RestFixture.in(exported)).getStatus());
        assertEquals(exported, f.config().export().getEntity());
    }

    @Test
    public void shouldRefuseToDeleteAPlanContractsAreOn() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Response r = f.plans().delete("basic", RestFixture.json());
        assertEquals(409, r.getStatus());
        assertEquals("Plan \"basic\" cannot be removed: 1 contract is on it.", firstError(r).get("message").asText());
    }

    @Test
    public void shouldRefuseToRemoveAPlanRequestsWereMeasuredAgainstAndKeepEverything() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        f.decisions.keep("10001", org.contractsla.core.entitlement.EntitlementDecision.from(List.of(), false,
                "K-gone", "demo", org.contractsla.core.severity.Severity.S3));
        f.decisions.keep("10002", org.contractsla.core.entitlement.EntitlementDecision.from(List.of(), false,
                "K-gone", "demo", org.contractsla.core.severity.Severity.S2));
        String before = f.state();
        Response r = f.plans().delete("demo", RestFixture.json());
        assertEquals(409, r.getStatus());
        assertEquals("rest.error.plan.needed", firstError(r).get("key").asText());
        assertTrue(firstError(r).get("message").asText(), firstError(r).get("message").asText()
                .startsWith("Plan \"demo\" cannot be removed: SLA clocks are measured against its goals (2 requests "
                        + "decided under it, no change of contract to or from it)."));
        String exported = (String) f.config().export().getEntity();
        Response withoutDemo = f.config().importDocument(RestFixture.json(), RestFixture.in(exported
                .replaceFirst("\\{\\s*\"id\"\\s*:\\s*\"demo\"", "{\"id\": \"demo-renamed\"")));
        assertEquals("an import cannot remove it either", 409, withoutDemo.getStatus());
        assertEquals(before, f.state());

        f.decisions.remove("10001");
        f.decisions.remove("10002");
        f.planChanges.append(new org.contractsla.core.contract.PlanChange("10003", java.time.Instant.parse(
                "2026-05-05T10:00:00Z"), "standard", "demo"));
        Response changed = f.plans().delete("demo", RestFixture.json());
        assertEquals("a request once put under it needs it too", 409, changed.getStatus());
        assertTrue(firstError(changed).get("message").asText().contains("(no request decided under it, one change"));
    }

    @Test
    public void shouldNameTheFieldOfABadContract() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Response unknownPlan = f.contracts().create(RestFixture.json(),
                RestFixture.in("{\"customerNumber\":\"K-9\",\"organization\":\"nordlicht\",\"plan\":\"gold\",\"start\":\"2026-01-01\"}"));
        assertEquals(400, unknownPlan.getStatus());
        assertEquals("plan", firstError(unknownPlan).get("field").asText());
        Response taken = f.contracts().create(RestFixture.json(),
                RestFixture.in("{\"customerNumber\":\"PL-2207\",\"organization\":\"wisla\",\"plan\":\"basic\",\"start\":\"2026-01-01\"}"));
        assertEquals(409, taken.getStatus());
        Response badLimit = f.as(RestFixture.AGENT).contracts().search(null, "0", "0");
        assertEquals(400, badLimit.getStatus());
        assertEquals("limit", firstError(badLimit).get("field").asText());
    }

    @Test
    public void shouldPageAndSearchContracts() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        JsonNode page = RestFixture.body(f.contracts().search("nordlicht", "1", "1"));
        assertEquals(2, page.get("total").asInt());
        assertEquals("K-10042-EC", page.get("items").get(0).get("customerNumber").asText());
    }

    @Test
    public void shouldSimulateTheShippedTimelines() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        String body = "{\"timeline\":" + RestFixture.read("examples/timelines.json") + ",\"zone\":\"Europe/Berlin\"}";
        JsonNode sup1 = RestFixture.body(f.simulate().simulate(RestFixture.json(), RestFixture.in(body))).get("requests").get(0);
        assertEquals("2025-03-08T13:00+01:00", sup1.get("clocks").get("firstResponse").get("due").asText());
    }

    @Test
    public void shouldSimulateClocksThatFollowTheDecisionAsTheCommandLineDoes() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        // the body's contracts; the timeline names "standard" and S1, the contract is on "maintenance" and the
        // request comes from a test system: S3 on maintenance, 12 h on Mon-Fri 09:00-17:00
        String body = "{\"timeline\":{\"requests\":[{\"key\":\"T-1\",\"received\":\"2025-06-02T09:00:00+02:00\","
                + "\"plan\":\"standard\",\"severity\":\"S1\"}]},\"contracts\":"
                + RestFixture.read("examples/contracts.json")
                + ",\"reporter\":\"anna.berg\",\"environment\":\"test\",\"now\":\"2025-06-02T10:00:00+02:00\","
                + "\"zone\":\"Europe/Berlin\"}";
        JsonNode t1 = RestFixture.body(f.simulate().simulate(RestFixture.json(), RestFixture.in(body))).get("requests").get(0);
        assertEquals("maintenance", t1.get("plan").asText());
        assertEquals("S3", t1.get("severity").asText());
        assertEquals("2025-06-03T13:00+02:00", t1.get("clocks").get("firstResponse").get("due").asText());
        assertEquals("request.note.planOfContract", t1.get("notes").get(0).get("key").asText());
    }

    @Test
    public void shouldNameTheTimelineFieldOfAPlanTheStoredPolicyLacks() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        Response r = f.simulate().simulate(RestFixture.json(), RestFixture.in("{\"timeline\":{\"requests\":[{\"key\":\"T-1\","
                + "\"received\":\"2025-06-02T09:00:00+02:00\",\"plan\":\"gold\",\"severity\":\"S1\"}]}}"));
        assertEquals(400, r.getStatus());
        assertEquals("timeline.requests[0].plan", firstError(r).get("field").asText());
        assertEquals("policy.error.plan.unknown", firstError(r).get("key").asText());
    }

    @Test
    public void shouldRefuseASimulationOfMoreRequestsThanItTakes() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i <= RequestBodies.MAX_SIMULATED_REQUESTS; i++) {
            requests.append(i == 0 ? "" : ",").append("{\"key\":\"SUP-").append(i)
                    .append("\",\"received\":\"2025-03-10T09:00:00+01:00\",\"plan\":\"standard\",\"severity\":\"S3\"}");
        }
        Response tooMany = f.simulate().simulate(RestFixture.json(), RestFixture.in("{\"timeline\":{\"requests\":[" + requests + "]}}"));
        assertEquals(400, tooMany.getStatus());
        assertEquals("timeline.requests", firstError(tooMany).get("field").asText());
        assertEquals("rest.error.simulate.tooManyRequests", firstError(tooMany).get("key").asText());
        // one fewer is measured
        String fewer = requests.substring(0, requests.lastIndexOf(",{"));
        Response ok = f.simulate().simulate(RestFixture.json(), RestFixture.in("{\"timeline\":{\"requests\":[" + fewer + "]}}"));
        assertEquals(200, ok.getStatus());
        assertEquals(RequestBodies.MAX_SIMULATED_REQUESTS, RestFixture.body(ok).get("requests").size());
    }

    @Test
    public void shouldCheckAnIssueAsItsReporterAtItsCreation() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        JsonNode d = RestFixture.body(f.entitlement().checkIssue("SUP-1", "phone", "S1", "test", null, null));
        assertEquals("SUP-1", d.get("issue").asText());
        assertEquals("K-10042", d.get("customerNumber").asText());
        assertEquals("S3", d.get("severity").asText()); // the maintenance plan's production gate
        JsonNode answered = RestFixture.body(f.entitlement().checkIssue("SUP-1", "portal", "S1", "production", "true",
                "false"));
        JsonNode unanswered = RestFixture.body(f.entitlement().checkIssue("SUP-1", "portal", "S1", "production", null,
                null));
        org.junit.Assert.assertNotEquals(unanswered.toString(), answered.toString());
        assertTrue(unanswered.toString(), unanswered.toString().contains("s1Checklist"));
        assertEquals("operationImpossibleWithoutFix", firstError(f.entitlement().checkIssue("SUP-1", null, "S1", null,
                "maybe", "false")).get("field").asText());
        assertEquals(404, f.entitlement().checkIssue("SUP-404", null, null, null, null, null).getStatus());
        Response badChannel = f.entitlement().checkIssue("SUP-1", "fax", null, null, null, null);
        assertEquals(400, badChannel.getStatus());
        assertEquals("channel", firstError(badChannel).get("field").asText());
    }

    @Test
    public void shouldShowACustomerNoContractOfAnOrganizationWhoseNameOnlyLooksLikeTheirs() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        // another organization, named as Nordlicht is but shouting, with a contract of its own
        assertEquals(200, f.organizations().put("nordlicht-2", RestFixture.json(),
                RestFixture.in("{\"name\":\"NORDLICHT LOGISTIK GMBH \"}")).getStatus());
        assertEquals(201, f.contracts().create(RestFixture.json(), RestFixture.in("{\"customerNumber\":\"X-1\","
                + "\"organization\":\"nordlicht-2\",\"plan\":\"basic\",\"start\":\"2025-01-01\","
                + "\"contacts\":[\"mallory\"]}")).getStatus());
        JsonNode anna = RestFixture.body(f.as(RestFixture.CUSTOMER).customerContracts().mine()).get("contracts");
        List<String> numbers = new java.util.ArrayList<>();
        anna.forEach(c -> numbers.add(c.get("customerNumber").asText()));
        assertEquals(List.of("K-10042", "K-10042-EC"), numbers);
        assertEquals("Nordlicht Logistik GmbH", anna.get(0).get("organization").asText());
        // and the other way round: the shouting organization's contact sees its own contract, no Nordlicht one
        JsonNode mallory = RestFixture.body(f.as(RestFixture.STRANGER).customerContracts().mine()).get("contracts");
        assertEquals(1, mallory.size());
        assertEquals("X-1", mallory.get(0).get("customerNumber").asText());
    }

    @Test
    public void shouldKeepOrganizationsThatContractsBelongTo() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        Response orphan = f.contracts().create(RestFixture.json(), RestFixture.in("{\"customerNumber\":\"X-2\","
                + "\"organization\":\"nowhere\",\"plan\":\"basic\",\"start\":\"2025-01-01\"}"));
        assertEquals(400, orphan.getStatus());
        assertEquals("organization", firstError(orphan).get("field").asText());
        assertEquals("contract.error.organization.unknown", firstError(orphan).get("key").asText());
        Response inUse = f.organizations().delete("nordlicht", RestFixture.json());
        assertEquals(409, inUse.getStatus());
        assertEquals("Organization \"nordlicht\" cannot be removed: 2 contracts belong to it.",
                firstError(inUse).get("message").asText());
        JsonNode list = RestFixture.body(f.organizations().list()).get("items");
        assertEquals("fjallvind", list.get(0).get("id").asText());
        assertEquals(2, list.get(1).get("contracts").asInt());
        Response renamed = f.organizations().put("wisla", RestFixture.json(),
                RestFixture.in("{\"id\":\"wisla\",\"name\":\"Wis\u0142a Cloud\",\"serviceDeskId\":12}"));
        assertEquals(12, RestFixture.body(renamed).get("serviceDeskId").asInt());
        assertEquals("wisla", f.contracts.byCustomerNumber("PL-2207").get().organizationId());
        Response mismatch = f.organizations().put("wisla", RestFixture.json(), RestFixture.in("{\"id\":\"other\",\"name\":\"X\"}"));
        assertEquals("id", firstError(mismatch).get("field").asText());
        assertEquals(404, f.organizations().get("nowhere").getStatus());
        assertEquals(204, f.contracts().delete("PL-2207", RestFixture.json()).getStatus());
        assertEquals(204, f.organizations().delete("wisla", RestFixture.json()).getStatus());
        assertEquals(404, f.organizations().delete("wisla", RestFixture.json()).getStatus());
    }

    @Test
    public void shouldGiveBackTheUnitsOfADeletedContract() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        QuotaWindow june = QuotaWindow.of(java.time.LocalDate.of(2025, 6, 1), java.time.LocalDate.of(2025, 7, 1));
        f.ledger.claim("PL-2207", "10001", java.time.LocalDate.of(2025, 6, 2), june, 5);
        f.ledger.claim("K-10042", "10002", java.time.LocalDate.of(2025, 6, 2), june, 5);
        assertEquals(204, f.contracts().delete("PL-2207", RestFixture.json()).getStatus());
        assertEquals(0, f.ledger.used("PL-2207", june));
        assertEquals(1, f.ledger.used("K-10042", june));
    }

    @Test
    public void shouldReconcileOnDemandAndSayWhenAnotherRunIsGoing() {
        RestFixture f = new RestFixture().as(Caller.user("admin", null, true, false, Locale.GERMAN));
        JsonNode report = RestFixture.body(f.quota().reconcile(RestFixture.json()));
        assertTrue(report.get("adopted").asBoolean());
        assertEquals(0, report.get("booked").get("count").asInt());
        f.reconciliation = java.util.Optional::empty;
        Response busy = f.quota().reconcile(RestFixture.json());
        assertEquals(409, busy.getStatus());
        assertEquals("Auf diesem oder einem anderen Knoten l\u00e4uft bereits ein Abgleich der Kontingente. Bitte "
                + "versuchen Sie es erneut, sobald er beendet ist.", firstError(busy).get("message").asText());
    }

    @Test
    public void shouldTellTheAdminWhatAnOlderStoredConfigurationNeededInTheirLanguage() {
        RestFixture f = new RestFixture().as(Caller.user("admin", null, true, false, Locale.GERMAN));
        org.contractsla.core.policy.PolicyStore stored = (org.contractsla.core.policy.PolicyStore)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.contractsla.core.policy.PolicyStore.class}, (proxy, method, args) ->
                                method.getName().equals("notes") ? List.of(new org.contractsla.core.policy.PolicyStore.Note(
                                        "plans[0].goals.firstResponse.S1.duration", "config.error.duration.minutes",
                                        List.of("PT30M30S"), false))
                                        : method.invoke(f.policies, args));
        JsonNode notes = RestFixture.body(new ConfigResource(() -> f.caller, stored, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS,
                (incoming, current) -> incoming, Audit.NONE).notes()).get("notes");
        assertEquals(1, notes.size());
        assertEquals(false, notes.get(0).get("leftOut").asBoolean());
        String message = notes.get(0).get("message").asText();
        assertTrue(message, message.startsWith("plans[0].goals.firstResponse.S1.duration: so nah am gespeicherten "
                + "Wert gelesen, wie es die heutigen Regeln erlauben. Heute wird der gespeicherte Wert abgelehnt: "));
        assertTrue(message, message.contains("PT30M30S"));
        assertEquals(0, RestFixture.body(f.config().notes()).get("notes").size());
    }

    @Test
    public void shouldDeleteAContractEvenWhenItsUnitsCannotBeGivenBackNow() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        org.contractsla.core.contract.QuotaLedger failing = (org.contractsla.core.contract.QuotaLedger)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.contractsla.core.contract.QuotaLedger.class}, (proxy, method, args) -> {
                            throw new org.contractsla.core.StorageUnavailableException("ledger down", null);
                        });
        Response r = new ContractsResource(() -> f.caller, f.contracts, f.policies, RestFixture.HOLIDAYS, f.matching(),
                failing, f.audit).delete("PL-2207", RestFixture.json());
        assertEquals(204, r.getStatus()); // the reconciliation gives the units back
        assertTrue(f.contracts.byCustomerNumber("PL-2207").isEmpty());
    }

    @Test
    public void shouldRefuseEditsThatWouldLoseWhatAnOlderStoredConfigurationLeftOut() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        org.contractsla.core.policy.PolicyStore partial = (org.contractsla.core.policy.PolicyStore)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.contractsla.core.policy.PolicyStore.class}, (proxy, method, args) ->
                                method.getName().equals("notes") ? List.of(new org.contractsla.core.policy.PolicyStore.Note(
                                        "calendars[0]", "calendar.error.interval.tooMany", List.of("x", 13, 12), true))
                                        : method.invoke(f.policies, args));
        String before = f.state();
        Response edit = new PlansResource(() -> f.caller, partial, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS, f.audit)
                .delete("demo", RestFixture.json());
        assertEquals(409, edit.getStatus());
        assertEquals("rest.error.config.needsImport", firstError(edit).get("key").asText());
        assertEquals(before, f.state());
        // an import replaces it
        assertEquals(200, new ConfigResource(() -> f.caller, partial, f.contracts, f.decisions, f.planChanges, RestFixture.HOLIDAYS,
                (incoming, current) -> incoming, f.audit).importDocument(RestFixture.json(),
                        RestFixture.in(RestFixture.read("examples/presets.json"))).getStatus());
    }
}
