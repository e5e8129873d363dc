package org.contractsla.core.entitlement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Policy;

/**
 * Use case: keeps the case quota in step with the requests of the support projects (domain spec §2.4). A
 * request opened there, or moved there from elsewhere, takes a unit of the period it was received in, unless it
 * is not entitled; one that is deleted, or moved out of every support project, gives its unit back. Requests are
 * named by their stable id, which survives a move, so a request moved between support projects keeps its one
 * unit, and one moved out and back books again. Each decision taken is kept with its request
 * ({@link RequestDecisions}).
 */
public final class CountingRequests {

    private final QuotaLedger ledger;
    private final Supplier<Policy> policy;
    private final CheckingEntitlement checking;
    private final RequestDecisions decisions;

    /**
     * @param policy    the configuration in force (plans, support projects), not null
     * @param contracts the contracts, not null
     * @param ledger    the quota ledger, not null
     * @param decisions where each request's decision is kept for its clocks and its agents, not null
     */
    public CountingRequests(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger,
            RequestDecisions decisions) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.checking = CheckingEntitlement.standard(policy, contracts, ledger);
    }

    /**
     * A request opened without the app's request form: its channel, customer number and severity are not
     * known, so its contract is found through the reporter.
     *
     * @param requestId     the request, not null
     * @param projectKey    its project, not null
     * @param reporterKey the reporter's user key, or null
     * @param received      when it was received, not null
     * @return the decision, empty if the project is not a support project
     */
    public Optional<EntitlementDecision> opened(String requestId, String projectKey, String reporterKey,
            Instant received) {
        return opened(requestId, projectKey, reporterKey, null, received);
    }

    /**
     * As {@link #opened(String, String, String, Instant)}, for a request that quotes a customer number: its contract
     * is the one with that number (the reporter must be one of its contacts).
     *
     * @param customerNumber the quoted customer number, or null for none
     */
    public Optional<EntitlementDecision> opened(String requestId, String projectKey, String reporterKey,
            String customerNumber, Instant received) {
        return opened(requestId, projectKey, EntitlementRequest.builderWithoutChannel(received)
                .reporter(reporterKey).customerNumber(customerNumber).build());
    }

    /**
     * A request opened through the app's request form, which knows its channel, category, customer number and
     * proposed severity: checked as asked, its unit booked, its decision kept.
     *
     * @param request the question as the form asked it; its instant is the request's receipt
     * @return the decision, empty if the project is not a support project
     */
    public Optional<EntitlementDecision> opened(String requestId, String projectKey, EntitlementRequest request) {
        if (!policy.get().supportProjects().contains(projectKey)) {
            return Optional.empty();
        }
        // the old decision goes first: if keeping the new one fails after the booking, the request has none, and
        // its clocks check it afresh, rather than running on a decision for another reporter or contract
        decisions.remove(requestId);
        EntitlementDecision decision = checking.open(request, requestId);
        decisions.keep(requestId, decision);
        return Optional.of(decision);
    }

    /** @return whether the deleted request held a unit; its decision is forgotten too */
    public boolean deleted(String requestId) {
        decisions.remove(requestId);
        return ledger.release(requestId);
    }

    /**
     * A request moved to another project. Into the support projects, it is opened there as received at the move,
     * unless it was counted already: moving among them changes nothing, neither its unit nor its contract, and a
     * request refused there stays refused. Out of them, it gives its unit back and is forgotten, so that moving it
     * back books again.
     *
     * @param requestId     the request, not null
     * @param projectKey    the project it now belongs to, not null
     * @param reporterKey the reporter's user key, or null
     * @param movedAt       when it was moved: the instant it became a support request, not null
     * @return the decision if it was opened by the move, else empty
     */
    public Optional<EntitlementDecision> moved(String requestId, String projectKey, String reporterKey,
            Instant movedAt) {
        if (!policy.get().supportProjects().contains(projectKey)) {
            decisions.remove(requestId);
            ledger.release(requestId);
            return Optional.empty();
        }
        if (ledger.known(requestId)) {
            return Optional.empty();
        }
        return opened(requestId, projectKey, reporterKey, movedAt);
    }

    /**
     * A support request was edited. If its reporter is no longer the one it was checked for, it is checked again as
     * received, for the new reporter: its unit moves to the new reporter's contract, or goes back if that contract
     * does not take it. The same for a changed customer number, where the edit says which number it quotes now. A request the ledger does not know (its creation was missed, or it predates the app) is left
     * to the reconciliation, which tells the two apart.
     *
     * @param requestId   the request, not null
     * @param projectKey  its project, not null
     * @param reporterKey its reporter's user key now, or null
     * @param received    when it became a support request (created), not null
     * @return the decision if it was checked again, else empty
     */
    public Optional<EntitlementDecision> updated(String requestId, String projectKey, String reporterKey,
            Instant received) {
        return updated(requestId, projectKey, reporterKey, null, received);
    }

    /**
     * As {@link #updated(String, String, String, Instant)}, knowing the customer number the request quotes now.
     *
     * @param customerNumber the number it quotes now; null where that is not known (then the number it was checked
     *                       with stands)
     */
    public Optional<EntitlementDecision> updated(String requestId, String projectKey, String reporterKey,
            String customerNumber, Instant received) {
        if (!policy.get().supportProjects().contains(projectKey)) {
            return Optional.empty();
        }
        Optional<QuotaLedger.Check> check = ledger.check(requestId);
        if (check.isPresent()) {
            String quoted = customerNumber != null ? customerNumber : check.get().customerNumber();
            boolean same = Objects.equals(check.get().reporterKey(), reporterKey)
                    && Objects.equals(check.get().customerNumber(), quoted);
            return same ? Optional.empty() : opened(requestId, projectKey, reporterKey, quoted, received);
        }
        if (ledger.holdsAny(requestId)) { // booked before checks were recorded: its reporter is taken as it is
            ledger.recordCheck(requestId, reporterKey);
        }
        return Optional.empty();
    }

    /**
     * A request was created in a support project: opened, unless it was counted already (an edit on another node
     * was handled first, or the reconciliation got there before the event).
     *
     * @return the decision, empty if it was counted already or the project is not a support project
     */
    public Optional<EntitlementDecision> created(String requestId, String projectKey, String reporterKey,
            Instant received) {
        return ledger.known(requestId) ? Optional.empty() : opened(requestId, projectKey, reporterKey, received);
    }
}
