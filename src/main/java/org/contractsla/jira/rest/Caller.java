package org.contractsla.jira.rest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Who is calling a resource, and what they may do. Immutable. */
public final class Caller {

    private final String userKey;
    private final String email;
    private final boolean admin;
    private final boolean agent;
    private final Locale locale;

    private Caller(String userKey, String email, boolean admin, boolean agent, Locale locale) {
        this.userKey = userKey;
        this.email = email;
        this.admin = admin;
        this.agent = agent;
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** @return someone not logged in */
    public static Caller anonymous(Locale locale) {
        return new Caller(null, null, false, false, locale);
    }

    /**
     * @param userKey user key, not null
     * @param email   e-mail address, or null
     * @param admin   a Jira administrator
     * @param agent   may browse a support project
     * @param locale  the user's language
     * @return the caller
     */
    public static Caller user(String userKey, String email, boolean admin, boolean agent, Locale locale) {
        return new Caller(Objects.requireNonNull(userKey, "userKey"), email, admin, agent, locale);
    }

    /** @return the user key, empty when not logged in */
    public Optional<String> userKey() {
        return Optional.ofNullable(userKey);
    }

    /** @return the e-mail address, if known */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** @return whether someone is logged in */
    public boolean loggedIn() {
        return userKey != null;
    }

    /** @return whether the caller administers Jira */
    public boolean admin() {
        return admin;
    }

    /** @return whether the caller works support requests (or administers Jira) */
    public boolean agent() {
        return agent || admin;
    }

    /** @return the caller's language, not null */
    public Locale locale() {
        return locale;
    }
}
