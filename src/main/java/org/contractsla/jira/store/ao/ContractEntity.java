package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A contract row: the keys we look contracts up by, indexed, and the contract itself as a document in the
 * contracts format (docs/config-format.md), so that new contract fields need no schema change.
 */
@Table("CONTRACT")
public interface ContractEntity extends Entity {

    String CUSTOMER_NUMBER = "CUSTOMER_NUMBER";
    String ORGANIZATION_KEY = "ORGANIZATION_KEY";
    String PLAN_ID = "PLAN_ID";
    String DOCUMENT = "DOCUMENT";

    @NotNull
    @Indexed
    String getCustomerNumber();

    void setCustomerNumber(String customerNumber);

    /**
     * The id of the organization the contract belongs to (before model version 2, the organization's name in lower
     * case: {@link OrganizationsUpgradeTask} turns those into ids).
     */
    @NotNull
    @Indexed
    String getOrganizationKey();

    void setOrganizationKey(String organizationKey);

    @NotNull
    @Indexed
    String getPlanId();

    void setPlanId(String planId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocument();

    void setDocument(String document);
}
