package org.contractsla.core.contract;

import java.util.List;
import java.util.Optional;

/**
 * Where contracts and the organizations they belong to are kept. A contract always belongs to an organization
 * that is kept here, and an organization that contracts belong to cannot be removed: implementations check
 * both where they write. Implementations are thread-safe; a failed write changes nothing.
 */
public interface Contracts {

    /** @return the contract with that customer number (exact), if any */
    Optional<Contract> byCustomerNumber(String customerNumber);

    /**
     * @param userKey a user key, or null
     * @return the contracts naming that user as a contact (by key, or by an address matched to them), by customer
     *         number
     */
    List<Contract> byContact(String userKey);

    /**
     * @param address an e-mail address (any case)
     * @return the contracts naming that address as a contact not yet matched to an account, by customer number
     */
    List<Contract> awaiting(String address);

    /**
     * Records that a contact's address stands for an account, unless the contact has gone or was matched meanwhile.
     *
     * @param customerNumber the contract's number
     * @param address        the contact's e-mail address
     * @param userKey        the key of the account it stands for
     * @return whether the contract now has the address matched to that key by this call
     */
    boolean resolveContact(String customerNumber, String address, String userKey);

    /** @return the contracts of the organization with that id (exact), by customer number */
    List<Contract> byOrganization(String organizationId);

    /** @return how many contracts are on that plan */
    int countByPlan(String planId);

    /** @return how many contracts belong to the organization with that id */
    int countByOrganization(String organizationId);

    /**
     * @param text   part of a customer number, an organization's id or name, or a contact (any case); blank for all
     * @param offset index of the first to return
     * @param limit  most to return
     * @return matching contracts ordered by customer number
     */
    Page<Contract> search(String text, int offset, int limit);

    /**
     * @param contract a contract whose customer number is not taken
     * @throws org.contractsla.core.DomainException {@code contract.error.customerNumber.taken}, or
     *                                              {@code contract.error.organization.unknown} if no organization
     *                                              has its organization id
     */
    void add(Contract contract);

    /**
     * @param contract the new state of a contract that exists (same customer number)
     * @throws org.contractsla.core.DomainException {@code contract.error.notFound}, or
     *                                              {@code contract.error.organization.unknown}
     */
    void replace(Contract contract);

    /**
     * Changes a stored contract with nothing written in between (another write waits), so that a change made at
     * the same moment is not lost: one step under the store's lock.
     *
     * @param customerNumber the contract
     * @param change         from the contract as stored to the new state (same customer number)
     * @return whether a contract with that number was there
     */
    boolean update(String customerNumber, java.util.function.UnaryOperator<Contract> change);

    /** @return whether a contract with that customer number existed and is now gone */
    boolean remove(String customerNumber);

    /** @return the organization with that id (exact), if any */
    Optional<Organization> organization(String id);

    /** @return every organization, by id */
    List<Organization> organizations();

    /** Adds an organization, or replaces the one with its id (its contracts stay with it). */
    void putOrganization(Organization organization);

    /**
     * @return whether an organization with that id existed and is now gone
     * @throws org.contractsla.core.DomainException {@code organization.error.inUse} while contracts belong to it
     */
    boolean removeOrganization(String id);

    /**
     * Replaces every organization and contract at once (import): either all of them are kept afterwards, or, if
     * anything fails, the old ones are.
     *
     * @param organizations the new organizations, ids unique
     * @param contracts     the new contracts, customer numbers unique, each of one of those organizations
     * @throws org.contractsla.core.DomainException as {@link #add} would for any of them, or
     *                                              {@code organization.error.id.taken}
     */
    void replaceAll(List<Organization> organizations, List<Contract> contracts);
}
