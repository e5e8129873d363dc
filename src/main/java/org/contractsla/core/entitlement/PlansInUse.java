package org.contractsla.core.entitlement;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.Reason;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;

/**
 * Rule: a plan stays in the configuration while anything needs it. Contracts on it need it for every new request;
 * requests decided under it, or put under it or taken off it while open, need it for their clocks, which are
 * measured again against its goals whenever they are rebuilt (domain spec §3.4). Removing it would leave those
 * requests without clocks.
 */
public final class PlansInUse {

    private final Contracts contracts;
    private final RequestDecisions decisions;
    private final PlanChange.Store planChanges;

    public PlansInUse(Contracts contracts, RequestDecisions decisions, PlanChange.Store planChanges) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.planChanges = Objects.requireNonNull(planChanges, "planChanges");
    }

    /**
     * @param planId a plan, not null
     * @return why it must stay ({@code rest.error.plan.inUse} with the number of contracts on it, or
     *         {@code rest.error.plan.needed} with the numbers of requests decided under it and of changes of plan
     *         naming it), empty if nothing needs it
     */
    public Optional<Reason> whyKept(String planId) {
        int onPlan = contracts.countByPlan(planId);
        if (onPlan > 0) {
            return Optional.of(Reason.of("rest.error.plan.inUse", planId, onPlan));
        }
        int decided = decisions.countByPlan(planId);
        int changed = planChanges.countByPlan(planId);
        if (decided + changed > 0) {
            return Optional.of(Reason.of("rest.error.plan.needed", planId, decided, changed));
        }
        return Optional.empty();
    }
}
