package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class AnonymizingUsersTest {

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final AnonymizingUsers anonymizing = new AnonymizingUsers(contracts, ledger);

    @Before
    public void setUp() {
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("anna", "lars"))
                .build());
        contracts.add(Contract.builder("K-2", "acme", "basic", LocalDate.of(2026, 1, 1))
                .contact(Contact.resolved("anna.berg@acme.example", "anna")).build());
        contracts.add(Contract.builder("K-3", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of("lars"))
                .build());
        ledger.recordCheck("10001", "anna");
        ledger.recordCheck("10002", "lars");
    }

    @Test
    public void shouldFollowTheUserToTheirNewKeyEverywhere() {
        assertEquals(List.of("K-1", "K-2"), anonymizing.contractsNaming("anna"));
        assertEquals(3, anonymizing.changeKey("anna", "JIRAUSER10500"));
        assertEquals(List.of(), contracts.byContact("anna"));
        assertEquals(List.of("K-1", "K-2"), anonymizing.contractsNaming("JIRAUSER10500"));
        assertEquals("JIRAUSER10500", ledger.check("10001").get().reporterKey());
        assertEquals("lars", ledger.check("10002").get().reporterKey());
        assertTrue(contracts.byCustomerNumber("K-1").get().authorizes("lars"));
    }

    @Test
    public void shouldForgetTheAddressesMatchedToAnAnonymizedUserButKeepTheirAuthorization() {
        assertEquals(1, anonymizing.forgetAddresses("anna"));
        Contract k2 = contracts.byCustomerNumber("K-2").get();
        assertFalse(k2.contacts().stream().anyMatch(Contact::isEmail));
        assertTrue(k2.authorizes("anna"));
        assertFalse(k2.toString().contains("anna.berg@acme.example"));
        assertEquals(0, anonymizing.forgetAddresses("anna")); // nothing left to forget
        assertEquals(0, anonymizing.forgetAddresses("lars"));
    }
}
