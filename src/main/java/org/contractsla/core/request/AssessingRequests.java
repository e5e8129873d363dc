package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;

/**
 * Use case: one answer about a request, the same for the simulator, REST, the admin pages and Jira issues — what
 * the entitlement check decides and how its SLA clocks stand under that decision.
 *
 * <ul>
 *   <li>A request received after the instant asked about is not known yet: no decision, no clocks, no quota.</li>
 *   <li>Checked against a contract, its clocks run on what the decision says: the contract's plan and the
 *       severity after the production gate, on the goals' calendars as the contract sees them (its zone and
 *       holidays). If the request's history names another plan at receipt, a note says which one runs. A
 *       request taken as billable with a severity the gate refuses runs at the most urgent level allowed outside
 *       production, with a note, until the team sets one.</li>
 *   <li>Not entitled and turned away ({@link EntitlementDecision.Handling#REJECT}): no clock runs, and each says
 *       so. Taken as billable: the clocks run on the plan, and a note says the work is billable.</li>
 *   <li>Not checked: the clocks run on the plan and severity of the history.</li>
 * </ul>
 * Later severity and plan changes in the history apply as recorded. Thread-safe as its ports are.
 */
public final class AssessingRequests {

    private final MeasuringRequestClocks measuring;
    private final CheckingEntitlement checking;
    private final Contracts contracts;

    /**
     * @param measuring the clocks, not null
     * @param checking  the entitlement check, not null
     * @param contracts where the contracts of the check's decisions are found, not null
     */
    public AssessingRequests(MeasuringRequestClocks measuring, CheckingEntitlement checking, Contracts contracts) {
        this.measuring = Objects.requireNonNull(measuring, "measuring");
        this.checking = Objects.requireNonNull(checking, "checking");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
    }

    /**
     * @param measuring the clocks, not null
     * @return the use case for requests that are not checked against contracts
     */
    public static AssessingRequests clocksOnly(MeasuringRequestClocks measuring) {
        return new AssessingRequests(measuring);
    }

    private AssessingRequests(MeasuringRequestClocks measuring) {
        this.measuring = Objects.requireNonNull(measuring, "measuring");
        this.checking = null;
        this.contracts = null;
    }

    /**
     * Clocks only: the request is not checked; its clocks run on the plan and severity of its history.
     *
     * @param history the request's history, not null
     * @param now     the instant to answer at, not null
     * @return the assessment
     * @throws org.contractsla.core.DomainException {@code policy.error.plan.unknown} for a plan the policy lacks
     */
    public RequestAssessment measure(RequestHistory history, Instant now) {
        if (history.received().isAfter(now)) {
            return RequestAssessment.notReceived(history);
        }
        return RequestAssessment.of(history, null, history.planId(), history.severity(), List.of(),
                measuring.measure(history, now));
    }

    /**
     * Opens a request: checks it at receipt, books its unit of the quota unless it is not entitled, and measures
     * its clocks under that decision. A request not yet received at {@code now} is neither checked nor booked.
     *
     * @param history the request's history, not null
     * @param request the entitlement question at receipt (its time is the history's receipt), not null
     * @param now     the instant to answer at, not null
     * @return the assessment
     * @throws IllegalStateException if this use case was made for clocks only
     */
    public RequestAssessment open(RequestHistory history, EntitlementRequest request, Instant now) {
        requireChecking();
        if (history.received().isAfter(now)) {
            return RequestAssessment.notReceived(history);
        }
        if (!request.at().equals(history.received())) {
            throw new IllegalArgumentException("a request is checked as of its receipt: " + request.at() + " is not "
                    + history.received());
        }
        return measure(history, checking.open(request, history.key()), now);
    }

    /**
     * The clocks of a request already decided, such as a Jira issue with its stored decision.
     *
     * @param history  the request's history, not null
     * @param decision the decision taken when it was opened, not null
     * @param now      the instant to answer at, not null
     * @return the assessment
     */
    public RequestAssessment measure(RequestHistory history, EntitlementDecision decision, Instant now) {
        requireChecking();
        Objects.requireNonNull(decision, "decision");
        if (history.received().isAfter(now)) {
            return RequestAssessment.notReceived(history);
        }
        if (decision.handling() == EntitlementDecision.Handling.REJECT) {
            Map<Metric, MetricClock> none = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                none.put(m, MetricClock.absent(m, MetricClock.Absence.REJECTED, null, 0, 0));
            }
            return RequestAssessment.of(history, decision, null, null, List.of(), none);
        }
        List<Reason> notes = new ArrayList<>(2);
        // a request put under another plan while open keeps its plan at receipt; the change is in its history. The
        // plan in force now: the last one it was put under by then, else the one it was received under
        boolean planChanged = false;
        String lastPlanByNow = null;
        for (RequestHistory.Entry e : history.group(RequestHistory.GOAL_CHANGES)) {
            if (e.type() == RequestHistory.Entry.Type.PLAN) {
                planChanged = true;
                lastPlanByNow = e.at().isAfter(now) ? lastPlanByNow : e.value();
            }
        }
        String plan = planChanged ? history.planId() : decision.planId().orElse(history.planId());
        Severity severity = decision.severity().orElse(history.severity());
        if (decision.severityRefused()) { // taken as billable although the level asked for may not be chosen
            notes.add(Reason.of("request.note.severityRefused", severity.name(),
                    ProductionGate.MOST_URGENT_OUTSIDE_PRODUCTION.name()));
            severity = ProductionGate.MOST_URGENT_OUTSIDE_PRODUCTION;
        }
        Contract contract = decision.customerNumber().flatMap(contracts::byCustomerNumber).orElse(null);
        if (!plan.equals(history.planId())) {
            notes.add(Reason.of("request.note.planOfContract", history.planId(),
                    decision.customerNumber().orElse(""), plan));
        }
        String planNow = lastPlanByNow != null ? lastPlanByNow : plan;
        if (decision.handling() == EntitlementDecision.Handling.BILLABLE) {
            notes.add(Reason.of("request.note.billable", planNow));
        }
        CalendarOverride override = contract == null ? CalendarOverride.NONE : contract.calendarOverride();
        // a request put under other contracts runs on each one's zone and holidays while it was under it
        return RequestAssessment.of(history, decision, planNow, severity, notes,
                measuring.measure(history.receivedUnder(plan, severity), override, number -> number.equals(
                        decision.customerNumber().orElse(null)) ? override : contracts.byCustomerNumber(number)
                                .map(Contract::calendarOverride).orElse(override), now)); // one deleted: as now
    }

    private void requireChecking() {
        if (checking == null) {
            throw new IllegalStateException("made for clocks only: there are no contracts to check against");
        }
    }
}
