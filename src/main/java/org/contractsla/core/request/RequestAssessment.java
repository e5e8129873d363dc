package org.contractsla.core.request;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.Reason;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.severity.Severity;

/**
 * The one answer about a request at an instant: whether it is known yet, the entitlement decision if it was
 * checked, the plan and severity its clocks run on, whether it is billable, notes for the reader, and each
 * metric's clock. Immutable.
 */
public final class RequestAssessment {

    private final String key;
    private final Instant received;
    private final boolean known;
    private final EntitlementDecision decision;
    private final String planId;
    private final Severity severity;
    private final List<Reason> notes;
    private final Map<Metric, MetricClock> clocks;

    private RequestAssessment(String key, Instant received, boolean known, EntitlementDecision decision, String planId,
            Severity severity, List<Reason> notes, Map<Metric, MetricClock> clocks) {
        this.key = Objects.requireNonNull(key, "key");
        this.received = Objects.requireNonNull(received, "received");
        this.known = known;
        this.decision = decision;
        this.planId = planId;
        this.severity = severity;
        this.notes = List.copyOf(notes);
        this.clocks = Collections.unmodifiableMap(clocks); // a map of its own, made for it: not copied
    }

    /** A request received after the instant asked about: nothing is known of it yet. */
    static RequestAssessment notReceived(RequestHistory history) {
        return new RequestAssessment(history.key(), history.received(), false, null, null, null,
                List.of(Reason.of("request.note.notReceived")), new EnumMap<>(Metric.class));
    }

    /**
     * @param decision the entitlement decision, or null if the request was not checked
     * @param planId   the plan the clocks run on, or null if none runs
     * @param severity the severity at receipt the clocks run on, or null if none runs
     * @param clocks   one clock per metric in metric order, a map made for this assessment and not changed after
     */
    static RequestAssessment of(RequestHistory history, EntitlementDecision decision, String planId,
            Severity severity, List<Reason> notes, Map<Metric, MetricClock> clocks) {
        return new RequestAssessment(history.key(), history.received(), true, decision, planId, severity, notes, clocks);
    }

    /** @return the request's key, not null */
    public String key() {
        return key;
    }

    /** @return when it was received, not null */
    public Instant received() {
        return received;
    }

    /** @return false if it was received after the instant asked about: then it has no decision and no clocks */
    public boolean known() {
        return known;
    }

    /** @return the entitlement decision, if the request was checked */
    public Optional<EntitlementDecision> decision() {
        return Optional.ofNullable(decision);
    }

    /** @return the plan the clocks run on; empty when none runs (not received, or turned away) */
    public Optional<String> planId() {
        return Optional.ofNullable(planId);
    }

    /** @return the severity at receipt the clocks run on; empty when none runs */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** @return true if the request is not entitled and taken as billable work */
    public boolean billable() {
        return decision != null && decision.handling() == EntitlementDecision.Handling.BILLABLE;
    }

    /** @return what the reader should know about how the answer came about, in order, immutable */
    public List<Reason> notes() {
        return notes;
    }

    /** @return one clock per metric, in metric order; empty for a request not yet received */
    public Map<Metric, MetricClock> clocks() {
        return clocks;
    }

    @Override
    public String toString() {
        return key + (known ? " " + planId + "/" + severity + " " + clocks.values() : " not received");
    }
}
