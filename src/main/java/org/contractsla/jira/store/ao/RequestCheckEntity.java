package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A request whose entitlement was checked when it became a support request, with the reporter it was checked
 * for: whether it booked a unit or not, it was counted once (see {@link QuotaUnitEntity}).
 */
@Table("REQUEST_CHECK")
public interface RequestCheckEntity extends Entity {

    String REQUEST_ID = "REQUEST_ID";
    String REPORTER_KEY = "REPORTER_KEY";
    String QUOTED_NUMBER = "QUOTED_NUMBER";

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    /** The reporter's user key, or null for a request without one. */
    String getReporterKey();

    void setReporterKey(String reporterKey);

    /** The customer number the request quoted, or null (none, or checked before numbers were recorded). */
    String getQuotedNumber();

    void setQuotedNumber(String quotedNumber);
}
