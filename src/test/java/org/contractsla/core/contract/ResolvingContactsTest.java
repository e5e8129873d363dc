package org.contractsla.core.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.contract.Accounts.Account;
import org.contractsla.core.contract.ResolvingContacts.Attention;
import org.contractsla.core.contract.ResolvingContacts.Problem;
import org.junit.Before;
import org.junit.Test;

public class ResolvingContactsTest {

    private static final long LDAP = 10000L;
    private static final long SIGN_UP = 1L;

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final Set<Long> trusted = new HashSet<>(Set.of(LDAP));
    private final ResolvingContacts resolving = new ResolvingContacts(accounts, () -> Set.copyOf(trusted));
    private final InMemoryContracts contracts = new InMemoryContracts();

    @Before
    public void setUp() {
        contracts.putOrganization(Organization.of("acme", "Acme"));
    }

    private static Contract contract(String... contacts) {
        return Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1)).contacts(List.of(contacts)).build();
    }

    private Contract saved(Contract c) {
        Contract resolved = resolving.resolve(c, contracts.byCustomerNumber(c.customerNumber())).contract();
        if (contracts.byCustomerNumber(c.customerNumber()).isPresent()) {
            contracts.replace(resolved);
        } else {
            contracts.add(resolved);
        }
        return resolved;
    }

    @Test
    public void shouldMatchAnAddressToTheOneTrustedAccountThatHasItInAnyCase() {
        accounts.put(new Account("JIRAUSER10100", LDAP, "Ops@Acme.example"));
        ResolvingContacts.Resolution r = resolving.resolve(contract("jdoe", "ops@acme.example"), Optional.empty());
        assertEquals(List.of(), r.attention());
        assertTrue(r.contract().authorizes("JIRAUSER10100"));
        assertTrue(r.contract().authorizes("jdoe"));
        assertFalse(r.contract().authorizes("ops@acme.example"));
    }

    @Test
    public void shouldMatchNoOneWhenTrustedAccountsShareTheAddressAndSaySo() {
        accounts.put(new Account("victim", LDAP, "ops@acme.example"));
        accounts.put(new Account("impostor", LDAP, "OPS@ACME.EXAMPLE"));
        ResolvingContacts.Resolution r = resolving.resolve(contract("ops@acme.example"), Optional.empty());
        assertEquals(List.of(new Attention("K-1", "ops@acme.example", Problem.SHARED, 2)), r.attention());
        assertFalse(r.contract().authorizes("victim"));
        assertFalse(r.contract().authorizes("impostor"));
    }

    @Test
    public void shouldIgnoreAccountsOfDirectoriesThatAreNotTrusted() {
        accounts.put(new Account("impostor", SIGN_UP, "ops@acme.example"));
        ResolvingContacts.Resolution alone = resolving.resolve(contract("ops@acme.example"), Optional.empty());
        assertEquals(List.of(new Attention("K-1", "ops@acme.example", Problem.UNTRUSTED, 1)), alone.attention());
        assertFalse(alone.contract().authorizes("impostor"));
        // the real owner in the trusted directory is matched; the sign-up account changes nothing
        accounts.put(new Account("owner", LDAP, "ops@acme.example"));
        ResolvingContacts.Resolution both = resolving.resolve(contract("ops@acme.example"), Optional.empty());
        assertEquals(List.of(), both.attention());
        assertTrue(both.contract().authorizes("owner"));
        assertFalse(both.contract().authorizes("impostor"));
    }

    @Test
    public void shouldKeepTheFirstMatchWhenAnotherAccountGetsTheAddressLater() {
        accounts.put(new Account("owner", LDAP, "ops@acme.example"));
        saved(contract("ops@acme.example"));
        accounts.put(new Account("latecomer", LDAP, "ops@acme.example"));
        // saved again as the admin typed it: the match recorded before stays, though the address is shared now
        Contract again = saved(contract("ops@acme.example").toBuilder().notes("renewed").build());
        assertTrue(again.authorizes("owner"));
        assertFalse(again.authorizes("latecomer"));
        assertEquals(List.of(), resolving.appeared("latecomer", contracts));
        assertFalse(contracts.byCustomerNumber("K-1").get().authorizes("latecomer"));
    }

    @Test
    public void shouldKeepOnlyTheMatchOfTheSameAddressWhenSavedAgain() {
        accounts.put(new Account("owner", LDAP, "ops@acme.example"));
        saved(contract("ops@acme.example"));
        // saved again with another address in its place: that one gets no key from the first
        Contract other = saved(contract("help@acme.example"));
        assertFalse(other.authorizes("owner"));
        assertTrue(other.contacts().iterator().next().pending());
    }

    @Test
    public void shouldReviewEveryContractWhateverTheirNumber() {
        for (int i = 0; i < 450; i++) {
            contracts.add(Contract.builder("R-" + i, "acme", "basic", LocalDate.of(2026, 1, 1))
                    .contacts(List.of("x" + i + "@acme.example")).build());
        }
        assertEquals(450, resolving.review(contracts).size()); // three pages of 200
    }

    @Test
    public void shouldMatchAnAddressWhenItsOwnerFirstAppears() {
        saved(contract("ops@acme.example"));
        assertEquals(List.of(), resolving.appeared("owner", contracts)); // no such account yet
        accounts.put(new Account("owner", LDAP, "ops@acme.example"));
        assertEquals(List.of("K-1"), resolving.appeared("owner", contracts));
        assertTrue(contracts.byCustomerNumber("K-1").get().authorizes("owner"));
        assertEquals(List.of(), resolving.appeared("owner", contracts)); // once
    }

    @Test
    public void shouldNotMatchAnAppearingAccountOfAnUntrustedDirectoryOrOneOfMany() {
        saved(contract("ops@acme.example"));
        accounts.put(new Account("signup", SIGN_UP, "ops@acme.example"));
        assertEquals(List.of(), resolving.appeared("signup", contracts));
        accounts.put(new Account("one", LDAP, "ops@acme.example"));
        accounts.put(new Account("two", LDAP, "ops@acme.example"));
        assertEquals(List.of(), resolving.appeared("one", contracts));
        assertEquals(List.of(), resolving.appeared("two", contracts));
        assertTrue(contracts.byCustomerNumber("K-1").get().contacts().iterator().next().pending());
    }

    @Test
    public void shouldMatchInAReviewWhatHasBecomeMatchableAndReportTheRest() {
        contracts.add(contract("ops@acme.example", "help@acme.example", "nobody@acme.example"));
        accounts.put(new Account("ops", SIGN_UP, "ops@acme.example"));
        accounts.put(new Account("h1", LDAP, "help@acme.example"));
        accounts.put(new Account("h2", LDAP, "help@acme.example"));
        assertEquals(List.of(new Attention("K-1", "help@acme.example", Problem.SHARED, 2),
                new Attention("K-1", "nobody@acme.example", Problem.NO_ACCOUNT, 0),
                new Attention("K-1", "ops@acme.example", Problem.UNTRUSTED, 1)), resolving.review(contracts));
        trusted.add(SIGN_UP); // the admin trusts the sign-up directory after all
        assertEquals(List.of(new Attention("K-1", "help@acme.example", Problem.SHARED, 2),
                new Attention("K-1", "nobody@acme.example", Problem.NO_ACCOUNT, 0)), resolving.review(contracts));
        assertTrue(contracts.byCustomerNumber("K-1").get().authorizes("ops"));
    }

    @Test
    public void shouldNameAReporterByTheOneTrustedAccountOfAnAddress() {
        accounts.put(new Account("owner", LDAP, "ops@acme.example"));
        assertEquals(Optional.of("owner"), resolving.accountOf(" OPS@acme.example "));
        accounts.put(new Account("other", LDAP, "ops@acme.example"));
        assertEquals(Optional.empty(), resolving.accountOf("ops@acme.example"));
        assertEquals(Optional.empty(), resolving.accountOf("nobody@acme.example"));
    }
}
