package org.contractsla.core.entitlement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaWindow;

/**
 * Use case: decides whether a request is entitled (domain spec §2.4) and, when it is opened, books its
 * unit of the case quota. Thread-safe as its ports are.
 *
 * <p>Which contract: the one whose customer number the reporter quoted; otherwise, of the contracts that
 * name the reporter, one in force that is not an incident pack, then any that is not, then an incident
 * pack. Its days are counted in the contract's zone, else the zone of its plan's first goal calendar,
 * else UTC.
 */
public final class CheckingEntitlement {

    private final Supplier<Policy> policy;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final EntitlementRule rules;

    /**
     * @param policy    the current configuration, not null
     * @param contracts where contracts are kept, not null
     * @param ledger    the quota ledger, not null
     * @param rules     the rules to run, in order
     */
    public CheckingEntitlement(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger,
            List<? extends EntitlementRule> rules) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.rules = EntitlementRule.allOf(rules);
    }

    /** @return the check with {@link StandardRules} */
    public static CheckingEntitlement standard(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger) {
        return new CheckingEntitlement(policy, contracts, ledger, Arrays.asList(StandardRules.values()));
    }

    /**
     * @param request the request, not null
     * @return the decision; nothing is booked
     */
    public EntitlementDecision check(EntitlementRequest request) {
        Policy p = policy.get();
        Optional<Contract> contract = find(request, p);
        return decide(facts(request, contract, p, null), p);
    }

    /**
     * The check of a request that was opened already, as of its receipt: its own unit of the quota is its own, not
     * one used by others, so a request that took the last unit of its period is not refused for it. Units booked by
     * requests received later still count. Nothing is booked.
     *
     * @param request   the request as it was received, not null
     * @param requestId the request's id, not null
     * @return the decision; noting the unit it holds, if it holds one
     */
    public EntitlementDecision review(EntitlementRequest request, String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        Policy p = policy.get();
        Optional<Contract> contract = find(request, p);
        EntitlementDecision decision = decide(facts(request, contract, p, requestId), p);
        return ledger.holdsAny(requestId) ? decision.withQuotaUnitHeld() : decision;
    }

    /**
     * The check as a reporter asking for themselves may see it, such as a customer on the portal: a customer number
     * they are not a named contact of is answered alike whether a contract has that number or not, and nothing of
     * such a contract (its plan, its findings) is told. Nothing is booked.
     *
     * @param request the request, its reporter the one asking, not null
     * @return the decision; for a number that is not theirs, {@code entitlement.contract.notYours} alone
     */
    public EntitlementDecision checkAsReporter(EntitlementRequest request) {
        Optional<String> quoted = request.customerNumber();
        if (quoted.isPresent()) {
            boolean theirs = contracts.byCustomerNumber(quoted.get()).map(c -> c.authorizes(
                    request.reporterKey().orElse(null))).orElse(false);
            if (!theirs) {
                return EntitlementDecision.from(List.of(Finding.blocks("entitlement.contract.notYours", quoted.get())),
                        false, null, null, null);
            }
        }
        return check(request);
    }

    /**
     * Checks a request that is being opened and, unless it is not entitled, books a unit of its quota. When
     * concurrent requests take the last unit first, the decision says the quota is used up.
     *
     * @param request   the request, not null
     * @param requestId the request's id (issue id), not null
     * @return the decision
     */
    public EntitlementDecision open(EntitlementRequest request, String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        Policy p = policy.get();
        Optional<Contract> contract = find(request, p);
        EntitlementFacts facts = facts(request, contract, p, requestId);
        EntitlementDecision decision = decide(facts, p);
        String reporter = request.reporterKey().orElse(null);
        String quoted = request.customerNumber().orElse(null);
        if (decision.outcome() == EntitlementDecision.Outcome.NOT_ENTITLED || facts.quotaWindow().isEmpty()) {
            return bookedNothing(requestId, reporter, quoted, decision);
        }
        Contract c = contract.get();
        QuotaWindow window = facts.quotaWindow().get();
        QuotaClaim claim = ledger.claim(c.customerNumber(), requestId, facts.day(), window,
                facts.plan().get().quota().cases());
        EntitlementFacts after = EntitlementFacts.of(request, c, facts.plan().get(), facts.zone(), window,
                claim.isGranted() ? claim.used() - 1 : claim.used(), facts.incidentPack().orElse(null));
        EntitlementDecision decided = decide(after, p);
        if (!claim.isGranted()) {
            return bookedNothing(requestId, reporter, quoted, decided);
        }
        ledger.recordCheck(requestId, reporter, quoted);
        return decided.withQuotaUnitHeld();
    }

    /** A request checked again (another reporter) may hold a unit of its former contract: it goes back. */
    private EntitlementDecision bookedNothing(String requestId, String reporter, String quoted,
            EntitlementDecision decision) {
        if (ledger.holdsAny(requestId)) {
            ledger.release(requestId);
        }
        ledger.recordCheck(requestId, reporter, quoted);
        return decision;
    }

    private EntitlementDecision decide(EntitlementFacts facts, Policy p) {
        List<Finding> findings = new ArrayList<>();
        if (facts.contract().isPresent() && facts.plan().isEmpty()) {
            findings.add(Finding.blocks("entitlement.plan.unknown", facts.contract().get().planId()));
        } else {
            findings.addAll(rules.check(facts, List.of()));
        }
        boolean billable = facts.plan().map(pl -> pl.outOfEntitlement()
                == org.contractsla.core.policy.OutOfEntitlement.BILLABLE).orElse(false);
        EntitlementDecision decision = EntitlementDecision.from(findings, billable,
                facts.contract().map(Contract::customerNumber).orElse(null), facts.plan().map(Plan::id).orElse(null),
                facts.severity().map(d -> d.severity()).orElse(null));
        boolean refused = facts.plan().isPresent() && facts.severity()
                .map(d -> d.outcome() == org.contractsla.core.severity.SeverityDecision.Outcome.REJECTED).orElse(false);
        return refused ? decision.withSeverityRefused() : decision;
    }

    private Optional<Contract> find(EntitlementRequest request, Policy p) {
        if (request.customerNumber().isPresent()) {
            return contracts.byCustomerNumber(request.customerNumber().get());
        }
        if (request.reporterKey().isEmpty()) {
            return Optional.empty();
        }
        List<Contract> named = contracts.byContact(request.reporterKey().get());
        Contract fallback = null;
        Contract pack = null;
        for (Contract c : named) {
            boolean isPack = p.plan(c.planId()).map(Plan::incidentPack).orElse(false);
            if (isPack) {
                pack = pack == null ? c : pack;
            } else if (c.inForceOn(request.at().atZone(zone(c, p)).toLocalDate())) {
                return Optional.of(c);
            } else if (fallback == null) {
                fallback = c;
            }
        }
        return Optional.ofNullable(fallback != null ? fallback : pack);
    }

    /** @param requestId a request whose own unit does not count as used, or null */
    private EntitlementFacts facts(EntitlementRequest request, Optional<Contract> contract, Policy p, String requestId) {
        if (contract.isEmpty()) {
            ZoneId zone = ZoneOffset.UTC;
            return EntitlementFacts.withoutContract(request, zone, incidentPack(request, null, p));
        }
        Contract c = contract.get();
        ZoneId zone = zone(c, p);
        Optional<Plan> plan = p.plan(c.planId());
        if (plan.isEmpty()) {
            return EntitlementFacts.withUnknownPlan(request, c, zone);
        }
        LocalDate day = request.at().atZone(zone).toLocalDate();
        QuotaWindow window = plan.get().quota().period().map(q -> q.windowOf(day, c.start(), c.end())).orElse(null);
        int used = window == null ? 0 : ledger.used(c.customerNumber(), window)
                - (requestId != null && ledger.holds(c.customerNumber(), requestId, window) ? 1 : 0);
        return EntitlementFacts.of(request, c, plan.get(), zone, window, used, incidentPack(request, c, p));
    }

    /**
     * An incident pack of the organization (or, without a contract, naming the reporter) that would take this very
     * request: in force, with units left, covering its channel and severity, the reporter one of its contacts.
     * The pack is checked with the same rules as any contract; a pack that any of them would block is not offered.
     */
    private EntitlementFacts.IncidentPack incidentPack(EntitlementRequest request, Contract contract, Policy p) {
        List<Contract> candidates = contract != null ? contracts.byOrganization(contract.organizationId())
                : request.reporterKey().map(contracts::byContact).orElse(List.of());
        for (Contract c : candidates) {
            Optional<Plan> plan = p.plan(c.planId());
            if (c.equals(contract) || plan.isEmpty() || !plan.get().incidentPack()) {
                continue;
            }
            ZoneId zone = zone(c, p);
            LocalDate day = request.at().atZone(zone).toLocalDate();
            Optional<QuotaWindow> window = plan.get().quota().period().map(q -> q.windowOf(day, c.start(), c.end()));
            int used = window.map(w -> ledger.used(c.customerNumber(), w)).orElse(0);
            EntitlementFacts onPack = EntitlementFacts.of(request, c, plan.get(), zone, window.orElse(null), used, null);
            boolean takes = rules.check(onPack, List.of()).stream().noneMatch(f -> f.effect() == Finding.Effect.BLOCKS);
            if (takes) {
                int left = window.map(w -> plan.get().quota().cases() - used).orElse(1);
                return new EntitlementFacts.IncidentPack(c.customerNumber(), left);
            }
        }
        return null;
    }

    /**
     * @return the zone a contract's days are counted in: its own, else that of its plan's first goal calendar,
     *         else UTC
     */
    public static ZoneId zone(Contract c, Policy p) {
        if (c.zone().isPresent()) {
            return c.zone().get();
        }
        return p.plan(c.planId()).flatMap(plan -> plan.goals().values().stream()
                .flatMap(bySeverity -> bySeverity.values().stream()).findFirst())
                .map(g -> p.calendars().get(g.calendarId()).zone()).orElse(ZoneOffset.UTC);
    }
}
