package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Organization;
import org.junit.Test;

/** Contracts stored before organizations had ids load, each organization name becoming one of its own. */
public class OrganizationsUpgradeTaskTest {

    private final FakeActiveObjects ao = new FakeActiveObjects();

    /** A contract row as version 1 wrote it: the organization's name in the document, lower case in the key. */
    private void storedBefore(String number, String organization, String contact) {
        Map<String, Object> row = new HashMap<>();
        row.put(ContractEntity.CUSTOMER_NUMBER, number);
        row.put(ContractEntity.ORGANIZATION_KEY, organization.trim().toLowerCase(java.util.Locale.ROOT));
        row.put(ContractEntity.PLAN_ID, "basic");
        row.put(ContractEntity.DOCUMENT, "{\"customerNumber\":\"" + number + "\",\"organization\":\"" + organization
                + "\",\"plan\":\"basic\",\"start\":\"2026-01-01\",\"termMonths\":12,\"end\":\"2027-01-01\","
                + "\"status\":\"active\",\"licenceIds\":[],\"contacts\":[\"" + contact + "\"],\"notes\":\"\"}");
        ao.create(ContractEntity.class, row);
        Map<String, Object> c = new HashMap<>();
        c.put(ContactEntity.CUSTOMER_NUMBER, number);
        c.put(ContactEntity.CONTACT_KEY, contact);
        ao.create(ContactEntity.class, c);
    }

    @Test
    public void shouldTurnEachStoredOrganizationNameIntoAnOrganizationOfItsOwn() {
        storedBefore("K-1", "Nordlicht Logistik GmbH", "anna");
        storedBefore("K-2", "Nordlicht Logistik GmbH", "anna");
        storedBefore("X-1", "NORDLICHT LOGISTIK GMBH", "mallory"); // found with Nordlicht's contracts before
        ActiveObjectsContracts contracts = new ActiveObjectsContracts(ao.asActiveObjects(), FakeActiveObjects.locks());

        new OrganizationsUpgradeTask().upgrade(null, ao.asActiveObjects());

        assertEquals(List.of(Organization.of("nordlicht-logistik-gmbh", "Nordlicht Logistik GmbH"),
                Organization.of("nordlicht-logistik-gmbh-2", "NORDLICHT LOGISTIK GMBH")), contracts.organizations());
        assertEquals(List.of("K-1", "K-2"), contracts.byOrganization("nordlicht-logistik-gmbh").stream()
                .map(Contract::customerNumber).toList());
        assertEquals(List.of("X-1"), contracts.byOrganization("nordlicht-logistik-gmbh-2").stream()
                .map(Contract::customerNumber).toList());
        assertEquals("nordlicht-logistik-gmbh-2", contracts.byCustomerNumber("X-1").get().organizationId());
        assertEquals(2, contracts.byContact("anna").size());
    }

    @Test
    public void shouldChangeNothingWhenRunAgainAndSurviveDamagedDocuments() {
        storedBefore("K-1", "Nordlicht Logistik GmbH", "anna");
        Map<String, Object> damaged = new HashMap<>();
        damaged.put(ContractEntity.CUSTOMER_NUMBER, "D-1");
        damaged.put(ContractEntity.ORGANIZATION_KEY, "?");
        damaged.put(ContractEntity.PLAN_ID, "basic");
        damaged.put(ContractEntity.DOCUMENT, "{\"customerNumber\":\"D-1\",\"plan\":\"basic\",\"start\":\"2026-01-01\"}");
        ao.create(ContractEntity.class, damaged);
        ActiveObjectsContracts contracts = new ActiveObjectsContracts(ao.asActiveObjects(), FakeActiveObjects.locks());

        new OrganizationsUpgradeTask().upgrade(null, ao.asActiveObjects());
        List<Organization> once = contracts.organizations();
        new OrganizationsUpgradeTask().upgrade(null, ao.asActiveObjects()); // after a restore of an older model version, say

        assertEquals(once, contracts.organizations());
        assertEquals(List.of(Organization.of("nordlicht-logistik-gmbh", "Nordlicht Logistik GmbH"),
                Organization.of("organization-of-d-1", "Organization of D-1")), once);
        assertEquals("organization-of-d-1", contracts.byCustomerNumber("D-1").get().organizationId());
        assertEquals("nordlicht-logistik-gmbh", contracts.byCustomerNumber("K-1").get().organizationId());
    }

    @Test
    public void shouldDoNothingOnANewInstallation() {
        new OrganizationsUpgradeTask().upgrade(null, ao.asActiveObjects());
        assertEquals(0, ao.rows(OrganizationEntity.class));
    }
}
