package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A unit of a contract's case quota held by one request, booked on the day it was received. */
@Table("QUOTA_UNIT")
public interface QuotaUnitEntity extends Entity {

    String CUSTOMER_NUMBER = "CUSTOMER_NUMBER";
    String REQUEST_ID = "REQUEST_ID";
    String RECEIVED_ON = "RECEIVED_ON";

    @NotNull
    @Indexed
    String getCustomerNumber();

    void setCustomerNumber(String customerNumber);

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    /** ISO date ({@code 2026-03-31}), so that ranges compare as text. */
    @NotNull
    String getReceivedOn();

    void setReceivedOn(String receivedOn);
}
