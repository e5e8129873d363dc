package org.contractsla.core.contract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/**
 * A person named on a contract. Either a Jira user by user key, or an e-mail address (lower case) that stands for
 * the one account it was matched to by {@link ResolvingContacts}: an address alone authorizes nobody, since anyone
 * may own an account with any address. Immutable.
 */
public final class Contact implements Comparable<Contact> {

    private final String value;
    private final boolean email;
    private final String resolvedKey;

    private Contact(String value, boolean email, String resolvedKey) {
        this.value = value;
        this.email = email;
        this.resolvedKey = resolvedKey;
    }

    /**
     * @param text a user key, or an e-mail address (anything with an '@')
     * @return the contact; an address not yet matched to an account
     * @throws DomainException {@code contract.error.contact.blank}, {@code contract.error.contact.email},
     *                         {@code contract.error.contact.length}
     */
    public static Contact parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("contract.error.contact.blank");
        }
        String t = text.trim();
        if (t.length() > 255) {
            throw new DomainException("contract.error.contact.length", 255);
        }
        if (t.indexOf('@') >= 0) {
            return new Contact(address(t), true, null);
        }
        return new Contact(userKey(t), false, null);
    }

    /**
     * @param userKey a user key, whatever it looks like: keys of accounts from before Jira 8.4 are their lower-case
     *                user names, which may be e-mail addresses
     * @return the contact naming that user by key
     * @throws DomainException {@code contract.error.contact.blank}, {@code contract.error.contact.length},
     *                         {@code contract.error.contact.userKey}
     */
    public static Contact ofUserKey(String userKey) {
        if (userKey == null) {
            throw new DomainException("contract.error.contact.blank");
        }
        return new Contact(userKey(userKey.trim()), false, null);
    }

    /**
     * @param address an e-mail address
     * @param userKey the key of the account it was matched to
     * @return an e-mail contact standing for that account
     * @throws DomainException as {@link #parse}, or {@code contract.error.contact.userKey}
     */
    public static Contact resolved(String address, String userKey) {
        Contact c = parse(address);
        if (!c.email) {
            throw new DomainException("contract.error.contact.email", address.trim());
        }
        return c.resolvedTo(userKey);
    }

    private static String address(String t) {
        if (!t.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("contract.error.contact.email", t);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.length() > 255) { // a few capitals have longer lower cases, e.g. U+0130
            throw new DomainException("contract.error.contact.length", 255);
        }
        return lower;
    }

    private static String userKey(String t) {
        if (t.isBlank()) {
            throw new DomainException("contract.error.contact.blank");
        }
        if (t.length() > 255) {
            throw new DomainException("contract.error.contact.length", 255);
        }
        if (t.chars().anyMatch(Character::isWhitespace)) {
            throw new DomainException("contract.error.contact.userKey", t);
        }
        return t;
    }

    /** @return the user key or the e-mail address (lower case), not null */
    public String value() {
        return value;
    }

    /** @return whether this is an e-mail address rather than a user key */
    public boolean isEmail() {
        return email;
    }

    /** @return the key of the account this contact stands for: its own, or the one its address was matched to */
    public Optional<String> userKey() {
        return Optional.ofNullable(email ? resolvedKey : value);
    }

    /** @return whether this is an e-mail address not (yet) matched to an account: it authorizes nobody */
    public boolean pending() {
        return email && resolvedKey == null;
    }

    /**
     * @param key the key of the account this address was matched to
     * @return this e-mail contact standing for that account
     */
    public Contact resolvedTo(String key) {
        if (!email) {
            throw new IllegalStateException("a user key contact needs no match: " + value);
        }
        return new Contact(value, true, userKey(Objects.requireNonNull(key, "key").trim()));
    }

    /**
     * @param userKey the reporter's user key, or null
     * @return whether this contact is that user
     */
    public boolean matches(String userKey) {
        return userKey != null && userKey().map(userKey::equals).orElse(false);
    }

    /** By value; the same value as key and as address, or matched to different keys, are different contacts. */
    @Override
    public int compareTo(Contact o) {
        int byValue = value.compareTo(o.value);
        if (byValue != 0) {
            return byValue;
        }
        if (email != o.email) {
            return email ? 1 : -1;
        }
        return java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder())
                .compare(resolvedKey, o.resolvedKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact && ((Contact) o).value.equals(value) && ((Contact) o).email == email
                && Objects.equals(((Contact) o).resolvedKey, resolvedKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, email, resolvedKey);
    }

    @Override
    public String toString() {
        return resolvedKey == null ? value : value + " (" + resolvedKey + ")";
    }
}
