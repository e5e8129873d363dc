package org.contractsla.core.severity;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.contractsla.core.Reason;
import org.contractsla.core.severity.SeverityDecision.Outcome;
import org.junit.Test;

public class SeverityRulesTest {

    // built per test, not once per class: a mutation tool swaps the rules' code after the class is loaded
    private final SeverityRule BACKUP_VENDOR = SeverityRule.allOf(ProductionGate.downgrading(),
            CriticalChecklist.rule());

    @Test
    public void shouldAcceptS1InProductionWhenChecklistIsMet() {
        SeverityDecision d = BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S1, Environment.PRODUCTION)
                .withChecklist(true, false));
        assertEquals(Outcome.ACCEPTED, d.outcome());
        assertEquals(Severity.S1, d.severity());
        assertEquals(List.of(), d.reasons());
    }

    @Test
    public void shouldDowngradeS1OnTestSystemToS3WithVisibleReason() {
        SeverityDecision d = BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S1, Environment.TEST)
                .withChecklist(true, false));
        assertEquals(Outcome.DOWNGRADED, d.outcome());
        assertEquals(Severity.S3, d.severity());
        assertEquals(List.of(Reason.of("severity.rule.productionGate.downgraded", "S1", "environment.test")),
                d.reasons());
    }

    @Test
    public void shouldRejectS2DuringInstallationWhenPlanRejects() {
        SeverityDecision d = ProductionGate.rejecting().decide(SeverityProposal.of(Severity.S2,
                Environment.INSTALLATION));
        assertEquals(Outcome.REJECTED, d.outcome());
        assertEquals("severity.rule.productionGate.rejected", d.reasons().get(0).key());
    }

    @Test
    public void shouldLeaveS3AndS4OnTestSystemsAlone() {
        assertEquals(Outcome.ACCEPTED, BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S3, Environment.TEST)).outcome());
        assertEquals(Outcome.ACCEPTED, BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S4, Environment.TEST)).outcome());
    }

    @Test
    public void shouldTakeS1AsS2WhenChecklistFailsOrIsUnanswered() {
        // row: operation still possible
        assertEquals("severity.rule.s1Checklist.operationPossible", BACKUP_VENDOR.decide(
                SeverityProposal.of(Severity.S1, Environment.PRODUCTION).withChecklist(false, false)).reasons().get(0).key());
        // row: an older state or backup would avoid the problem
        assertEquals("severity.rule.s1Checklist.earlierStateHelps", BACKUP_VENDOR.decide(
                SeverityProposal.of(Severity.S1, Environment.PRODUCTION).withChecklist(true, true)).reasons().get(0).key());
        // row: questions not answered
        SeverityDecision unanswered = BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S1, Environment.PRODUCTION));
        assertEquals(Severity.S2, unanswered.severity());
        assertEquals("severity.rule.s1Checklist.unanswered", unanswered.reasons().get(0).key());
    }

    @Test
    public void shouldNotApplyChecklistAfterGateAlreadyLoweredS1() {
        SeverityDecision d = BACKUP_VENDOR.decide(SeverityProposal.of(Severity.S1, Environment.TEST));
        assertEquals(Severity.S3, d.severity());
        assertEquals(1, d.reasons().size());
    }
}
