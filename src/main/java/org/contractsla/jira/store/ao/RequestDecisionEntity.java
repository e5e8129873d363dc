package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The entitlement decision a support request was opened with ({@link org.contractsla.core.entitlement
 * .EntitlementDecision}), one row per request: its outcome and handling as columns (to list the billable and the
 * refused requests), the whole decision as a JSON document (see {@link ActiveObjectsRequestDecisions}).
 */
@Table("REQUEST_DECISION")
public interface RequestDecisionEntity extends Entity {

    String REQUEST_ID = "REQUEST_ID";
    String OUTCOME = "OUTCOME";
    String HANDLING = "HANDLING";
    String DECISION = "DECISION";
    String CUSTOMER_NUMBER = "CUSTOMER_NUMBER";
    String PLAN_ID = "PLAN_ID";

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    /** {@code ENTITLED}, {@code ENTITLED_WITH_WARNINGS} or {@code NOT_ENTITLED}. */
    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    /** {@code UNDER_CONTRACT}, {@code REJECT} or {@code BILLABLE}. */
    @NotNull
    @Indexed
    String getHandling();

    void setHandling(String handling);

    /**
     * The customer number of the contract the request was opened under, for the customer's list of their
     * organization's requests; null for none, and in rows kept before this column existed.
     */
    @Indexed
    String getCustomerNumber();

    void setCustomerNumber(String customerNumber);

    /**
     * The plan the request was decided under, so that a plan requests need is not removed; null for none, and in
     * rows kept before this column existed.
     */
    @Indexed
    String getPlanId();

    void setPlanId(String planId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDecision();

    void setDecision(String decision);
}
