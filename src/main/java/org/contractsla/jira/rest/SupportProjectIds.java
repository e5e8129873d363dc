package org.contractsla.jira.rest;

import org.contractsla.core.policy.Policy;

/** Records the Jira project id of each support project when a configuration is saved. */
@FunctionalInterface
public interface SupportProjectIds {

    /**
     * @param incoming the configuration about to be saved
     * @param current  the configuration in force until now
     * @return the incoming configuration with each support project's id
     */
    Policy recordIds(Policy incoming, Policy current);
}
