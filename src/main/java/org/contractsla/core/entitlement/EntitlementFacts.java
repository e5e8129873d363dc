package org.contractsla.core.entitlement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.core.severity.SeverityDecision;

/**
 * Everything the entitlement rules look at, gathered once: the request, the contract it falls under and
 * its plan, the day in the contract's zone, the quota used so far and an emergency-call pack the
 * organization could use instead. Immutable.
 */
public final class EntitlementFacts {

    /** An incident pack (e.g. an emergency call) the organization holds, with units left. */
    public static final class IncidentPack {
        private final String customerNumber;
        private final int unitsLeft;

        /**
         * @param customerNumber the pack's contract, not null
         * @param unitsLeft      units left, 1 or more
         */
        public IncidentPack(String customerNumber, int unitsLeft) {
            this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
            this.unitsLeft = unitsLeft;
        }

        /** @return the pack's customer number */
        public String customerNumber() {
            return customerNumber;
        }

        /** @return units left */
        public int unitsLeft() {
            return unitsLeft;
        }
    }

    private final EntitlementRequest request;
    private final Contract contract;
    private final Plan plan;
    private final ZoneId zone;
    private final QuotaWindow quotaWindow;
    private final int quotaUsed;
    private final IncidentPack incidentPack;
    private final SeverityDecision severity;

    private EntitlementFacts(EntitlementRequest request, Contract contract, Plan plan, ZoneId zone,
            QuotaWindow quotaWindow, int quotaUsed, IncidentPack incidentPack) {
        this.request = Objects.requireNonNull(request, "request");
        this.contract = contract;
        this.plan = plan;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.quotaWindow = quotaWindow;
        this.quotaUsed = quotaUsed;
        this.incidentPack = incidentPack;
        this.severity = request.severity().map(p -> plan == null ? SeverityDecision.accepted(p.severity())
                : plan.severityRules().decide(p)).orElse(null);
    }

    /** @return facts for a request that falls under no contract */
    public static EntitlementFacts withoutContract(EntitlementRequest request, ZoneId zone, IncidentPack pack) {
        return new EntitlementFacts(request, null, null, zone, null, 0, pack);
    }

    /** @return facts for a contract whose plan the configuration no longer has */
    public static EntitlementFacts withUnknownPlan(EntitlementRequest request, Contract contract, ZoneId zone) {
        return new EntitlementFacts(request, Objects.requireNonNull(contract, "contract"), null, zone, null, 0, null);
    }

    /**
     * @param request     the request, not null
     * @param contract    its contract, not null
     * @param plan        the contract's plan, not null
     * @param zone        the contract's zone, not null
     * @param quotaWindow the quota window of the request's day, or null when the plan has no quota
     * @param quotaUsed   units of that window used by other requests
     * @param pack        an incident pack of the organization with units left, or null
     * @return the facts
     */
    public static EntitlementFacts of(EntitlementRequest request, Contract contract, Plan plan, ZoneId zone,
            QuotaWindow quotaWindow, int quotaUsed, IncidentPack pack) {
        return new EntitlementFacts(request, Objects.requireNonNull(contract, "contract"),
                Objects.requireNonNull(plan, "plan"), zone, quotaWindow, quotaUsed, pack);
    }

    /** @return the request, not null */
    public EntitlementRequest request() {
        return request;
    }

    /** @return the contract, if the request falls under one */
    public Optional<Contract> contract() {
        return Optional.ofNullable(contract);
    }

    /** @return the contract's plan; present when the contract is, unless the configuration lost it */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /** @return the zone the contract's days are counted in, not null */
    public ZoneId zone() {
        return zone;
    }

    /** @return the day of the request in that zone */
    public LocalDate day() {
        return request.at().atZone(zone).toLocalDate();
    }

    /** @return the quota window of that day, if the plan has a quota */
    public Optional<QuotaWindow> quotaWindow() {
        return Optional.ofNullable(quotaWindow);
    }

    /** @return units of the window used by other requests */
    public int quotaUsed() {
        return quotaUsed;
    }

    /** @return an incident pack the organization could use instead, if any */
    public Optional<IncidentPack> incidentPack() {
        return Optional.ofNullable(incidentPack);
    }

    /** @return the severity after the plan's production gate, if a severity was proposed */
    public Optional<SeverityDecision> severity() {
        return Optional.ofNullable(severity);
    }
}
