package org.contractsla.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The user accounts people log in with (in Jira: its user directories). Implementations are thread-safe. */
public interface Accounts {

    /**
     * An account as it stands: its key, the directory that holds it, its e-mail address.
     *
     * @param userKey     the user key, not null
     * @param directoryId the id of the directory that holds it
     * @param email       its e-mail address, or null
     */
    record Account(String userKey, long directoryId, String email) {
        public Account {
            Objects.requireNonNull(userKey, "userKey");
        }
    }

    /** @return every account whose e-mail address is that one, ignoring case, in any directory */
    List<Account> withEmail(String address);

    /** @return the account with that user key, if there is one */
    Optional<Account> byKey(String userKey);
}
