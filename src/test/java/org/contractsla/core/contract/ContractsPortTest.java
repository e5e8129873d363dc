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

    static final Contract ACME = Contract.builder("K-1", "Acme GmbH", "standard", LocalDate.of(2026, 1, 1))
            .contacts(List.of("jdoe", "Ops@Acme.example")).licenceId("ACME-PROD").zone(ZoneId.of("Europe/Berlin"))
            .holidayRegion(HolidayRegion.of("DE", "by")).notes("two sites").build();
    static final Contract ACME_EC = Contract.builder("K-1-EC", "ACME GMBH", "emergency-call", LocalDate.of(2026, 3, 1))
            .contacts(List.of("jdoe")).build();
    static final Contract BETA = Contract.builder("B-7", "Beta AB", "basic", LocalDate.of(2025, 6, 1))
            .contacts(List.of("lars@beta.example")).build();

    @Before
    public void setUp() {
        contracts = create();
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
            contracts.add(Contract.builder("K-1", "Other", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("added twice");
        } catch (DomainException e) {
            assertEquals("contract.error.customerNumber.taken", e.key());
        }
        assertEquals(ACME, contracts.byCustomerNumber("K-1").get());
    }

    @Test
    public void shouldFindContractsByContactInAnyCase() {
        assertEquals(List.of(ACME, ACME_EC), contracts.byContact("jdoe", null));
        assertEquals(List.of(ACME), contracts.byContact(null, "OPS@acme.EXAMPLE"));
        assertEquals(List.of(), contracts.byContact("nobody", "nobody@x.example"));
    }

    @Test
    public void shouldKeepAndFindNamesOfTheLongestLengthEvenWhereLowerCaseIsLonger() {
        String name = "\u0130".repeat(255); // capital I with dot: its lower case is two characters
        Contract c = Contract.builder("L-1", name, "basic", LocalDate.of(2026, 1, 1)).contacts(List.of(name)).build();
        contracts.add(c);
        assertEquals(List.of(c), contracts.byOrganization(name));
        assertEquals(List.of(c), contracts.byContact(name, null));
        assertEquals(c, contracts.byCustomerNumber("L-1").get());
        try { // an address is kept in lower case, which must fit too
            Contact.parse("\u0130".repeat(200) + "@x.example");
            fail("accepted an address longer than 255 characters in lower case");
        } catch (DomainException e) {
            assertEquals("contract.error.contact.length", e.key());
        }
    }

    @Test
    public void shouldFindAnOrganizationsContractsIgnoringCase() {
        assertEquals(List.of(ACME, ACME_EC), contracts.byOrganization(" acme gmbh "));
        assertEquals(1, contracts.countByPlan("basic"));
        assertEquals(0, contracts.countByPlan("premium"));
    }

    @Test
    public void shouldSearchAndPageInCustomerNumberOrder() {
        Page<Contract> all = contracts.search("", 0, 10);
        assertEquals(List.of(BETA, ACME, ACME_EC), all.items());
        Page<Contract> second = contracts.search("acme", 1, 1);
        assertEquals(2, second.total());
        assertEquals(List.of(ACME_EC), second.items());
        assertEquals(List.of(BETA), contracts.search("LARS@", 0, 10).items());
    }

    @Test
    public void shouldReplaceContactsWithTheContract() {
        contracts.replace(ACME.toBuilder().notes("moved").build());
        Contract moved = Contract.builder("K-1", "Acme GmbH", "premium", LocalDate.of(2026, 1, 1))
                .contacts(List.of("newcomer")).build();
        contracts.replace(moved);
        assertEquals(moved, contracts.byCustomerNumber("K-1").get());
        assertEquals(List.of(ACME_EC), contracts.byContact("jdoe", null));
        assertEquals(List.of(moved), contracts.byContact("newcomer", null));
        try {
            contracts.replace(Contract.builder("K-404", "X", "basic", LocalDate.of(2026, 1, 1)).build());
            fail("replaced a contract that does not exist");
        } catch (DomainException e) {
            assertEquals("contract.error.notFound", e.key());
        }
    }

    @Test
    public void shouldRemoveAContractWithItsContacts() {
        assertTrue(contracts.remove("B-7"));
        assertFalse(contracts.remove("B-7"));
        assertEquals(List.of(), contracts.byContact(null, "lars@beta.example"));
    }

    @Test
    public void shouldReplaceEverythingOrNothing() {
        try {
            contracts.replaceAll(List.of(BETA, BETA));
            fail("took two contracts with one number");
        } catch (DomainException e) {
            assertEquals("contract.error.customerNumber.taken", e.key());
        }
        assertEquals(3, contracts.search("", 0, 10).total());
        contracts.replaceAll(List.of(BETA));
        assertEquals(List.of(BETA), contracts.search("", 0, 10).items());
        assertEquals(List.of(), contracts.byContact("jdoe", null));
    }
}
