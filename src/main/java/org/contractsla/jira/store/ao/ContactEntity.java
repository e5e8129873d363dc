package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One authorized contact of a contract, indexed so that a reporter's contracts are found directly. */
@Table("CONTACT")
public interface ContactEntity extends Entity {

    String CUSTOMER_NUMBER = "CUSTOMER_NUMBER";
    String CONTACT_KEY = "CONTACT_KEY";

    @NotNull
    @Indexed
    String getCustomerNumber();

    void setCustomerNumber(String customerNumber);

    /** A user key as it is, or an e-mail address in lower case. */
    @NotNull
    @Indexed
    String getContactKey();

    void setContactKey(String contactKey);
}
