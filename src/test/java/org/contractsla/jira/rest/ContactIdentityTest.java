package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Response;
import org.contractsla.core.contract.Accounts.Account;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.policy.QuotaPeriod;
import org.junit.Test;

/**
 * Customers are told apart by user key: an e-mail address on a contract authorizes only the one account of a
 * trusted directory it was matched to.
 */
public class ContactIdentityTest {

    /** PL-2207 names ops@wisla.example; two accounts of the trusted directory claim that address */
    private RestFixture victimWithTwoImpostors() {
        RestFixture f = new RestFixture().trusting(1L);
        f.accounts.put(new Account("JIRAUSER20001", 1, "ops@wisla.example"));
        f.accounts.put(new Account("JIRAUSER20002", 1, "OPS@wisla.example"));
        Response saved = f.as(RestFixture.ADMIN).contracts().replace("PL-2207", RestFixture.json(), RestFixture.in(
                "{\"customerNumber\":\"PL-2207\",\"organization\":\"wisla\",\"plan\":\"basic\","
                        + "\"start\":\"2025-02-01\",\"contacts\":[\"ops@wisla.example\"]}"));
        assertEquals(200, saved.getStatus());
        return f;
    }

    private static Caller customer(String key) {
        return Caller.user(key, "ops@wisla.example", false, false, Locale.ENGLISH);
    }

    @Test
    public void shouldShowNeitherAccountSharingTheVictimsAddressItsContracts() {
        RestFixture f = victimWithTwoImpostors();
        for (String key : List.of("JIRAUSER20001", "JIRAUSER20002")) {
            f.as(customer(key));
            JsonNode mine = RestFixture.body(f.customerContracts().mine());
            assertEquals(key, 0, mine.get("contracts").size());
            JsonNode asked = RestFixture.body(f.entitlement().check(RestFixture.json(),
                    RestFixture.in("{\"customerNumber\":\"PL-2207\"}")));
            assertEquals(key, "entitlement.contract.notYours", asked.get("reasons").get(0).get("key").asText());
            JsonNode own = RestFixture.body(f.entitlement().check(RestFixture.json(), RestFixture.in("{}")));
            assertEquals(key, "entitlement.contract.none", own.get("reasons").get(0).get("key").asText());
        }
        // the stored contract still names the address, matched to no one
        assertTrue(f.contracts.byCustomerNumber("PL-2207").get().contacts().iterator().next().pending());
    }

    @Test
    public void shouldBookNoUnitOfTheVictimsQuotaForEitherImpostor() {
        RestFixture f = victimWithTwoImpostors();
        CountingRequests counting = new CountingRequests(f.policies::current, f.contracts, f.ledger,
                new org.contractsla.core.entitlement.InMemoryRequestDecisions());
        counting.opened("30001", "SUP", "JIRAUSER20001", Instant.parse("2025-06-02T08:00:00Z"));
        counting.opened("30002", "SUP", "JIRAUSER20002", Instant.parse("2025-06-02T08:00:00Z"));
        assertFalse(f.ledger.holdsAny("30001"));
        assertFalse(f.ledger.holdsAny("30002"));
        org.contractsla.core.contract.Contract victim = f.contracts.byCustomerNumber("PL-2207").get();
        assertEquals(0, f.ledger.used("PL-2207", f.policies.current().plan("basic").get().quota().period()
                .orElse(QuotaPeriod.MONTH).windowOf(java.time.LocalDate.of(2025, 6, 2), victim.start(), victim.end())));
    }

    @Test
    public void shouldReportTheSharedAddressToTheAdminInTheirLanguage() {
        RestFixture f = victimWithTwoImpostors();
        f.as(Caller.user("admin", null, true, false, Locale.GERMAN));
        JsonNode review = RestFixture.body(f.contacts().review(RestFixture.json()));
        JsonNode shared = null;
        for (JsonNode n : review.get("attention")) {
            if (n.get("customerNumber").asText().equals("PL-2207")) {
                shared = n;
            }
        }
        assertEquals("shared", shared.get("problem").asText());
        assertEquals(2, shared.get("accounts").asInt());
        assertEquals("2 Konten vertrauensw\u00fcrdiger Verzeichnisse teilen sich diese Adresse, daher berechtigt sie "
                + "keines davon. Geben Sie das richtige Konto mit seinem Benutzerschl\u00fcssel an.",
                shared.get("message").asText());
        // customers and agents may not review
        assertEquals(403, f.as(RestFixture.AGENT).contacts().review(RestFixture.json()).getStatus());
    }

    @Test
    public void shouldLetTheOneTrustedOwnerInWhenTheAddressIsTheirsAlone() {
        RestFixture f = new RestFixture().trusting(1L);
        f.accounts.put(new Account("JIRAUSER20001", 1, "ops@wisla.example"));
        f.accounts.put(new Account("JIRAUSER20009", 2, "ops@wisla.example")); // an untrusted sign-up directory
        // PL-2207 was stored before the account existed: its owner is matched when they first appear
        f.as(customer("JIRAUSER20009"));
        assertEquals(0, RestFixture.body(f.customerContracts().mine()).get("contracts").size());
        f.as(customer("JIRAUSER20001"));
        JsonNode mine = RestFixture.body(f.customerContracts().mine());
        assertEquals("PL-2207", mine.get("contracts").get(0).get("customerNumber").asText());
        assertTrue(f.contracts.byCustomerNumber("PL-2207").get().authorizes("JIRAUSER20001"));
        assertFalse(f.contracts.byCustomerNumber("PL-2207").get().authorizes("JIRAUSER20009"));
    }
}
