package org.contractsla.jira.rest;

import javax.inject.Inject;
import javax.ws.rs.Path;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.entitlement.PlansInUse;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;

/**
 * {@code /rest/contract-sla/1.0/plans}: the configuration's plans. Deleting a plan that contracts are on, or that
 * requests were measured against, is refused.
 */
@Path("/plans")
public class PlansResource extends PolicySectionResource {

    @Inject
    public PlansResource(Callers callers, PolicyStore store, Contracts contracts, RequestDecisions decisions,
            PlanChange.Store planChanges, PublicHolidays holidays,
            Audit audit) {
        super(callers, store, new PlansInUse(contracts, decisions, planChanges), holidays, PolicyEditing.PLANS, "rest.error.plan.notFound", audit, "plan");
    }
}
