package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.contractsla.config.Json;
import org.contractsla.config.LegacyOrganizations;
import org.contractsla.core.contract.Organization;

/**
 * Model version 2: organizations get ids. Contracts stored before named their organization by name (and were
 * found by it without regard to case); each distinct name becomes an organization of its own
 * ({@link LegacyOrganizations}), and each contract is rewritten to refer to it by id. Runs once per cluster, in
 * Active Objects' own transaction; on a new installation there is nothing to do.
 */
public final class OrganizationsUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ContractEntity.class, ContactEntity.class, QuotaUnitEntity.class, OrganizationEntity.class);
        Set<String> taken = new HashSet<>();
        for (OrganizationEntity o : ao.find(OrganizationEntity.class)) {
            taken.add(o.getOrganizationId());
        }
        LegacyOrganizations legacy = new LegacyOrganizations(taken);
        for (ContractEntity row : ao.find(ContractEntity.class)) {
            ObjectNode document = (ObjectNode) Json.parse(row.getDocument());
            Organization organization = legacy.of(document.get("organization").asText());
            document.put("organization", organization.id());
            row.setDocument(Json.write(document));
            row.setOrganizationKey(organization.id());
            row.save();
        }
        for (Organization o : legacy.all()) {
            java.util.Map<String, Object> fields = new java.util.HashMap<>();
            fields.put(OrganizationEntity.ORGANIZATION_ID, o.id());
            fields.put(OrganizationEntity.NAME, o.name());
            ao.create(OrganizationEntity.class, fields);
        }
    }
}
