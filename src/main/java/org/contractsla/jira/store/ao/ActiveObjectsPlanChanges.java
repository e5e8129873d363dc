package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.jira.store.StoreCalls;

/**
 * Plan changes in Active Objects, one row each, never changed. A change is one insert, atomic on its own. Rows kept
 * before the contracts had columns read with no contracts: their requests run on the current contract's zone.
 */
@Named
public class ActiveObjectsPlanChanges implements PlanChange.Store {

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsPlanChanges(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void append(PlanChange change) {
        Map<String, Object> row = new java.util.HashMap<>(Map.of(PlanChangeEntity.REQUEST_ID, change.requestId(),
                PlanChangeEntity.CHANGED_AT, change.at().toEpochMilli(), PlanChangeEntity.FROM_PLAN, change.fromPlan(),
                PlanChangeEntity.TO_PLAN, change.toPlan()));
        if (change.fromContract() != null) {
            row.put(PlanChangeEntity.FROM_CONTRACT, change.fromContract());
        }
        if (change.toContract() != null) {
            row.put(PlanChangeEntity.TO_CONTRACT, change.toContract());
        }
        StoreCalls.guarded("keep a plan change", () -> ao.create(PlanChangeEntity.class, row));
    }

    @Override
    public int countByPlan(String planId) {
        Objects.requireNonNull(planId, "planId");
        // from it, or to it from another: a change of contract on the same plan counts once
        return StoreCalls.guarded("count the plan changes of a plan", () -> ao.count(PlanChangeEntity.class,
                ActiveObjectsContracts.eq(PlanChangeEntity.FROM_PLAN), planId) + ao.count(PlanChangeEntity.class,
                ActiveObjectsContracts.eq(PlanChangeEntity.TO_PLAN) + " AND \"" + PlanChangeEntity.FROM_PLAN
                        + "\" <> ?", planId, planId));
    }

    @Override
    public List<PlanChange> byRequest(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return StoreCalls.guarded("read plan changes", () -> {
            List<PlanChangeEntity> rows = new ArrayList<>(Arrays.asList(ao.find(PlanChangeEntity.class,
                    ActiveObjectsContracts.eq(PlanChangeEntity.REQUEST_ID), requestId)));
            rows.sort(Comparator.comparing(PlanChangeEntity::getChangedAt).thenComparing(PlanChangeEntity::getID));
            List<PlanChange> changes = new ArrayList<>();
            for (PlanChangeEntity e : rows) {
                changes.add(new PlanChange(e.getRequestId(), Instant.ofEpochMilli(e.getChangedAt()), e.getFromPlan(),
                        e.getToPlan(), e.getFromContract(), e.getToContract()));
            }
            return changes;
        });
    }
}
