package org.contractsla.core.policy;

import org.contractsla.core.EnumIds;

/** A way a customer can open a request. */
public enum Channel {
    /** the customer portal or the Jira create screen */
    PORTAL,
    /** a mail handled by the incoming-mail channel */
    EMAIL,
    /** a call taken by an agent */
    PHONE,
    /** a chat taken by an agent */
    CHAT;

    /** @return the id used in the configuration format and in REST, e.g. {@code "email"} */
    public String id() {
        return EnumIds.id(this);
    }
}
