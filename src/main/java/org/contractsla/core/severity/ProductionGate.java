package org.contractsla.core.severity;

import java.util.Objects;
import org.contractsla.core.Reason;

/**
 * S1 and S2 are for productive systems only. A request for them on a test system or during installation
 * is lowered to S3 or rejected, as the plan says.
 */
public final class ProductionGate implements SeverityRule {

    /** What the gate does with S1/S2 outside production. */
    public enum Action {
        DOWNGRADE, REJECT
    }

    /** The most urgent level outside production. */
    public static final Severity MOST_URGENT_OUTSIDE_PRODUCTION = Severity.S3;

    private final Action action;

    private ProductionGate(Action action) {
        this.action = action;
    }

    /** @return a gate that lowers S1/S2 outside production to S3 */
    public static ProductionGate downgrading() {
        return new ProductionGate(Action.DOWNGRADE);
    }

    /** @return a gate that rejects S1/S2 outside production */
    public static ProductionGate rejecting() {
        return new ProductionGate(Action.REJECT);
    }

    /** @param action what to do, not null */
    public static ProductionGate of(Action action) {
        return new ProductionGate(Objects.requireNonNull(action, "action"));
    }

    @Override
    public SeverityDecision apply(SeverityProposal proposal, SeverityDecision soFar) {
        if (proposal.environment().productive() || !soFar.severity().moreUrgentThan(MOST_URGENT_OUTSIDE_PRODUCTION)) {
            return soFar;
        }
        String environment = "environment." + proposal.environment().name().toLowerCase(java.util.Locale.ROOT);
        if (action == Action.REJECT) {
            return soFar.rejected(Reason.of("severity.rule.productionGate.rejected", soFar.severity().name(),
                    environment));
        }
        return soFar.downgradedTo(MOST_URGENT_OUTSIDE_PRODUCTION, Reason.of("severity.rule.productionGate.downgraded",
                soFar.severity().name(), environment));
    }
}
