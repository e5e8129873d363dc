package org.contractsla.core.request;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.entitlement.ContractStanding;
import org.contractsla.core.severity.Severity;

/**
 * How a support request stands at an instant, as an agent sees it on the issue: its clocks measured live, the
 * severity in force, and its contract. Immutable.
 *
 * @param assessment  its decision, plan and clocks, not null
 * @param severity    the severity in force now, not null
 * @param severitySet whether a severity was set (when it was opened, or by the team since); false while it runs on
 *                    {@link RecomputingClocks#UNTIL_SET}
 * @param contract    how its contract stands, null if it has none
 * @param severityChanges every change of its severity, oldest first, not null
 */
public record RequestStanding(RequestAssessment assessment, Severity severity, boolean severitySet,
        ContractStanding contract, java.util.List<org.contractsla.core.severity.SeverityChange> severityChanges) {

    /** Checks the parts that are always there. */
    public RequestStanding {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(severity, "severity");
        severityChanges = java.util.List.copyOf(severityChanges);
    }

    /** @return how its contract stands, empty if it has none */
    public Optional<ContractStanding> contractStanding() {
        return Optional.ofNullable(contract);
    }
}
