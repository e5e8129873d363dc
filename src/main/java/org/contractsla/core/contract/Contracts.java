package org.contractsla.core.contract;

import java.util.List;
import java.util.Optional;

/** Where contracts are kept. Implementations are thread-safe; a failed write changes nothing. */
public interface Contracts {

    /** @return the contract with that customer number (exact), if any */
    Optional<Contract> byCustomerNumber(String customerNumber);

    /**
     * @param userKey      a user key, or null
     * @param emailAddress an e-mail address, or null
     * @return the contracts naming that person as a contact, by customer number
     */
    List<Contract> byContact(String userKey, String emailAddress);

    /** @return the contracts of that organization (name compared without regard to case), by customer number */
    List<Contract> byOrganization(String organization);

    /** @return how many contracts are on that plan */
    int countByPlan(String planId);

    /**
     * @param text   part of a customer number, organization name or contact (any case); blank for all
     * @param offset index of the first to return
     * @param limit  most to return
     * @return matching contracts ordered by customer number
     */
    Page<Contract> search(String text, int offset, int limit);

    /**
     * @param contract a contract whose customer number is not taken
     * @throws org.contractsla.core.DomainException {@code contract.error.customerNumber.taken}
     */
    void add(Contract contract);

    /**
     * @param contract the new state of a contract that exists (same customer number)
     * @throws org.contractsla.core.DomainException {@code contract.error.notFound}
     */
    void replace(Contract contract);

    /** @return whether a contract with that customer number existed and is now gone */
    boolean remove(String customerNumber);

    /**
     * Replaces every contract at once (import): either all of {@code contracts} are kept afterwards, or, if
     * anything fails, the old ones are.
     *
     * @param contracts the new set, customer numbers unique
     */
    void replaceAll(List<Contract> contracts);
}
