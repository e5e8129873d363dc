package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.ContractStanding;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;

/**
 * Use case: rebuild a support request's clocks from what the tracker recorded of it, and keep them (domain spec
 * §3.3: a clock's state is derivable from the request's history). The worker calls it after each event of a
 * request, the recompute-all job after a configuration change. It reads everything afresh each time, so computing
 * twice keeps the same records and a missed event is healed by the next call.
 *
 * <p>What a request's clocks run on ({@link AssessingRequests} measures them):
 * <ul>
 *   <li>the entitlement decision it was opened with ({@link RequestDecisions}); a request opened before the app kept
 *       decisions is checked as of its receipt, for its reporter and the customer number it quoted, its own quota
 *       unit counted as its own and nothing booked ({@link CheckingEntitlement#review}); that decision is kept once
 *       the quota has counted the request;</li>
 *   <li>the severity it was opened with, else the decision's, else {@link #UNTIL_SET} until the team sets one;
 *       every later severity change applies from its instant (domain spec §3.4);</li>
 *   <li>its status changes, responses, resolutions and reopenings ({@link IssueActivity}).</li>
 * </ul>
 * Thread-safe as its ports are. The configuration is compiled once per revision.
 */
public final class RecomputingClocks {

    /** The severity a request opened without one runs on until the team sets one: the spec's normal level. */
    public static final Severity UNTIL_SET = Severity.S3;

    private final Supplier<Policy> policy;
    private final PublicHolidays holidays;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final RequestDecisions decisions;
    private final ChangingSeverity severities;
    private final ClockRecords records;
    private final PlanChange.Store planChanges;
    private volatile Compiled compiled;

    /** What is built once per configuration revision. */
    private record Compiled(Policy policy, CheckingEntitlement checking, AssessingRequests assessing,
            RecordingClocks recording) {
    }

    /**
     * @param policy     the configuration in force, not null
     * @param holidays   public holidays for the calendars, not null
     * @param contracts  the contracts, not null
     * @param ledger     the quota ledger (the number a request quoted), not null
     * @param decisions  the decisions requests were opened with, not null
     * @param severities the severity changes, not null
     * @param records    where clock records are kept, not null
     */
    public RecomputingClocks(Supplier<Policy> policy, PublicHolidays holidays, Contracts contracts, QuotaLedger ledger,
            RequestDecisions decisions, SeverityChanges severities, ClockRecords records) {
        this(policy, holidays, contracts, ledger, decisions, severities, records, new PlanChange.InMemory());
    }

