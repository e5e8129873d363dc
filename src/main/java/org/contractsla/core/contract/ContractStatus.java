package org.contractsla.core.contract;

import org.contractsla.core.EnumIds;

/** The status an admin gives a contract. Whether it is in force on a day also depends on its term. */
public enum ContractStatus {
    ACTIVE, SUSPENDED, EXPIRED;

    /** @return the id used in the configuration format and in REST */
    public String id() {
        return EnumIds.id(this);
    }
}
