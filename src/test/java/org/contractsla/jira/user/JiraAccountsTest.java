package org.contractsla.jira.user;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Optional;
import org.contractsla.core.contract.Accounts.Account;
import org.junit.Test;

public class JiraAccountsTest {

    private final UserSearchService search = mock(UserSearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraAccounts accounts = new JiraAccounts(search, users);

    private ApplicationUser user(String key, long directory, String email) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getKey()).thenReturn(key);
        when(u.getDirectoryId()).thenReturn(directory);
        when(u.getEmailAddress()).thenReturn(email);
        when(users.getUserByKey(key)).thenReturn(u);
        return u;
    }

    @Test
    public void shouldTakeEachKeysEffectiveAccountAndDropOneWhoseAddressIsAShadowedAccounts() {
        user("JIRAUSER1", 10000L, "Ops@Acme.example");
        // the key's account in the highest-priority directory has another address: found only through a shadow
        user("jdoe", 1L, "jdoe@acme.example");
        when(search.findUserKeysByEmail("ops@acme.example")).thenReturn(List.of("JIRAUSER1", "jdoe", "gone"));
        assertEquals(List.of(new Account("JIRAUSER1", 10000L, "Ops@Acme.example")),
                accounts.withEmail("ops@acme.example"));
        assertEquals(Optional.of(new Account("jdoe", 1L, "jdoe@acme.example")), accounts.byKey("jdoe"));
        assertEquals(Optional.empty(), accounts.byKey("gone"));
    }

    @Test(expected = org.contractsla.core.StorageUnavailableException.class)
    public void shouldTurnAFailingDirectoryIntoTryAgain() {
        when(search.findUserKeysByEmail("ops@acme.example")).thenThrow(new IllegalStateException("LDAP down"));
        accounts.withEmail("ops@acme.example");
    }
}
