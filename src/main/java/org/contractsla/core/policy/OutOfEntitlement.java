package org.contractsla.core.policy;

import org.contractsla.core.EnumIds;

/** What a plan does with a request that is not entitled. */
public enum OutOfEntitlement {
    /** turn it away with guidance on what to do instead */
    REJECT,
    /** take it, flagged as billable (the customer approves a quote first) */
    BILLABLE;

    /** @return the id used in the configuration format */
    public String id() {
        return EnumIds.id(this);
    }
}