    /**
     * @param planChanges the plans requests were put under while open, not null
     * @see #RecomputingClocks(Supplier, PublicHolidays, Contracts, QuotaLedger, RequestDecisions, SeverityChanges,
     *      ClockRecords)
     */
    public RecomputingClocks(Supplier<Policy> policy, PublicHolidays holidays, Contracts contracts, QuotaLedger ledger,
            RequestDecisions decisions, SeverityChanges severities, ClockRecords records,
            PlanChange.Store planChanges) {
        this.planChanges = Objects.requireNonNull(planChanges, "planChanges");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.severities = new ChangingSeverity(Objects.requireNonNull(severities, "severities"));
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * @param requestId the request (issue id), not null
     * @param key       its key, not null
     * @param activity  what the tracker recorded of it, not null
     * @param now       the instant to measure at, not null
     * @return whether its records changed (the issue then needs reindexing)
     * @throws org.contractsla.core.DomainException {@code policy.error.plan.unknown} if its plan is no longer
     *                                              configured; its records stay as they were
     * @throws org.contractsla.core.StorageUnavailableException if a store could not be read or written
     */
    public boolean recompute(String requestId, String key, IssueActivity activity, Instant now) {
        return recompute(requestId, null, key, activity, now);
    }

    /**
     * As {@link #recompute(String, String, IssueActivity, Instant)}, for a request of a support project whose
     * workflow reads its own way ({@link org.contractsla.core.policy.ProjectSettings}).
     *
     * @param projectKey the support project's configured key, or null for the configuration's settings
     */
    public boolean recompute(String requestId, String projectKey, String key, IssueActivity activity, Instant now) {
        return recompute(requestId, projectKey, key, activity, now, false);
    }

    /**
     * As {@link #recompute(String, String, String, IssueActivity, Instant)}, for the recomputation after a change of
     * the configuration: cycles completed before keep the records they were measured with
     * ({@link RecordingClocks#record(String, RequestHistory, EntitlementDecision, Instant, boolean)}).
     *
     * @param keepCompleted whether completed cycles keep their records (true only when nothing of the request
     *                      changed, only the configuration)
     */
    public boolean recompute(String requestId, String projectKey, String key, IssueActivity activity, Instant now,
            boolean keepCompleted) {
        Compiled c = compiled();
        EntitlementDecision decision = decision(requestId, activity, c);
        return c.recording().record(requestId, history(requestId, projectKey, key, activity, decision,
                severities.changes(requestId), c), decision, now, keepCompleted);
    }

    /**
     * The same measurement, live and kept nowhere: what an agent sees on the issue, to the minute.
     *
     * @param requestId the request (issue id), not null
     * @param key       its key, not null
     * @param activity  what the tracker recorded of it, not null
     * @param now       the instant to measure at, not null
     * @return its clocks, severity in force and contract then
     * @throws org.contractsla.core.DomainException {@code policy.error.plan.unknown} if its plan is no longer
     *                                              configured
     */
    public RequestStanding standing(String requestId, String key, IssueActivity activity, Instant now) {
        return standing(requestId, null, key, activity, now);
    }

    /**
     * As {@link #standing(String, String, IssueActivity, Instant)}, for a request of a support project whose workflow
     * reads its own way.
     *
     * @param projectKey the support project's configured key, or null for the configuration's settings
     */
    public RequestStanding standing(String requestId, String projectKey, String key, IssueActivity activity,
            Instant now) {
        Compiled c = compiled();
        EntitlementDecision decision = decision(requestId, activity, c);
        List<SeverityChange> changes = severities.changes(requestId); // read once for all the standing tells
        RequestAssessment assessment = c.assessing().measure(history(requestId, projectKey, key, activity, decision,
                changes, c), decision, now);
        Optional<Severity> set = (changes.isEmpty() ? Optional.<Severity>empty()
                : Optional.of(changes.get(changes.size() - 1).to())).or(decision::severity);
        Severity severity = set.or(assessment::severity).orElse(UNTIL_SET);
        ContractStanding contract = decision.customerNumber().flatMap(contracts::byCustomerNumber)
                .map(k -> ContractStanding.of(k, c.policy(), contracts, ledger, now)).orElse(null);
        return new RequestStanding(assessment, severity, set.isPresent(), contract, changes);
    }

    private RequestHistory history(String requestId, String projectKey, String key, IssueActivity activity,
            EntitlementDecision decision, List<SeverityChange> changes, Compiled c) {
        Severity severity = ChangingSeverity.initial(changes).or(decision::severity).orElse(UNTIL_SET);
        ProjectSettings settings = c.policy().settingsOf(projectKey);
        List<RequestHistory.Entry> goalChanges = new ArrayList<>(ChangingSeverity.historyEntries(changes));
        List<PlanChange> plans = planChanges.byRequest(requestId);
        // changes that led to the decision in force count; a decision taken since on another plan (the request
        // left the support projects and came back, or was checked again for a new reporter) stands on its own
        if (!plans.isEmpty() && !ledTo(plans.get(plans.size() - 1), decision)) {
            plans = List.of();
        }
        for (PlanChange p : plans) { // piecewise: the plan at receipt until the first change (domain spec §3.4)
            goalChanges.add(RequestHistory.Entry.plan(p.at(), p.toPlan(), p.toContract()));
        }
        // a request turned away has no plan, and no clock is measured for it
        String receiptPlan = plans.isEmpty() ? decision.planId().orElse("") : plans.get(0).fromPlan();
        RequestHistory history = activity.history(key, receiptPlan, severity, goalChanges,
                settings.responseStatuses()).pausingIn(settings.pauseStatuses().orElse(null));
        // the contract at receipt, for its zone and holidays until the first change
        return plans.isEmpty() ? history : history.receivedUnderContract(plans.get(0).fromContract());
    }

    /**
     * @return whether the decision in force is the one the change led to: on its plan, and under its contract where
     *         the change names one (a request checked again since, for a new reporter, stands on its own decision)
     */
    private static boolean ledTo(PlanChange last, EntitlementDecision decision) {
        return decision.planId().equals(Optional.of(last.toPlan()))
                && (last.toContract() == null || decision.customerNumber().equals(Optional.of(last.toContract())));
    }

    /**
     * @param requestId a request that was deleted or left the support projects, not null
     * @return whether it had records
     */
    public boolean forget(String requestId) {
        return records.remove(requestId);
    }

    /**
     * The decision the request was opened with; for one opened before decisions were kept, the check as of its
     * receipt with its own quota unit its own, kept from then on if the quota counted the request (so that later
     * requests cannot change it).
     */
    private EntitlementDecision decision(String requestId, IssueActivity activity, Compiled c) {
        Optional<EntitlementDecision> kept = decisions.byRequest(requestId);
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<QuotaLedger.Check> check = ledger.check(requestId);
        EntitlementDecision reviewed = c.checking().review(EntitlementRequest.builderWithoutChannel(activity.created())
                .reporter(activity.reporterKey()).customerNumber(check.map(QuotaLedger.Check::customerNumber)
                        .orElse(null)).build(), requestId);
        if (ledger.known(requestId)) {
            decisions.keep(requestId, reviewed);
        }
        return reviewed;
    }

    private Compiled compiled() {
        Policy p = policy.get();
        Compiled known = compiled;
        if (known != null && known.policy() == p) {
            return known;
        }
        CheckingEntitlement checking = CheckingEntitlement.standard(() -> p, contracts, ledger);
        MeasuringRequestClocks measuring = new MeasuringRequestClocks(CompiledPolicy.of(p, holidays));
        AssessingRequests assessing = new AssessingRequests(measuring, checking, contracts);
        Compiled fresh = new Compiled(p, checking, assessing, new RecordingClocks(assessing, records));
        compiled = fresh;
        return fresh;
    }
}
