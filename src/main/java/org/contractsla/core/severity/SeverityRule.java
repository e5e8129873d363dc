package org.contractsla.core.severity;

/**
 * A named rule about which severity a request may have. Rules are applied in order; each sees the decision
 * so far and may lower the level or reject it.
 */
public interface SeverityRule {

    /**
     * @param proposal what the customer asked for, not null
     * @param soFar    the decision after the earlier rules, not null
     * @return the decision after this rule, not null
     */
    SeverityDecision apply(SeverityProposal proposal, SeverityDecision soFar);

    /**
     * @param rules rules in the order to apply them
     * @return one rule applying them in that order
     */
    static SeverityRule allOf(SeverityRule... rules) {
        return (proposal, soFar) -> {
            SeverityDecision d = soFar;
            for (SeverityRule r : rules) {
                d = r.apply(proposal, d);
            }
            return d;
        };
    }

    /** @return the decision of these rules for the proposal, starting from accepting it as it is */
    default SeverityDecision decide(SeverityProposal proposal) {
        return apply(proposal, SeverityDecision.accepted(proposal.severity()));
    }
}
