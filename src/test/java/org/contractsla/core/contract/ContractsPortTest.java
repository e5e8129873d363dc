package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.HolidayRegion;
import org.junit.Before;
import org.junit.Test;

/** What every {@link Contracts} must do; run against each implementation. */
public abstract class ContractsPortTest {

    protected Contracts contracts;

    /** @return an empty store */
    protected abstract Contracts create();

    static final Organization ACME_ORG = Organization.of("acme", "Acme GmbH");
    /** a name that differs from Acme's only in case and spacing: another organization all the same */
    static final Organization ACME_SHOUTING = Organization.of("acme-2", "ACME GMBH ");
    static final Organization BETA_ORG = Organization.of("beta", "Beta AB").linkedTo(7L);

    static final Contract ACME = Contract.builder("K-1", "acme", "standard", LocalDate.of(2026, 1, 1))
            .contacts(List.of("jdoe", "Ops@Acme.example")).licenceId("ACME-PROD").zone(ZoneId.of("Europe/Berlin"))
            .holidayRegion(HolidayRegion.of("DE", "by")).notes("two sites").build();
    static final Contract ACME_EC = Contract.builder("K-1-EC", "acme", "emergency-call", LocalDate.of(2026, 3, 1))
            .contacts(List.of("jdoe")).build();
    static final Contract BETA = Contract.builder("B-7", "beta", "basic", LocalDate.of(2025, 6, 1))
            .contacts(List.of("lars@beta.example")).build();
    static final Contract SHOUTING = Contract.builder("S-1", "acme-2", "basic", LocalDate.of(2026, 1, 1))
            .contacts(List.of("mallory")).build();

    @Before
    public void setUp() {
        contracts = create();
        contracts.putOrganization(ACME_ORG);
        contracts.putOrganization(BETA_ORG);
        contracts.add(ACME);
        contracts.add(ACME_EC);
        contracts.add(BETA);
    }

    @Test
    public void shouldGiveBackWhatWasStored() {
        assertEquals(ACME, contracts.byCustomerNumber("K-1").get());
        assertTrue(contracts.byCustomerNumber("K-404").isEmpty());
    }

