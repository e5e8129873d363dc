package org.contractsla.core.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;

/**
 * How a contract stands on a day in its own zone: whether it is in force, and how much of its case quota the
 * current period has left. The customers' contract list and the agents' issue panel both show it. Immutable.
 *
 * @param contract         the contract, not null
 * @param organizationName its organization's name (its id if the organization is unknown), not null
 * @param today            the day asked about, in the contract's zone, not null
 * @param inForce          whether the contract is in force that day
 * @param quota            its quota in the period of that day; null if unlimited or its plan is not configured
 */
public record ContractStanding(Contract contract, String organizationName, LocalDate today, boolean inForce,
        Quota quota) {

    /**
     * A limited quota in one period.
     *
     * @param cases  requests the period has
     * @param period the kind of period
     * @param used   requests that hold a unit of it
     * @param window the period, as days
     */
    public record Quota(int cases, QuotaPeriod period, int used, QuotaWindow window) {
        /** @return requests left, never below 0 */
        public int remaining() {
            return Math.max(0, cases - used);
        }
    }

    /** Checks the parts that are always there. */
    public ContractStanding {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(today, "today");
    }

    /**
     * @param c         a contract, not null
     * @param policy    the configuration in force, not null
     * @param contracts where its organization is found, not null
     * @param ledger    the quota ledger, not null
     * @param now       the instant asked about, not null
     * @return how it stands then
     */
    public static ContractStanding of(Contract c, Policy policy, Contracts contracts, QuotaLedger ledger,
            Instant now) {
        LocalDate today = now.atZone(CheckingEntitlement.zone(c, policy)).toLocalDate();
        String organization = contracts.organization(c.organizationId()).map(Organization::name)
                .orElse(c.organizationId());
        Plan plan = policy.plan(c.planId()).orElse(null);
        Quota quota = null;
        if (plan != null && !plan.quota().isUnlimited()) {
            QuotaPeriod period = plan.quota().period().orElseThrow();
            QuotaWindow window = period.windowOf(today, c.start(), c.end());
            quota = new Quota(plan.quota().cases(), period, ledger.used(c.customerNumber(), window), window);
        }
        return new ContractStanding(c, organization, today, c.inForceOn(today), quota);
    }

    /** @return its quota in the current period, empty if unlimited or its plan is not configured */
    public Optional<Quota> limitedQuota() {
        return Optional.ofNullable(quota);
    }
}
