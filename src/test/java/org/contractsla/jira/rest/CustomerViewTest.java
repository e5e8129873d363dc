package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javax.ws.rs.core.Response;
import org.junit.Test;

/**
 * What a customer learns from every endpoint that names a customer number, an organization or an issue: for a
 * contact of one organization and for a user no contract names, a number (or id, or key) of another organization
 * that exists is answered exactly as one that does not, body and status alike.
 */
public class CustomerViewTest {

    /** a contact of Nordlicht (K-10042); a user no contract names */
    private static final List<Caller> CUSTOMERS = List.of(RestFixture.CUSTOMER, RestFixture.STRANGER,
            Caller.user("anna.berg", null, false, false, Locale.GERMAN));

    /** each endpoint with a reference to something: another organization's that exists, and one that does not */
    private record Probe(String name, BiFunction<RestFixture, String, Response> call, String existing,
            String missing) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("GET /contracts/{n}", (f, n) -> f.contracts().get(n), "PL-2207", "NO-SUCH-1"),
            new Probe("PUT /contracts/{n}", (f, n) -> f.contracts().replace(n, RestFixture.json(), RestFixture.in(
                    "{\"customerNumber\":\"" + n + "\",\"organization\":\"wisla\",\"plan\":\"basic\","
                            + "\"start\":\"2025-01-01\"}")), "PL-2207", "NO-SUCH-1"),
            new Probe("DELETE /contracts/{n}", (f, n) -> f.contracts().delete(n, RestFixture.json()), "PL-2207",
                    "NO-SUCH-1"),
            new Probe("GET /contracts?q=", (f, n) -> f.contracts().search(n, null, null), "PL-2207", "NO-SUCH-1"),
            new Probe("GET /organizations/{id}", (f, n) -> f.organizations().get(n), "wisla", "no-such-org"),
            new Probe("DELETE /organizations/{id}", (f, n) -> f.organizations().delete(n, RestFixture.json()),
                    "wisla", "no-such-org"),
            new Probe("POST /entitlement/check", (f, n) -> f.entitlement().check(RestFixture.json(),
                    RestFixture.in("{\"customerNumber\":\"" + n + "\",\"severity\":\"S2\"}")), "PL-2207", "NO-SUCH-1"),
            new Probe("POST /entitlement/check, emergency pack", (f, n) -> f.entitlement().check(RestFixture.json(),
                    RestFixture.in("{\"customerNumber\":\"" + n + "\",\"channel\":\"phone\",\"severity\":\"S1\"}")),
                    "K-10042-EC", "NO-SUCH-EC"));

    @Test
    public void shouldAnswerAnotherOrganizationsReferenceExactlyAsOneThatDoesNotExist() {
        List<String> told = new ArrayList<>();
        for (Caller customer : CUSTOMERS) {
            for (Probe probe : PROBES) {
                if (probe.existing().startsWith("K-10042") && customer.userKey().get().equals("anna.berg")) {
                    continue; // her own organization's: she may know it exists
                }
                Response existing = probe.call().apply(new RestFixture().as(customer), probe.existing());
                Response missing = probe.call().apply(new RestFixture().as(customer), probe.missing());
                String a = existing.getStatus() + " " + RestFixture.body(existing).toString()
                        .replace(probe.existing(), "#");
                String b = missing.getStatus() + " " + RestFixture.body(missing).toString()
                        .replace(probe.missing(), "#");
                if (!a.equals(b)) {
                    told.add(probe.name() + " as " + customer.userKey().get() + " (" + customer.locale() + "): "
                            + a + "  versus  " + b);
                }
            }
        }
        assertEquals(List.of(), told);
    }

    @Test
    public void shouldShowACustomerOnlyTheirOwnOrganizationsContracts() {
        RestFixture f = new RestFixture().as(RestFixture.CUSTOMER);
        List<String> numbers = new ArrayList<>();
        RestFixture.body(f.customerContracts().mine()).get("contracts")
                .forEach(c -> numbers.add(c.get("customerNumber").asText()));
        assertEquals(List.of("K-10042", "K-10042-EC"), numbers);
        assertEquals(0, RestFixture.body(new RestFixture().as(RestFixture.STRANGER).customerContracts().mine())
                .get("contracts").size());
    }
}
