package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.core.severity.SeverityDecision;
import org.contractsla.core.severity.SeverityProposal;

/**
 * Use case: set a request's severity, by the rules of its plan, and keep every change (domain spec §1). The
 * customer proposes, the support team decides; both go through the plan's rules (the production gate, the S1
 * checklist), so that an edit cannot set what the request form would refuse. A change to the severity in force
 * keeps nothing; a rejected one keeps nothing and says why. The changes are the request's severity history, which
 * the clocks follow piecewise (domain spec §3.4). Thread-safe as its port is.
 */
public final class ChangingSeverity {

    private final SeverityChanges changes;
    private final Supplier<Policy> policy;
    private final RequestDecisions decisions;

    /** @param changes where changes are kept, not null */
    public ChangingSeverity(SeverityChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.policy = null;
        this.decisions = null;
    }

    /**
     * For requests whose plan follows from their kept entitlement decision ({@link #change(String,
     * SeverityProposal, String, String, Instant)}).
     *
     * @param changes   where changes are kept, not null
     * @param policy    the configuration in force, not null
     * @param decisions the decisions requests were opened with, not null
     */
    public ChangingSeverity(SeverityChanges changes, Supplier<Policy> policy, RequestDecisions decisions) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /**
     * Sets the severity of a support request by the rules of the plan its entitlement decision names (a request
     * without a kept decision, or whose plan is no longer configured, takes what is asked for).
     *
     * @see #change(String, Plan, SeverityProposal, String, String, Instant)
     * @throws IllegalStateException if this use case was made without the configuration
     */
    public SeverityDecision change(String requestId, SeverityProposal proposal, String userKey, String note,
            Instant at) {
        if (policy == null) {
            throw new IllegalStateException("made without the configuration: the plan must be given");
        }
        Plan plan = decisions.byRequest(requestId).flatMap(EntitlementDecision::planId)
                .flatMap(id -> policy.get().plan(id)).orElse(null);
        return change(requestId, plan, proposal, userKey, note, at);
    }

    /**
     * @param requestId the request, not null
     * @return every change of its severity, oldest first
     */
    public List<SeverityChange> changes(String requestId) {
        return changes.byRequest(Objects.requireNonNull(requestId, "requestId"));
    }

    /**
     * @param requestId the request, not null
     * @param plan      the request's plan, or null if it has none (then what is asked for is taken)
     * @param proposal  the severity asked for, with the environment and S1 checklist answers, not null
     * @param userKey   who asks, by user key; null for the app (the severity a request was opened with)
     * @param note      the reason they gave, or null
     * @param at        when, not null
     * @return the decision: accepted, lowered (with the rules' reasons) or rejected (nothing kept)
     */
    public SeverityDecision change(String requestId, Plan plan, SeverityProposal proposal, String userKey,
            String note, Instant at) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(at, "at");
        SeverityDecision decision = plan == null ? SeverityDecision.accepted(proposal.severity())
                : plan.severityRules().decide(proposal);
        if (decision.outcome() == SeverityDecision.Outcome.REJECTED) {
            return decision;
        }
        List<SeverityChange> before = changes.byRequest(requestId);
        Severity current = before.isEmpty() ? null : before.get(before.size() - 1).to();
        // a node whose clock runs behind must not put its change before the one in force
        Instant when = before.isEmpty() || at.isAfter(before.get(before.size() - 1).at()) ? at
                : before.get(before.size() - 1).at();
        if (decision.severity() != current) {
            changes.append(new SeverityChange(requestId, when, userKey, current, decision.severity(),
                    note == null || note.isBlank() ? null : note.strip(), decision.reasons()));
        }
        return decision;
    }

    /**
     * @param requestId the request, not null
     * @return the severity in force, empty if none was ever set
     */
    public Optional<Severity> current(String requestId) {
        List<SeverityChange> all = changes.byRequest(requestId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).to());
    }

    /**
     * @param requestId the request, not null
     * @return the severity it was opened with: the first one set, if the app set it when the request was opened
     *         ({@code userKey} null); empty if the request was opened without one (the team set it later, or has not)
     */
    public Optional<Severity> initial(String requestId) {
        return initial(changes.byRequest(requestId));
    }

    /** As {@link #initial(String)}, from the request's changes as read, oldest first. */
    static Optional<Severity> initial(List<SeverityChange> all) {
        return opening(all).map(SeverityChange::to);
    }

    /**
     * @param requestId the request, not null
     * @return every change after the one it was opened with as a history entry, for the clocks: the first severity
     *         the team set on a request opened without one is a change at its instant too, not a severity from
     *         receipt
     */
    public List<RequestHistory.Entry> historyEntries(String requestId) {
        return historyEntries(changes.byRequest(requestId));
    }

    /** As {@link #historyEntries(String)}, from the request's changes as read, oldest first. */
    static List<RequestHistory.Entry> historyEntries(List<SeverityChange> all) {
        List<RequestHistory.Entry> entries = new ArrayList<>();
        for (int i = opening(all).isPresent() ? 1 : 0; i < all.size(); i++) {
            entries.add(RequestHistory.Entry.severity(all.get(i).at(), all.get(i).to()));
        }
        return entries;
    }

    private static Optional<SeverityChange> opening(List<SeverityChange> all) {
        return all.isEmpty() || all.get(0).userKey() != null || all.get(0).from() != null ? Optional.empty()
                : Optional.of(all.get(0));
    }
}
