package org.contractsla.jira.user;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.junit.Before;
import org.junit.Test;

public class AnonymizationHandlersTest {

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final org.contractsla.core.severity.InMemorySeverityChanges severities =
            new org.contractsla.core.severity.InMemorySeverityChanges();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);

    @Before
    public void setUp() {
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "basic", LocalDate.of(2026, 1, 1))
                .contact(Contact.resolved("anna.berg@acme.example", "anna")).build());
        ledger.recordCheck("10001", "anna");
    }

    @Test
    public void shouldFollowTheNewKeyAndSayHowManyContractsAreAffected() {
        UserPropertyChangeParameter change = mock(UserPropertyChangeParameter.class);
        when(change.getOriginal()).thenReturn("anna");
        when(change.getTarget()).thenReturn("JIRAUSER10500");
        ContactKeyChangeHandler handler = new ContactKeyChangeHandler(contracts, ledger, severities, authentication);
        assertEquals(1, handler.getAffectedEntities(change).size());
        severities.append(new org.contractsla.core.severity.SeverityChange("10001",
                java.time.Instant.parse("2026-03-02T09:00:00Z"), "anna", null,
                org.contractsla.core.severity.Severity.S3, null, java.util.List.of()));
        assertEquals("contracts, and severity changes", 2, handler.getAffectedEntities(change).size());
        assertNotNull(handler.update(change));
        assertTrue(contracts.byCustomerNumber("K-1").get().authorizes("JIRAUSER10500"));
        assertEquals("JIRAUSER10500", ledger.check("10001").get().reporterKey());
        assertEquals(0, handler.getAffectedEntities(change).size()); // nothing names the old key any more
    }

    @Test
    public void shouldRemoveTheAddressesOfAnAnonymizedUser() {
        UserAnonymizationParameter anonymize = mock(UserAnonymizationParameter.class);
        when(anonymize.getUserKey()).thenReturn("anna");
        ContactAnonymizationHandler handler = new ContactAnonymizationHandler(contracts, ledger, severities, authentication);
        assertEquals(1, handler.getAffectedEntities(anonymize).size());
        handler.update(anonymize);
        Contract k1 = contracts.byCustomerNumber("K-1").get();
        assertFalse(k1.contacts().stream().anyMatch(Contact::isEmail));
        assertTrue(k1.authorizes("anna"));
    }

    @Test
    public void shouldNeverStopJirasAnonymizationWhenTheStoreFails() {
        Contracts down = (Contracts) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Contracts.class}, (proxy, method, args) -> {
                    throw new org.contractsla.core.StorageUnavailableException("database down", null);
                });
        UserAnonymizationParameter anonymize = mock(UserAnonymizationParameter.class);
        when(anonymize.getUserKey()).thenReturn("anna");
        assertNotNull(new ContactAnonymizationHandler(down, ledger, severities, authentication).update(anonymize));
        UserPropertyChangeParameter change = mock(UserPropertyChangeParameter.class);
        when(change.getOriginal()).thenReturn("anna");
        when(change.getTarget()).thenReturn("JIRAUSER10500");
        assertNotNull(new ContactKeyChangeHandler(down, ledger, severities, authentication).update(change));
        assertEquals(List.of("anna"), List.of(ledger.check("10001").get().reporterKey())); // nothing half-done
    }
}
