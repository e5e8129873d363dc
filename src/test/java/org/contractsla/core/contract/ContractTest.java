package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.contractsla.core.DomainException;
import org.junit.Test;

/** A contract's term, its copies and its contacts at their limits. */
public class ContractTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static Contract.Builder acme() {
        return Contract.builder("K-1", "acme", "basic", START).termMonths(12).licenceId("L-1").licenceId("L-2")
                .contacts(List.of("jdoe", "ops@acme.example")).notes("two sites");
    }

    @Test
    public void shouldBeInForceFromItsFirstDayToItsLastWhileActive() {
        Contract c = acme().build();
        assertEquals(LocalDate.of(2027, 1, 1), c.end());
        assertFalse(c.inForceOn(START.minusDays(1)));
        assertTrue(c.inForceOn(START));
        assertTrue(c.inForceOn(c.end().minusDays(1)));
        assertFalse(c.inForceOn(c.end()));
        assertFalse(acme().status(ContractStatus.SUSPENDED).build().inForceOn(START.plusDays(10)));
    }

    @Test
    public void shouldKeepEverythingWhenACopyChangesOneContact() {
        Contract c = acme().build();
        Contract matched = c.withContact(Contact.resolved("ops@acme.example", "JIRAUSER1"));
        assertEquals(List.of("L-1", "L-2"), matched.licenceIds());
        assertEquals("two sites", matched.notes());
        assertEquals(c.end(), matched.end());
        assertNotEquals(c, matched);
        assertEquals(c, c.toBuilder().build());
        assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
        assertTrue(c.toString().contains("K-1"));
    }

    @Test
    public void shouldNameAUserOnceWhenTheirAddressIsForgotten() {
        Contract both = Contract.builder("K-2", "acme", "basic", START).contact(Contact.ofUserKey("anna"))
                .contact(Contact.resolved("anna@acme.example", "anna")).build();
        Contract forgotten = both.withoutAddressesOf("anna");
        assertEquals(List.of(Contact.ofUserKey("anna")), List.copyOf(forgotten.contacts()));
        Contract onlyAddress = Contract.builder("K-3", "acme", "basic", START)
                .contact(Contact.resolved("anna@acme.example", "anna")).build();
        assertEquals(List.of(Contact.ofUserKey("anna")), List.copyOf(onlyAddress.withoutAddressesOf("anna").contacts()));
    }

    @Test
    public void shouldTakeContactsUpTo255CharactersAndNoMore() {
        assertEquals(255, Contact.parse("k".repeat(255)).value().length());
        assertEquals(255, Contact.ofUserKey("k".repeat(255)).value().length());
        String address = "a".repeat(255 - "@b.example".length()) + "@b.example";
        assertEquals(255, Contact.parse(address).value().length());
        for (String tooLong : List.of("k".repeat(256), "a" + address)) {
            try {
                Contact.parse(tooLong);
                fail("took " + tooLong.length());
            } catch (DomainException e) {
                assertEquals("contract.error.contact.length", e.key());
            }
        }
        assertEquals(Contact.parse("Ops@Acme.example"), Contact.parse("ops@acme.example"));
        assertNotEquals(Contact.parse("ops@acme.example"), Contact.resolved("ops@acme.example", "k"));
        assertNotEquals(Contact.ofUserKey("ops@acme.example"), Contact.parse("ops@acme.example"));
        assertEquals("ops@acme.example (k)", Contact.resolved("ops@acme.example", "k").toString());
        assertEquals(Contact.resolved("ops@acme.example", "k").hashCode(), Contact.resolved("OPS@acme.example", "k").hashCode());
    }

    @Test
    public void shouldOrderAUserKeyBeforeTheSameTextAsAnAddress() {
        Contact key = Contact.ofUserKey("jdoe@example.com");
        Contact address = Contact.parse("jdoe@example.com");
        assertTrue(key.compareTo(address) < 0);
        assertTrue(address.compareTo(key) > 0);
        assertEquals(0, key.compareTo(Contact.ofUserKey("jdoe@example.com")));
    }

    @Test
    public void shouldKeepTheOffsetOfAPage() {
        assertEquals(20, Page.ofSlice(List.of("u", "v"), 20, 22).offset());
        assertEquals(1, Page.of(List.of("a", "b", "c"), 1, 1).offset());
    }

    @Test
    public void shouldRefuseTheSameContactTwice() {
        try {
            Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contact(Contact.ofUserKey("jdoe"))
                    .contact(Contact.ofUserKey("jdoe"));
            fail("the same contact twice");
        } catch (DomainException e) {
            assertEquals("contract.error.contact.duplicate", e.key());
        }
    }
}
