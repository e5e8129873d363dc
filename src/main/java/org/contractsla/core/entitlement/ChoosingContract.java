package org.contractsla.core.entitlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractsla.core.DomainException;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Policy;

/**
 * Use case: an agent names the contract a support request is handled under, among the contracts of the
 * organizations its reporter belongs to (those of the contracts that name the reporter, by user key). The request
 * is then checked again as received, quoting that contract's number: its quota unit moves to that contract, and the
 * new decision is kept. A contract of another organization cannot be named, nor one under which the request would be
 * turned away (it would lose its clocks and its unit). Thread-safe as its ports are.
 */
public final class ChoosingContract {

    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final CheckingEntitlement checking;
    private final CountingRequests counting;
    private final RequestDecisions decisions;
    private final org.contractsla.core.contract.PlanChange.Store planChanges;

    /**
     * @param policy      the configuration in force, not null
     * @param contracts   the contracts, not null
     * @param ledger      the quota ledger, not null
     * @param decisions   where the new decision is kept, not null
     * @param planChanges where a change of plan is kept, so the clocks follow it from its instant, not null
     */
    public ChoosingContract(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger,
            RequestDecisions decisions, org.contractsla.core.contract.PlanChange.Store planChanges) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.planChanges = Objects.requireNonNull(planChanges, "planChanges");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.checking = CheckingEntitlement.standard(policy, contracts, ledger);
        this.counting = new CountingRequests(policy, contracts, ledger, decisions);
    }

    /**
     * @param reporterKey the request's reporter, or null
     * @return the contracts that may be named for the reporter's requests, by customer number; none without a reporter
     */
    public List<Contract> choices(String reporterKey) {
        if (reporterKey == null) {
            return List.of();
        }
        Map<String, Contract> choices = new LinkedHashMap<>();
        for (Contract named : contracts.byContact(reporterKey)) {
            contracts.byOrganization(named.organizationId()).forEach(c -> choices.putIfAbsent(c.customerNumber(), c));
        }
        return new ArrayList<>(choices.values());
    }

    /**
     * @param requestId      the request, not null
     * @param projectKey     its support project's configured key, not null
     * @param reporterKey    its reporter, or null
     * @param customerNumber the contract named, not null
     * @param received       when it was received, not null
     * @param at             when the agent names it: a change of plan applies from then, not null
     * @return the new decision; empty if the request was handled under that contract already
     * @throws DomainException {@code entitlement.error.contract.notChoosable} for a contract of another organization
     */
    public Optional<EntitlementDecision> choose(String requestId, String projectKey, String reporterKey,
            String customerNumber, Instant received, Instant at) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(customerNumber, "customerNumber");
        boolean allowed = choices(reporterKey).stream().anyMatch(c -> c.customerNumber().equals(customerNumber));
        if (!allowed) {
            throw new DomainException("entitlement.error.contract.notChoosable", customerNumber);
        }
        // a contract that would turn the request away would take its clocks and its unit: refused, nothing changes
        EntitlementDecision dry = checking.review(EntitlementRequest.builderWithoutChannel(received)
                .reporter(reporterKey).customerNumber(customerNumber).build(), requestId);
        if (dry.handling() == EntitlementDecision.Handling.REJECT) {
            throw new DomainException("entitlement.error.contract.wouldRefuse", customerNumber);
        }
        Optional<EntitlementDecision> decidedBefore = decisions.byRequest(requestId);
        Optional<String> planBefore = decidedBefore.flatMap(EntitlementDecision::planId);
        Optional<String> contractBefore = decidedBefore.flatMap(EntitlementDecision::customerNumber);
        Optional<EntitlementDecision> decided = !ledger.known(requestId) // never counted: its creation was missed
                ? counting.opened(requestId, projectKey, reporterKey, customerNumber, received)
                : counting.updated(requestId, projectKey, reporterKey, customerNumber, received);
        Optional<String> planAfter = decided.flatMap(EntitlementDecision::planId);
        Optional<String> contractAfter = decided.flatMap(EntitlementDecision::customerNumber);
        // another plan, or another contract on the same plan (its zone and holidays may differ), from now on
        if (planBefore.isPresent() && planAfter.isPresent()
                && (!planBefore.equals(planAfter) || !contractBefore.equals(contractAfter)) && at.isAfter(received)) {
            // a node whose clock runs behind must not put its change before the one in force
            List<org.contractsla.core.contract.PlanChange> before = planChanges.byRequest(requestId);
            Instant when = before.isEmpty() || at.isAfter(before.get(before.size() - 1).at()) ? at
                    : before.get(before.size() - 1).at();
            planChanges.append(new org.contractsla.core.contract.PlanChange(requestId, when, planBefore.get(),
                    planAfter.get(), contractBefore.orElse(null), contractAfter.orElse(null)));
        }
        return decided;
    }
}
