package org.contractsla.core.policy;

/**
 * Where the configuration (calendars, plans, pause statuses) is kept. Implementations are thread-safe, and a
 * replacement either takes effect whole or, if writing fails, leaves the previous configuration in place.
 */
public interface PolicyStore {

    /** @return the configuration in force; an empty one before anything was saved */
    Policy current();

    /**
     * Something of the stored configuration that today's rules refuse, and how it was read instead.
     *
     * @param path    where in the document (docs/config-format.md)
     * @param key     the message key of the refusal
     * @param args    its arguments
     * @param leftOut whether the element was left out; else it was read as the older release read it
     */
    record Note(String path, String key, java.util.List<Object> args, boolean leftOut) {
    }

    /**
     * @return what the configuration in force needed to be read: stored under an older release whose rules were
     *         looser, it was repaired or had elements left out; empty when it reads as it is. A new import clears it.
     */
    default java.util.List<Note> notes() {
        return java.util.List.of();
    }

    /**
     * @param policy the new configuration, not null
     * @throws IllegalStateException if it could not be stored (the previous one stays in force)
     */
    default void replace(Policy policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        update(current -> policy);
    }

    /**
     * Changes the configuration in force: no other update runs between reading it and storing the result, so
     * two administrators editing at once do not lose each other's changes.
     *
     * @param change from the configuration in force to the new one; if it throws, or returns the configuration
     *               in force itself, nothing is stored
     * @return the stored configuration
     * @throws IllegalStateException if it could not be stored (the previous one stays in force)
     */
    Policy update(java.util.function.UnaryOperator<Policy> change);

    /**
     * Runs an action against the configuration in force while no update can change it: for a write elsewhere
     * that must agree with the configuration, such as storing a contract on a plan an administrator is
     * deleting at that moment (the deletion checks for contracts inside its update).
     *
     * @param action what to do, given the configuration in force; what it throws reaches the caller
     * @param <T>    what the action returns
     * @return what the action returned
     */
    <T> T withCurrent(java.util.function.Function<Policy, T> action);
}
