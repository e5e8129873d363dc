package org.contractsla.core.contract;

import java.util.Locale;
import java.util.Objects;
import org.contractsla.core.DomainException;

/**
 * A person named on a contract: a Jira user (by user key) or an e-mail address, compared without regard
 * to case. Immutable.
 */
public final class Contact implements Comparable<Contact> {

    private final String value;
    private final boolean email;

    private Contact(String value, boolean email) {
        this.value = value;
        this.email = email;
    }

    /**
     * @param text a user key, or an e-mail address (anything with an '@')
     * @return the contact
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
            if (!t.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new DomainException("contract.error.contact.email", t);
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.length() > 255) { // a few capitals have longer lower cases, e.g. U+0130
                throw new DomainException("contract.error.contact.length", 255);
            }
            return new Contact(lower, true);
        }
        if (t.chars().anyMatch(Character::isWhitespace)) {
            throw new DomainException("contract.error.contact.userKey", t);
        }
        return new Contact(t, false);
    }

    /** @return the user key or the e-mail address (lower case), not null */
    public String value() {
        return value;
    }

    /** @return whether this is an e-mail address rather than a user key */
    public boolean isEmail() {
        return email;
    }

    /**
     * @param userKey      the reporter's user key, or null
     * @param emailAddress the reporter's e-mail address, or null
     * @return whether this contact is that reporter
     */
    public boolean matches(String userKey, String emailAddress) {
        return email ? emailAddress != null && value.equalsIgnoreCase(emailAddress.trim())
                : value.equals(userKey);
    }

    @Override
    public int compareTo(Contact o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact && ((Contact) o).value.equals(value) && ((Contact) o).email == email;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, email);
    }

    @Override
    public String toString() {
        return value;
    }
}
