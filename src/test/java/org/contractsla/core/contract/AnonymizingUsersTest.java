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
    private final org.contractsla.core.severity.InMemorySeverityChanges severities =
            new org.contractsla.core.severity.InMemorySeverityChanges();
    private final AnonymizingUsers anonymizing = new AnonymizingUsers(contracts, ledger, severities);

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
        java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
        severities.append(new org.contractsla.core.severity.SeverityChange("10001", at, "anna", null,
                org.contractsla.core.severity.Severity.S3, null, List.of()));
        severities.append(new org.contractsla.core.severity.SeverityChange("10002", at, "lars", null,
                org.contractsla.core.severity.Severity.S2, null, List.of()));
        assertEquals(List.of("K-1", "K-2"), anonymizing.contractsNaming("anna"));
        assertEquals(4, anonymizing.changeKey("anna", "JIRAUSER10500"));
        assertEquals("JIRAUSER10500", severities.byRequest("10001").get(0).userKey());
        assertEquals("lars", severities.byRequest("10002").get(0).userKey());
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

    @Test
    public void shouldKeepAUserWhoseOldKeyIsAnAddressAndFollowThemEvenWhenTheNewKeyIsAContactAlready() {
        // keys of accounts from before Jira 8.4 are their user names, often addresses
        contracts.add(Contract.builder("K-4", "acme", "basic", LocalDate.of(2026, 1, 1))
                .contact(Contact.ofUserKey("mia@acme.example")).contact(Contact.resolved("mia@other.example",
                        "mia@acme.example")).contact(Contact.ofUserKey("JIRAUSER10600")).build());
        ledger.recordCheck("10004", "mia@acme.example");
        assertTrue(contracts.byCustomerNumber("K-4").get().authorizes("mia@acme.example"));
        assertEquals(1, anonymizing.forgetAddresses("mia@acme.example")); // the matched address goes
        Contract k4 = contracts.byCustomerNumber("K-4").get();
        assertTrue(k4.authorizes("mia@acme.example"));
        assertFalse(k4.contacts().stream().anyMatch(Contact::isEmail));
        // and it survives the JSON the store writes
        org.contractsla.config.ContractJson json = new org.contractsla.config.ContractJson();
        assertEquals(k4, json.read(json.write(k4), ""));
        // the new key is a contact already: the user is named once, and the quota check follows all the same
        assertEquals(2, anonymizing.changeKey("mia@acme.example", "JIRAUSER10600"));
        assertEquals(1, contracts.byCustomerNumber("K-4").get().contacts().size());
        assertEquals("JIRAUSER10600", ledger.check("10004").get().reporterKey());
    }
}