    @Test
    public void shouldRefuseATakenCustomerNumberAndKeepTheFirst() {
        try {
            contracts.add(Contract.builder("K-1", "beta", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("added twice");
        } catch (DomainException e) {
            assertEquals("contract.error.customerNumber.taken", e.key());
        }
        assertEquals(ACME, contracts.byCustomerNumber("K-1").get());
    }

    @Test
    public void shouldFindContractsByContactInAnyCase() {
        assertEquals(List.of(ACME, ACME_EC), contracts.byContact("jdoe"));
        assertEquals(List.of(), contracts.byContact("ops@acme.example")); // an address is no user key
        assertEquals(List.of(), contracts.byContact("nobody"));
        assertEquals(List.of(), contracts.byContact(null));
    }

    @Test
    public void shouldFindAContractByTheKeyItsAddressWasMatchedToAndKeepTheFirstMatch() {
        assertEquals(List.of(ACME), contracts.awaiting("OPS@acme.example"));
        assertEquals(List.of(), contracts.awaiting("jdoe"));
        assertTrue(contracts.resolveContact("K-1", "ops@acme.example", "JIRAUSER10300"));
        Contract matched = contracts.byCustomerNumber("K-1").get();
        assertEquals(ACME.withContact(Contact.resolved("ops@acme.example", "JIRAUSER10300")), matched);
        assertEquals(List.of(matched), contracts.byContact("JIRAUSER10300"));
        assertEquals(List.of(), contracts.awaiting("ops@acme.example"));
        assertFalse(contracts.resolveContact("K-1", "ops@acme.example", "JIRAUSER666")); // matched already
        assertEquals(List.of(), contracts.byContact("JIRAUSER666"));
        assertFalse(contracts.resolveContact("K-404", "ops@acme.example", "JIRAUSER10300"));
        contracts.replace(matched.toBuilder().notes("kept").build()); // the match goes with the contract
        assertEquals(List.of("kept"), contracts.byContact("JIRAUSER10300").stream().map(Contract::notes).toList());
        contracts.replace(ACME); // the admin saved the contract with the plain address again
        assertEquals(List.of(), contracts.byContact("JIRAUSER10300"));
    }

    @Test
    public void shouldUpdateAContractInOneStepAndKeepItsContactRows() {
        assertTrue(contracts.update("K-1", c -> c.withContact(Contact.resolved("ops@acme.example", "JIRAUSER10300"))));
        assertEquals(List.of("K-1"), contracts.byContact("JIRAUSER10300").stream().map(Contract::customerNumber).toList());
        assertFalse(contracts.update("K-404", c -> c));
        try {
            contracts.update("K-1", c -> Contract.builder("K-9", "acme", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("changed the customer number");
        } catch (IllegalArgumentException expected) { // a fault of the caller's, not the store's: nothing written
            assertTrue(contracts.byCustomerNumber("K-9").isEmpty());
        }
        assertTrue(contracts.byCustomerNumber("K-1").isPresent());
        try {
            contracts.update("K-1", c -> Contract.builder("K-1", "nobody", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("moved to an organization that does not exist");
        } catch (DomainException e) {
            assertEquals("contract.error.organization.unknown", e.key());
        }
        assertEquals("acme", contracts.byCustomerNumber("K-1").get().organizationId());
    }

    @Test
    public void shouldKeepAndFindNamesOfTheLongestLengthEvenWhereLowerCaseIsLonger() {
        String name = "\u0130".repeat(255); // capital I with dot: its lower case is two characters
        contracts.putOrganization(Organization.of("long", name));
        Contract c = Contract.builder("L-1", "long", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of(name)).build();
        contracts.add(c);
        assertEquals(name, contracts.organization("long").get().name());
        assertEquals(List.of(c), contracts.byOrganization("long"));
        assertEquals(List.of(c), contracts.byContact(name));
        assertEquals(c, contracts.byCustomerNumber("L-1").get());
        try { // an address is kept in lower case, which must fit too
            Contact.parse("\u0130".repeat(200) + "@x.example");
            fail("accepted an address longer than 255 characters in lower case");
        } catch (DomainException e) {
            assertEquals("contract.error.contact.length", e.key());
        }
    }

    @Test
    public void shouldFindAnOrganizationsContractsByItsIdAloneNeverByAName() {
        contracts.putOrganization(ACME_SHOUTING);
        contracts.add(SHOUTING);
        assertEquals(List.of(ACME, ACME_EC), contracts.byOrganization("acme"));
        assertEquals(List.of(SHOUTING), contracts.byOrganization("acme-2"));
        assertEquals(List.of(), contracts.byOrganization("Acme GmbH"));
        assertEquals(List.of(), contracts.byOrganization("ACME"));
        assertEquals(1, contracts.countByPlan("standard"));
        assertEquals(0, contracts.countByPlan("premium"));
    }

    @Test
    public void shouldKeepOrganizationsAndTheirLinks() {
        assertEquals(List.of(ACME_ORG, BETA_ORG), contracts.organizations());
        assertEquals(7L, (long) contracts.organization("beta").get().serviceDeskId().get());
        Organization renamed = Organization.of("beta", "Beta Analytics AB");
        contracts.putOrganization(renamed); // a new name, no link; its contracts stay
        assertEquals(renamed, contracts.organization("beta").get());
        assertEquals(List.of(BETA), contracts.byOrganization("beta"));
        assertTrue(contracts.organization("nobody").isEmpty());
    }

    @Test
    public void shouldStoreNoContractOfAnOrganizationItDoesNotKeep() {
        Contract orphan = Contract.builder("O-1", "gamma", "basic", LocalDate.of(2026, 1, 1)).build();
        Contract movedToNowhere = Contract.builder("B-7", "gamma", "basic", LocalDate.of(2025, 6, 1)).build();
        for (Runnable write : new Runnable[] {() -> contracts.add(orphan), () -> contracts.replace(movedToNowhere)}) {
            try {
                write.run();
                fail("stored a contract of an organization that is not kept");
            } catch (DomainException e) {
                assertEquals("contract.error.organization.unknown", e.key());
            }
        }
        assertTrue(contracts.byCustomerNumber("O-1").isEmpty());
        assertEquals(BETA, contracts.byCustomerNumber("B-7").get());
    }

    @Test
    public void shouldRemoveAnOrganizationOnlyOnceNoContractBelongsToIt() {
        try {
            contracts.removeOrganization("acme");
            fail("removed an organization two contracts belong to");
        } catch (DomainException e) {
            assertEquals("organization.error.inUse", e.key());
            assertEquals(List.of("acme", 2), List.of(e.args().get(0), ((Number) e.args().get(1)).intValue()));
        }
        assertTrue(contracts.organization("acme").isPresent());
        assertTrue(contracts.remove("B-7"));
        assertTrue(contracts.removeOrganization("beta"));
        assertFalse(contracts.removeOrganization("beta"));
    }

    @Test
    public void shouldSearchAndPageInCustomerNumberOrder() {
        Page<Contract> all = contracts.search("", 0, 10);
        assertEquals(List.of(BETA, ACME, ACME_EC), all.items());
        Page<Contract> second = contracts.search("acme", 1, 1);
        assertEquals(2, second.total());
        assertEquals(List.of(ACME_EC), second.items());
        assertEquals(List.of(BETA), contracts.search("LARS@", 0, 10).items());
        assertEquals(List.of(BETA), contracts.search("beta ab", 0, 10).items()); // the organization's name
        assertEquals(List.of(ACME, ACME_EC), contracts.search("GMBH", 0, 10).items());
    }

    @Test
    public void shouldReplaceContactsWithTheContract() {
        contracts.replace(ACME.toBuilder().notes("moved").build());
        Contract moved = Contract.builder("K-1", "acme", "premium", LocalDate.of(2026, 1, 1))
                .contacts(List.of("newcomer")).build();
        contracts.replace(moved);
        assertEquals(moved, contracts.byCustomerNumber("K-1").get());
        assertEquals(List.of(ACME_EC), contracts.byContact("jdoe"));
        assertEquals(List.of(moved), contracts.byContact("newcomer"));
        try {
            contracts.replace(Contract.builder("K-404", "acme", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("replaced a contract that does not exist");
        } catch (DomainException e) {
            assertEquals("contract.error.notFound", e.key());
        }
    }

    @Test
    public void shouldRemoveAContractWithItsContacts() {
        assertTrue(contracts.remove("B-7"));
        assertFalse(contracts.remove("B-7"));
        assertEquals(List.of(), contracts.awaiting("lars@beta.example"));
    }

    @Test
    public void shouldReplaceEverythingOrNothing() {
        Object[][] refused = {
            {List.of(BETA_ORG), List.of(BETA, BETA), "contract.error.customerNumber.taken"},
            {List.of(BETA_ORG, BETA_ORG), List.of(BETA), "organization.error.id.taken"},
            {List.of(ACME_ORG), List.of(BETA), "contract.error.organization.unknown"}};
        for (Object[] row : refused) {
            try {
                @SuppressWarnings("unchecked")
                List<Organization> orgs = (List<Organization>) row[0];
                @SuppressWarnings("unchecked")
                List<Contract> list = (List<Contract>) row[1];
                contracts.replaceAll(orgs, list);
                fail("took " + row[2]);
            } catch (DomainException e) {
                assertEquals(row[2], e.key());
            }
            assertEquals(3, contracts.search("", 0, 10).total());
            assertEquals(List.of(ACME_ORG, BETA_ORG), contracts.organizations());
        }
        contracts.replaceAll(List.of(BETA_ORG), List.of(BETA));
        assertEquals(List.of(BETA), contracts.search("", 0, 10).items());
        assertEquals(List.of(BETA_ORG), contracts.organizations());
        assertEquals(List.of(), contracts.byContact("jdoe"));
    }
}
