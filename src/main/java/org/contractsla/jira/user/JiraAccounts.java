package org.contractsla.jira.user;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.Accounts;
import org.contractsla.jira.store.StoreCalls;

/**
 * Jira's accounts. A user key may be held by several directories (same user name); Jira takes the account of the
 * highest-priority one, so that is the account whose directory and address count here, and a key found through a
 * shadowed account's address is left out when its effective account has another address.
 */
@Named
public class JiraAccounts implements Accounts {

    private final UserSearchService search;
    private final UserManager users;

    @Inject
    public JiraAccounts(@ComponentImport UserSearchService search, @ComponentImport UserManager users) {
        this.search = search;
        this.users = users;
    }

    @Override
    public List<Account> withEmail(String address) {
        return StoreCalls.guarded("look up accounts", () -> {
            List<Account> found = new ArrayList<>();
            for (String key : search.findUserKeysByEmail(address)) {
                byKey(key).filter(a -> a.email() != null && a.email().trim().equalsIgnoreCase(address.trim()))
                        .ifPresent(found::add);
            }
            return found;
        });
    }

    @Override
    public Optional<Account> byKey(String userKey) {
        return StoreCalls.guarded("look up an account", () -> {
            ApplicationUser user = users.getUserByKey(userKey);
            return user == null ? Optional.<Account>empty()
                    : Optional.of(new Account(user.getKey(), user.getDirectoryId(), user.getEmailAddress()));
        });
    }
}
