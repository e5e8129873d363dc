package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A support request put under another plan while it was open ({@link org.contractsla.core.contract.PlanChange}),
 * kept for good: when (epoch ms), from which plan to which.
 */
@Table("PLAN_CHANGE")
public interface PlanChangeEntity extends Entity {

    String REQUEST_ID = "REQUEST_ID";
    String CHANGED_AT = "CHANGED_AT";
    String FROM_PLAN = "FROM_PLAN";
    String TO_PLAN = "TO_PLAN";
    String FROM_CONTRACT = "FROM_CONTRACT";
    String TO_CONTRACT = "TO_CONTRACT";

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    @NotNull
    Long getChangedAt();

    void setChangedAt(Long changedAt);

    @NotNull
    String getFromPlan();

    void setFromPlan(String fromPlan);

    @NotNull
    String getToPlan();

    void setToPlan(String toPlan);

    /** The customer number of the contract before; null in rows kept before this column existed. */
    String getFromContract();

    void setFromContract(String fromContract);

    /** The customer number of the contract after; null in rows kept before this column existed. */
    String getToContract();

    void setToContract(String toContract);
}
