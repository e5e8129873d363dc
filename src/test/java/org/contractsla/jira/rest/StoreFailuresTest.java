package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.junit.Test;

/** A store that fails answers the caller in their language, and changes nothing. */
public class StoreFailuresTest {

    @Test
    public void shouldAnswerAFailingDatabaseWithTryAgainAndChangeNothing() {
        RestFixture f = new RestFixture().as(Caller.user("admin", null, true, false, Locale.GERMAN));
        org.contractsla.jira.store.ao.FailingStores.Database db = org.contractsla.jira.store.ao.FailingStores.database();
        Contracts stored = db.contracts();
        stored.replaceAll(f.contracts.organizations(), f.contracts.search("", 0, 100).items());
        db.failAfterRows(1); // the contract row is written, its first contact is not
        Response r = f.contracts(() -> f.caller, stored).create(
                RestFixture.json(), RestFixture.in("{\"customerNumber\":\"K-77\",\"organization\":\"wisla\","
                        + "\"plan\":\"basic\",\"start\":\"2026-01-01\",\"contacts\":[\"a\",\"b\"]}"));
        assertEquals(503, r.getStatus());
        assertEquals(Endpoint.STORE_RETRY_AFTER_SECONDS, r.getHeaders().getFirst("Retry-After"));
        assertEquals("rest.error.store.unavailable", RestResourcesTest.firstError(r).get("key").asText());
        assertEquals("Die Daten konnten gerade nicht gelesen oder gespeichert werden; es wurde nichts ge\u00e4ndert. "
                + "Bitte versuchen Sie es in einigen Sekunden erneut.",
                RestResourcesTest.firstError(r).get("message").asText());
        assertEquals(List.of(), stored.byContact("a"));
        assertEquals(4, stored.search("", 0, 100).total());
    }

    @Test
    public void shouldAnswerAStoreThatFailsWhileTheCallerIsFoundOut() {
        // finding out who calls reads the configuration (support projects): that store can fail too
        Callers failing = () -> {
            throw new org.contractsla.core.StorageUnavailableException("configuration not read", null);
        };
        Response r = new RestFixture().contracts(failing, new RestFixture().contracts).get("K-10042");
        assertEquals(503, r.getStatus());
        assertEquals("rest.error.store.unavailable", RestResourcesTest.firstError(r).get("key").asText());
    }

    @Test
    public void shouldAnswerAFaultOfOursInJsonNeverWithABare500() {
        RestFixture f = new RestFixture().as(RestFixture.AGENT);
        Contracts broken = (Contracts) java.lang.reflect.Proxy.newProxyInstance(Contracts.class.getClassLoader(),
                new Class<?>[] {Contracts.class}, (proxy, method, args) -> {
                    throw new NullPointerException("a bug");
                });
        Response r = f.contracts(() -> f.caller, broken).get("K-10042");
        assertEquals(500, r.getStatus());
        assertEquals("rest.error.internal", RestResourcesTest.firstError(r).get("key").asText());
    }
}
