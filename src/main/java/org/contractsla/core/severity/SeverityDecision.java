package org.contractsla.core.severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.contractsla.core.Reason;

/**
 * The outcome of the severity rules: the level to use (unless rejected) and every reason that changed it.
 * Immutable.
 */
public final class SeverityDecision {

    /** What became of the proposal. */
    public enum Outcome {
        /** taken as proposed */
        ACCEPTED,
        /** taken at a lower level, see the reasons */
        DOWNGRADED,
        /** not taken, see the reasons */
        REJECTED
    }

    private final Outcome outcome;
    private final Severity severity;
    private final List<Reason> reasons;

    private SeverityDecision(Outcome outcome, Severity severity, List<Reason> reasons) {
        this.outcome = outcome;
        this.severity = severity;
        this.reasons = List.copyOf(reasons);
    }

    /** @return the proposal taken as it is */
    public static SeverityDecision accepted(Severity severity) {
        return new SeverityDecision(Outcome.ACCEPTED, Objects.requireNonNull(severity, "severity"), List.of());
    }

    /** @return this decision with the level lowered to {@code to} for the given reason */
    public SeverityDecision downgradedTo(Severity to, Reason reason) {
        if (outcome == Outcome.REJECTED) {
            return this;
        }
        return new SeverityDecision(Outcome.DOWNGRADED, to, plus(reason));
    }

    /** @return this decision turned into a rejection for the given reason */
    public SeverityDecision rejected(Reason reason) {
        return new SeverityDecision(Outcome.REJECTED, severity, plus(reason));
    }

    private List<Reason> plus(Reason reason) {
        List<Reason> all = new ArrayList<>(reasons);
        all.add(Objects.requireNonNull(reason, "reason"));
        return all;
    }

    /** @return what became of the proposal, not null */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the level to use; for a rejection, the level that was asked for at that point */
    public Severity severity() {
        return severity;
    }

    /** @return every reason that changed the proposal, in rule order, immutable */
    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return outcome + " " + severity + " " + reasons;
    }
}
