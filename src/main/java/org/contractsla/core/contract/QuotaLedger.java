package org.contractsla.core.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.policy.QuotaWindow;

/**
 * Which request holds which unit of a contract's case quota, and which requests were checked at all. A request
 * holds at most one unit, booked on the day (in the contract's zone) it was received. A checked request that
 * booked nothing (not entitled, no quota) is remembered too, with the reporter it was checked for: a move among
 * the support projects then books nothing, and the reconciliation tells a request that was refused from one whose
 * event was lost. Implementations are thread-safe and never grant more units in a window than its limit, however
 * many requests claim at once.
 */
public interface QuotaLedger {

    /**
     * A request's entitlement was checked when it became a support request.
     *
     * @param requestId      the request
     * @param reporterKey    the reporter it was checked for, or null
     * @param customerNumber the customer number it quoted, or null for none
     */
    record Check(String requestId, String reporterKey, String customerNumber) {
        /** A check of a request that quoted no customer number. */
        public Check(String requestId, String reporterKey) {
            this(requestId, reporterKey, null);
        }
    }

    /**
     * Gives the request a unit if it has none and the window has one left; a request that already holds a
     * unit keeps it.
     *
     * @param customerNumber the contract, not null
     * @param requestId      the request (issue id), not null
     * @param day            the day the request was received, inside {@code window}
     * @param window         the quota window of that day
     * @param limit          units the window has, 1 or more
     * @return the outcome
     */
    QuotaClaim claim(String customerNumber, String requestId, LocalDate day, QuotaWindow window, int limit);

    /**
     * Gives a request's unit back and forgets its check (request deleted or moved out of the support projects).
     *
     * @return whether the request held a unit
     */
    boolean release(String requestId);

    /** Records that the request was checked, for that reporter and quoted number (replacing an earlier record). */
    void recordCheck(String requestId, String reporterKey, String customerNumber);

    /** Records that the request was checked, for that reporter, quoting no customer number. */
    default void recordCheck(String requestId, String reporterKey) {
        recordCheck(requestId, reporterKey, null);
    }

    /** @return the request's check, if it was checked since the app records checks */
    Optional<Check> check(String requestId);

    /** @return whether the request holds a unit or was checked: it was counted once already */
    default boolean known(String requestId) {
        return holdsAny(requestId) || check(requestId).isPresent();
    }

    /**
     * @return when the first reconciliation took over the requests the ledger had no record of (requests from
     *         before checks were recorded); empty until then. From then on, a support request the ledger does not
     *         know is one whose event was lost.
     */
    Optional<java.time.Instant> adoptedAt();

    /** Records that the first reconciliation took the ledger over at that instant; later calls change nothing. */
    void adopt(java.time.Instant at);

    /**
     * A user's key changed (Jira anonymized them): the checks recorded for them name the new key.
     *
     * @return how many checks named the old key
     */
    int changeReporterKey(String oldKey, String newKey);

    /** @return every request that holds a unit or was checked */
    Set<String> requestIds();

    /** @return the customer number of the contract whose unit the request holds, if any */
    Optional<String> contractOf(String requestId);

    /**
     * Gives back every unit of a contract that is gone.
     *
     * @return how many units it held
     */
    int releaseContract(String customerNumber);

    /** @return whether the request holds a unit of the contract booked on a day inside the window */
    boolean holds(String customerNumber, String requestId, QuotaWindow window);

    /** @return whether the request holds a unit of any contract */
    boolean holdsAny(String requestId);

    /** @return units of the contract booked on days inside the window */
    int used(String customerNumber, QuotaWindow window);
}
