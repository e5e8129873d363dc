package org.contractsla.core.contract;

import java.time.LocalDate;
import org.contractsla.core.policy.QuotaWindow;

/**
 * Which request holds which unit of a contract's case quota. A request holds at most one unit, booked on
 * the day (in the contract's zone) it was received. Implementations are thread-safe and never grant more
 * units in a window than its limit, however many requests claim at once.
 */
public interface QuotaLedger {

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
     * Gives a request's unit back (request deleted or moved out of the support project).
     *
     * @return whether the request held a unit
     */
    boolean release(String requestId);

    /** @return whether the request holds a unit of the contract booked on a day inside the window */
    boolean holds(String customerNumber, String requestId, QuotaWindow window);

    /** @return whether the request holds a unit of any contract */
    boolean holdsAny(String requestId);

    /** @return units of the contract booked on days inside the window */
    int used(String customerNumber, QuotaWindow window);
}
