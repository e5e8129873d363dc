package org.contractsla.core.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Accounts held in memory, for tests and the offline preview. Thread-safe. */
public final class InMemoryAccounts implements Accounts {

    private final Map<String, Account> byKey = new LinkedHashMap<>();

    /** Adds an account, or replaces the one with its key (a changed address, a move to another directory). */
    public synchronized InMemoryAccounts put(Account account) {
        byKey.put(account.userKey(), account);
        return this;
    }

    @Override
    public synchronized List<Account> withEmail(String address) {
        String a = address.trim().toLowerCase(Locale.ROOT);
        List<Account> found = new ArrayList<>();
        for (Account account : byKey.values()) {
            if (account.email() != null && account.email().trim().toLowerCase(Locale.ROOT).equals(a)) {
                found.add(account);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<Account> byKey(String userKey) {
        return Optional.ofNullable(byKey.get(userKey));
    }
}
