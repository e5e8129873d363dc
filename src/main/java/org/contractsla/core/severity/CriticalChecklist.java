package org.contractsla.core.severity;

import org.contractsla.core.Reason;

/**
 * S1 only when (a) normal operation is impossible without the fix and (b) no earlier state or backup
 * avoids the problem. Otherwise — or when the questions are unanswered — the request is taken as S2.
 */
public final class CriticalChecklist implements SeverityRule {

    private static final CriticalChecklist INSTANCE = new CriticalChecklist();

    private CriticalChecklist() {
    }

    /** @return the rule */
    public static CriticalChecklist rule() {
        return INSTANCE;
    }

    @Override
    public SeverityDecision apply(SeverityProposal proposal, SeverityDecision soFar) {
        if (soFar.severity() != Severity.S1) {
            return soFar;
        }
        if (proposal.operationImpossibleWithoutFix().isEmpty() || proposal.earlierStateAvoidsProblem().isEmpty()) {
            return soFar.downgradedTo(Severity.S2, Reason.of("severity.rule.s1Checklist.unanswered"));
        }
        if (!proposal.operationImpossibleWithoutFix().get()) {
            return soFar.downgradedTo(Severity.S2, Reason.of("severity.rule.s1Checklist.operationPossible"));
        }
        if (proposal.earlierStateAvoidsProblem().get()) {
            return soFar.downgradedTo(Severity.S2, Reason.of("severity.rule.s1Checklist.earlierStateHelps"));
        }
        return soFar;
    }
}
