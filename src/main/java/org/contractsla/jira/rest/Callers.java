package org.contractsla.jira.rest;

/** Tells resources who is calling. */
public interface Callers {

    /** @return the caller of the current request, not null */
    Caller current();
}
