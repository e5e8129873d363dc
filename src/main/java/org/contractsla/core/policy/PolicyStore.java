package org.contractsla.core.policy;

/**
 * Where the configuration (calendars, plans, pause statuses) is kept. Implementations are thread-safe, and a
 * replacement either takes effect whole or, if writing fails, leaves the previous configuration in place.
 */
public interface PolicyStore {

    /** @return the configuration in force; an empty one before anything was saved */
    Policy current();

    /**
     * @param policy the new configuration, not null
     * @throws IllegalStateException if it could not be stored (the previous one stays in force)
     */
    void replace(Policy policy);
}
