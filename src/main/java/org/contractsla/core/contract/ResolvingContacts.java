package org.contractsla.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Matches the e-mail contacts of contracts to accounts, so that a contract authorizes users by key and never by an
 * address alone (anyone can own an account with any address in a directory that lets people sign up). An address
 * is matched only to an account of a directory the admin trusts, and only when exactly one such account has it;
 * the match is recorded once and kept: an account that turns up with the same address later changes nothing.
 * Addresses shared by several trusted accounts, or found only in untrusted directories, match no one and are
 * reported. An address without any account yet is matched when its owner first appears.
 */
public final class ResolvingContacts {

    /** Why an e-mail contact authorizes nobody. */
    public enum Problem {
        /** No account has the address yet: it is matched when one appears. */
        NO_ACCOUNT("contract.contact.noAccount"),
        /** Several accounts of trusted directories have it: none of them is taken. */
        SHARED("contract.contact.shared"),
        /** Only accounts of directories that are not trusted have it. */
        UNTRUSTED("contract.contact.untrusted");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        /** @return the message key; its argument is the number of accounts found */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * An e-mail contact that authorizes nobody, for the admin to look at.
     *
     * @param customerNumber the contract's number
     * @param address        the contact's address
     * @param problem        why
     * @param accounts       how many accounts have the address: of trusted directories when they share it, else of any
     */
    public record Attention(String customerNumber, String address, Problem problem, int accounts) {
    }

    /**
     * A contract with its addresses matched as far as they can be, and what still needs the admin.
     *
     * @param contract  the contract to keep
     * @param attention its e-mail contacts that authorize nobody
     */
    public record Resolution(Contract contract, List<Attention> attention) {
    }

    private final Accounts accounts;
    private final Supplier<Set<Long>> trustedDirectories;

    /**
     * @param accounts           where accounts are looked up, not null
     * @param trustedDirectories the ids of the directories whose accounts' addresses are believed, read each time
     */
    public ResolvingContacts(Accounts accounts, Supplier<Set<Long>> trustedDirectories) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.trustedDirectories = Objects.requireNonNull(trustedDirectories, "trustedDirectories");
    }

    /**
     * Matches a contract's addresses before it is saved. An address the stored contract had already matched keeps
     * its match; one that comes with a match keeps that (an admin's import); the others are looked up now.
     *
     * @param contract the contract about to be saved, not null
     * @param stored   the contract saved under its number until now, or empty
     * @return the contract to save and its contacts that authorize nobody
     */
    public Resolution resolve(Contract contract, Optional<Contract> stored) {
        Contract result = contract;
        List<Attention> attention = new ArrayList<>();
        Set<Long> trusted = trustedDirectories.get();
        for (Contact c : contract.contacts()) {
            if (!c.pending()) {
                continue;
            }
            Optional<String> kept = stored.flatMap(s -> s.contacts().stream()
                    .filter(o -> o.isEmail() && o.value().equals(c.value())).findFirst()).flatMap(Contact::userKey);
            if (kept.isPresent()) {
                result = result.withContact(c.resolvedTo(kept.get()));
                continue;
            }
            Lookup lookup = lookup(c.value(), trusted);
            if (lookup.match != null) {
                result = result.withContact(c.resolvedTo(lookup.match));
            } else {
                attention.add(new Attention(contract.customerNumber(), c.value(), lookup.problem, lookup.found));
            }
        }
        return new Resolution(result, attention);
    }

    /**
     * A user has appeared (logged in, reported a request): their address, if it is a trusted account's own and no
     * other trusted account has it, is matched to them on every contract still waiting for it.
     *
     * @param userKey  the user's key, or null
     * @param contracts where the contracts are kept
     * @return the numbers of the contracts that now name the user
     */
    public List<String> appeared(String userKey, Contracts contracts) {
        if (userKey == null) {
            return List.of();
        }
        Optional<Accounts.Account> account = accounts.byKey(userKey);
        if (account.isEmpty() || account.get().email() == null || account.get().email().isBlank()) {
            return List.of();
        }
        String address = account.get().email().trim().toLowerCase(Locale.ROOT);
        List<Contract> waiting = contracts.awaiting(address);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(address, trustedDirectories.get());
        if (!userKey.equals(lookup.match)) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (Contract c : waiting) {
            if (contracts.resolveContact(c.customerNumber(), address, userKey)) {
                named.add(c.customerNumber());
            }
        }
        return named;
    }

    /**
     * Goes through every contract: addresses that can be matched now (an account appeared, or the admin trusted
     * its directory since) are matched and recorded; the others are reported.
     *
     * @param contracts where the contracts are kept
     * @return every e-mail contact that still authorizes nobody, by customer number and address
     */
    public List<Attention> review(Contracts contracts) {
        List<Attention> result = new ArrayList<>();
        Set<Long> trusted = trustedDirectories.get();
        int offset = 0;
        while (true) {
            Page<Contract> page = contracts.search("", offset, 200);
            for (Contract c : page.items()) {
                for (Contact k : c.contacts()) {
                    if (k.pending()) {
                        Lookup lookup = lookup(k.value(), trusted);
                        if (lookup.match == null) {
                            result.add(new Attention(c.customerNumber(), k.value(), lookup.problem, lookup.found));
                        } else {
                            contracts.resolveContact(c.customerNumber(), k.value(), lookup.match);
                        }
                    }
                }
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return result;
            }
        }
    }

    /**
     * @param address an e-mail address, as an agent may name a reporter
     * @return the key of the one account of a trusted directory that has it; empty if none or several have it
     */
    public Optional<String> accountOf(String address) {
        return Optional.ofNullable(lookup(address.trim().toLowerCase(Locale.ROOT), trustedDirectories.get()).match);
    }

    private Lookup lookup(String address, Set<Long> trusted) {
        List<Accounts.Account> found = accounts.withEmail(address);
        List<String> keys = found.stream().filter(a -> trusted.contains(a.directoryId())
                && a.email() != null && a.email().trim().equalsIgnoreCase(address)).map(Accounts.Account::userKey)
                .distinct().toList();
        if (keys.size() == 1) {
            return new Lookup(keys.get(0), null, found.size());
        }
        if (keys.size() > 1) {
            return new Lookup(null, Problem.SHARED, keys.size());
        }
        return new Lookup(null, found.isEmpty() ? Problem.NO_ACCOUNT : Problem.UNTRUSTED, found.size());
    }

    private record Lookup(String match, Problem problem, int found) {
    }
}
