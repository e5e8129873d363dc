package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A customer organization: the id contracts refer to, its name, and the Service Management organization linked. */
@Table("ORGANIZATION")
public interface OrganizationEntity extends Entity {

    String ORGANIZATION_ID = "ORGANIZATION_ID";
    String NAME = "NAME";
    String SERVICE_DESK_ID = "SERVICE_DESK_ID";

    @NotNull
    @Indexed
    String getOrganizationId();

    void setOrganizationId(String organizationId);

    /** At most 255 characters, as {@link org.contractsla.core.contract.Organization#NAME_MAX} allows. */
    @NotNull
    String getName();

    void setName(String name);

    /** The linked Jira Service Management organization's id, or null. */
    Long getServiceDeskId();

    void setServiceDeskId(Long serviceDeskId);
}
