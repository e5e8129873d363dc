package org.contractsla.core.entitlement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.contractsla.core.Reason;
import org.contractsla.core.severity.Severity;

/**
 * The outcome of an entitlement check with every finding, in rule order; for a request that is not
 * entitled, whether it is turned away or taken as billable. Immutable.
 */
public final class EntitlementDecision {

    /** The three answers of domain spec §2.4. */
    public enum Outcome {
        ENTITLED, ENTITLED_WITH_WARNINGS, NOT_ENTITLED
    }

    /** What happens to a request that is not entitled. */
    public enum Handling {
        /** entitled: handle it under the contract */
        UNDER_CONTRACT,
        /** not entitled: turn it away with the reasons */
        REJECT,
        /** not entitled: take it, flagged as billable */
        BILLABLE
    }

    private final Outcome outcome;
    private final Handling handling;
    private final List<Finding> findings;
    private final String customerNumber;
    private final String planId;
    private final Severity severity;
    private final boolean severityRefused;
    private final boolean quotaUnitHeld;

    private EntitlementDecision(Outcome outcome, Handling handling, List<Finding> findings, String customerNumber,
            String planId, Severity severity, boolean severityRefused, boolean quotaUnitHeld) {
        this.outcome = outcome;
        this.handling = handling;
        this.findings = List.copyOf(findings);
        this.customerNumber = customerNumber;
        this.planId = planId;
        this.severity = severity;
        this.severityRefused = severityRefused;
        this.quotaUnitHeld = quotaUnitHeld;
    }

    /**
     * @param findings       everything the rules found, in order
     * @param billable       whether the plan takes requests that are not entitled as billable
     * @param customerNumber the contract's customer number, or null
     * @param planId         its plan, or null
     * @param severity       the severity after the production gate, or null if none was proposed
     * @return the decision the findings add up to
     */
    public static EntitlementDecision from(List<Finding> findings, boolean billable, String customerNumber,
            String planId, Severity severity) {
        Objects.requireNonNull(findings, "findings");
        Outcome outcome = Outcome.ENTITLED;
        for (Finding f : findings) {
            if (f.effect() == Finding.Effect.BLOCKS) {
                outcome = Outcome.NOT_ENTITLED;
                break;
            }
            if (f.effect() == Finding.Effect.WARNS) {
                outcome = Outcome.ENTITLED_WITH_WARNINGS;
            }
        }
        Handling handling = outcome != Outcome.NOT_ENTITLED ? Handling.UNDER_CONTRACT
                : billable ? Handling.BILLABLE : Handling.REJECT;
        return new EntitlementDecision(outcome, handling, findings, customerNumber, planId, severity, false, false);
    }

    /** @return this decision, noting that the request now holds a unit of the contract's quota */
    public EntitlementDecision withQuotaUnitHeld() {
        return new EntitlementDecision(outcome, handling, findings, customerNumber, planId, severity, severityRefused,
                true);
    }

    /** @return this decision, noting that the severity proposed may not be chosen (the production gate refused it) */
    public EntitlementDecision withSeverityRefused() {
        return new EntitlementDecision(outcome, handling, findings, customerNumber, planId, severity, true,
                quotaUnitHeld);
    }

    /** @return the outcome, not null */
    public Outcome outcome() {
        return outcome;
    }

    /** @return what happens to the request, not null */
    public Handling handling() {
        return handling;
    }

    /** @return all findings in rule order, immutable */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the reasons of all findings, in rule order */
    public List<Reason> reasons() {
        return findings.stream().map(Finding::reason).collect(Collectors.toList());
    }

    /** @return the contract the request falls under, if any */
    public Optional<String> customerNumber() {
        return Optional.ofNullable(customerNumber);
    }

    /** @return the contract's plan, if any */
    public Optional<String> planId() {
        return Optional.ofNullable(planId);
    }

    /**
     * @return the severity to use after the production gate, if one was proposed; when the gate refused it
     *         ({@link #severityRefused()}), the severity that was asked for
     */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** @return true if the severity proposed may not be chosen for the request's environment */
    public boolean severityRefused() {
        return severityRefused;
    }

    /** @return whether the request holds a unit of the quota (set by {@link CheckingEntitlement#open}) */
    public boolean quotaUnitHeld() {
        return quotaUnitHeld;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EntitlementDecision)) {
            return false;
        }
        EntitlementDecision d = (EntitlementDecision) o;
        return d.outcome == outcome && d.handling == handling && d.findings.equals(findings)
                && Objects.equals(d.customerNumber, customerNumber) && Objects.equals(d.planId, planId)
                && d.severity == severity && d.severityRefused == severityRefused && d.quotaUnitHeld == quotaUnitHeld;
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, handling, findings, customerNumber, planId, severity, severityRefused,
                quotaUnitHeld);
    }

    @Override
    public String toString() {
        return outcome + " " + handling + " " + findings;
    }
}
