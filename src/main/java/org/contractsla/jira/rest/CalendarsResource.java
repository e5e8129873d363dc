package org.contractsla.jira.rest;

import javax.inject.Inject;
import javax.ws.rs.Path;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.entitlement.PlansInUse;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;

/** {@code /rest/contract-sla/1.0/calendars}: the configuration's calendars. */
@Path("/calendars")
public class CalendarsResource extends PolicySectionResource {

    @Inject
    public CalendarsResource(Callers callers, PolicyStore store, Contracts contracts, RequestDecisions decisions,
            PlanChange.Store planChanges, PublicHolidays holidays,
            Audit audit) {
        super(callers, store, new PlansInUse(contracts, decisions, planChanges), holidays, PolicyEditing.CALENDARS, "rest.error.calendar.notFound", audit, "calendar");
    }
}
