package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.config.Json;
import org.contractsla.config.LegacyOrganizations;
import org.contractsla.core.contract.Organization;

/**
 * Model version 2: organizations get ids. Contracts stored before named their organization by name (and were
 * found by it without regard to case); each distinct name becomes an organization of its own
 * ({@link LegacyOrganizations}), and each contract is rewritten to refer to it by id. Contracts are taken in order
 * of customer number, so that every node and every copy of the data gives the same ids. A contract that already
 * refers to an organization that exists is left alone, so running the task again changes nothing; one whose
 * document holds no name (damaged by hand) gets an organization named after its customer number rather than
 * stopping the app's storage from starting. Runs once per cluster, in Active Objects' own transaction; on a new
 * installation there is nothing to do.
 */
public final class OrganizationsUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrganizationsUpgradeTask.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ContractEntity.class, ContactEntity.class, QuotaUnitEntity.class, OrganizationEntity.class);
        Set<String> existing = new HashSet<>();
        for (OrganizationEntity o : ao.find(OrganizationEntity.class)) {
            existing.add(o.getOrganizationId());
        }
        LegacyOrganizations legacy = new LegacyOrganizations(existing);
        List<ContractEntity> rows = new ArrayList<>(List.of(ao.find(ContractEntity.class)));
        rows.sort(Comparator.comparing(ContractEntity::getCustomerNumber));
        for (ContractEntity row : rows) {
            JsonNode parsed = Json.parse(row.getDocument());
            if (!parsed.isObject()) {
                continue; // not a contract this task could read, nor one the store reads: left for an administrator
            }
            ObjectNode document = (ObjectNode) parsed;
            JsonNode named = document.get("organization");
            if (named != null && named.isTextual() && existing.contains(named.asText())) {
                continue; // already refers to an organization by id
            }
            String name = named != null && named.isTextual() && !named.asText().isBlank() ? named.asText()
                    : "Organization of " + row.getCustomerNumber();
            Organization organization = legacy.of(name.length() > Organization.NAME_MAX
                    ? name.substring(0, Organization.NAME_MAX) : name);
            document.put("organization", organization.id());
            row.setDocument(Json.write(document));
            row.setOrganizationKey(organization.id());
            row.save();
        }
        int made = 0;
        for (Organization o : legacy.all()) {
            Map<String, Object> fields = new HashMap<>();
            fields.put(OrganizationEntity.ORGANIZATION_ID, o.id());
            fields.put(OrganizationEntity.NAME, o.name());
            ao.create(OrganizationEntity.class, fields);
            made++;
        }
        LOG.info("Upgrade to model version 2: {} contract(s) read, {} organization(s) made from their names", rows.size(),
                made);
    }
}
