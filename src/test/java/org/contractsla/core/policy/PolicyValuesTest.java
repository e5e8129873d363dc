package org.contractsla.core.policy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.DomainException;
import org.contractsla.core.Reason;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.severity.ProductionGate;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** The policy's values: their limits at the boundaries, and equality that tells apart what differs. */
public class PolicyValuesTest {

    /** Equal to its twin (same hash), and to none of the others, each differing in one respect. */
    private static void equality(Object value, Object twin, Object... others) {
        assertEquals(value, twin);
        assertEquals(value.hashCode(), twin.hashCode());
        assertEquals(value.toString(), twin.toString());
        assertNotEquals(value, null);
        assertNotEquals(value, "something else");
        for (Object other : others) {
            assertNotEquals(other.toString(), value, other);
        }
    }

    @Test
    public void shouldBoundContactLimitsExactly() {
        assertEquals("0..1", ContactLimit.between(0, 1).toString());
        assertEquals("10000..10000", ContactLimit.between(10_000, 10_000).toString());
        for (int[] bad : new int[][] {{-1, 1}, {0, 0}, {2, 1}, {0, 10_001}}) {
            try {
                ContactLimit.between(bad[0], bad[1]);
                fail("took " + bad[0] + ".." + bad[1]);
            } catch (DomainException e) {
                assertEquals("plan.error.contacts.range", e.key());
            }
        }
        assertEquals(ContactLimit.unlimited(), ContactLimit.atLeast(0));
        assertEquals("10000..*", ContactLimit.atLeast(10_000).toString());
        for (int bad : new int[] {-1, 10_001}) {
            try {
                ContactLimit.atLeast(bad);
                fail("took at least " + bad);
            } catch (DomainException e) {
                assertEquals("plan.error.contacts.range", e.key());
            }
        }
        ContactLimit oneToThree = ContactLimit.between(1, 3);
        assertFalse(oneToThree.exceededBy(3));
        assertTrue(oneToThree.exceededBy(4));
        assertFalse(ContactLimit.atLeast(2).exceededBy(Integer.MAX_VALUE));
        assertEquals(3, oneToThree.max().getAsInt());
        assertTrue(ContactLimit.atLeast(2).max().isEmpty());
        assertEquals(2, ContactLimit.atLeast(2).min());
        equality(oneToThree, ContactLimit.between(1, 3), ContactLimit.between(1, 4), ContactLimit.between(0, 3),
                ContactLimit.atLeast(1));
    }

    @Test
    public void shouldTellValuesApartByEveryPart() {
        LocalDate may = LocalDate.of(2026, 5, 1);
        equality(QuotaWindow.of(may, may.plusMonths(1)), QuotaWindow.of(may, may.plusMonths(1)),
                QuotaWindow.of(may, may.plusMonths(2)), QuotaWindow.of(may.plusDays(1), may.plusMonths(1)));
        assertEquals("[2026-05-01, 2026-06-01)", QuotaWindow.of(may, may.plusMonths(1)).toString());
        equality(CaseQuota.of(5, QuotaPeriod.MONTH), CaseQuota.of(5, QuotaPeriod.MONTH), CaseQuota.of(6, QuotaPeriod.MONTH),
                CaseQuota.of(5, QuotaPeriod.YEAR), CaseQuota.unlimited());
        assertEquals("5/month", CaseQuota.of(5, QuotaPeriod.MONTH).toString());
        assertEquals("unlimited", CaseQuota.unlimited().toString());
        equality(EffortBudget.of("usage", Duration.ofMinutes(15)), EffortBudget.of("usage", Duration.ofMinutes(15)),
                EffortBudget.of("usage", Duration.ofMinutes(16)), EffortBudget.of("order", Duration.ofMinutes(15)));
        equality(GoalDefinition.of(Duration.ofHours(4), "c", false), GoalDefinition.of(Duration.ofHours(4), "c", false),
                GoalDefinition.of(Duration.ofHours(5), "c", false), GoalDefinition.of(Duration.ofHours(4), "d", false),
                GoalDefinition.of(Duration.ofHours(4), "c", true));
        assertNotEquals(GoalDefinition.of(Duration.ofHours(4), "c", false).toString(),
                GoalDefinition.of(Duration.ofHours(4), "c", true).toString());
        equality(Reason.of("k.a", 1), Reason.of("k.a", 1), Reason.of("k.b", 1), Reason.of("k.a", 2));
        assertTrue(Reason.of("k.a", 1).toString().contains("k.a"));
    }

    private static Plan.Builder plan() {
        return Plan.builder("p").goal(Metric.FIRST_RESPONSE, Severity.S2, GoalDefinition.of(Duration.ofHours(4), "c", false))
                .covers(List.of(Severity.S2, Severity.S3)).channels(List.of(Channel.PORTAL))
                .quota(CaseQuota.of(5, QuotaPeriod.MONTH)).contacts(ContactLimit.between(1, 3))
                .effortBudget(EffortBudget.of("usage", Duration.ofMinutes(15)));
    }

    @Test
    public void shouldTellPlansAndPoliciesApartByEveryAttribute() {
        Plan p = plan().build();
        equality(p, plan().build(),
                Plan.builder("q").build(),
                plan().goal(Metric.FIRST_RESPONSE, Severity.S2, GoalDefinition.of(Duration.ofHours(5), "c", false)).build(),
                plan().covers(List.of(Severity.S2)).build(),
                plan().channels(List.of(Channel.PHONE)).build(),
                plan().quota(CaseQuota.of(6, QuotaPeriod.MONTH)).build(),
                plan().contacts(ContactLimit.between(1, 4)).build(),
                plan().effortBudget(EffortBudget.of("order", Duration.ofMinutes(15))).build(),
                plan().outOfEntitlement(OutOfEntitlement.BILLABLE).build(),
                plan().productionGate(ProductionGate.Action.REJECT).build(),
                plan().productionGate(ProductionGate.Action.DOWNGRADE).build(),
                plan().incidentPack(true).build());
        assertEquals(List.of(EffortBudget.of("usage", Duration.ofMinutes(15))), List.copyOf(p.effortBudgets()));
        assertEquals(ContactLimit.between(1, 3), p.contacts());
        assertEquals("Plan[p]", p.toString());
        BusinessCalendar c = BusinessCalendar.twentyFourSeven("c", ZoneOffset.UTC);
        Policy policy = Policy.of(List.of(c), List.of(p), Set.of("Waiting"));
        equality(policy, Policy.of(List.of(c), List.of(plan().build()), Set.of("Waiting")),
                Policy.of(List.of(c), List.of(), Set.of("Waiting")),
                Policy.of(List.of(c), List.of(p), Set.of()),
                policy.withSupportProjects(Set.of("SUP")),
                policy.withTrustedDirectories(Set.of(1L)));
        Policy sup = policy.withSupportProjects(Set.of("SUP"));
        equality(sup, policy.withSupportProjects(Set.of("SUP")), sup.withSupportProjectIds(Map.of("SUP", 10000L)));
    }

    @Test
    public void shouldCountATermQuotaOverTheWholeContract() {
        LocalDate start = LocalDate.of(2026, 2, 15);
        LocalDate end = LocalDate.of(2027, 2, 15);
        assertEquals(QuotaWindow.of(start, end), QuotaPeriod.TERM.windowOf(LocalDate.of(2026, 9, 30), start, end));
        assertEquals(QuotaWindow.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)),
                QuotaPeriod.QUARTER.windowOf(LocalDate.of(2026, 9, 30), start, end));
        assertEquals(QuotaWindow.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)),
                QuotaPeriod.YEAR.windowOf(LocalDate.of(2026, 9, 30), start, end));
    }

    @Test
    public void shouldKeepTheLimitOfAClaim() {
        assertEquals(10, org.contractsla.core.contract.QuotaClaim.refused(10, 10).limit());
        assertEquals(10, org.contractsla.core.contract.QuotaClaim.granted(3, 10).limit());
    }

    @Test
    public void shouldBoundAnEffortBudgetFromAMinuteToAMonthOfHours() {
        assertEquals(Duration.ofMinutes(1), EffortBudget.of("remote", Duration.ofMinutes(1)).perMonth());
        assertEquals(Duration.ofHours(744), EffortBudget.of("remote", Duration.ofHours(744)).perMonth());
        for (Duration d : List.of(Duration.ofSeconds(59), Duration.ofHours(744).plusMinutes(1))) {
            try {
                EffortBudget.of("remote", d);
                fail("accepted " + d);
            } catch (DomainException e) {
                assertEquals("plan.error.effort.range", e.key());
            }
        }
    }

    @Test
    public void shouldCompileAGoalOnlyWhereThePlanHasOne() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)),
                List.of(Plan.builder("gold").goal(Metric.FIRST_RESPONSE, Severity.S1,
                        GoalDefinition.of(Duration.ofHours(1), "always", false)).build()), Set.of());
        CompiledPolicy compiled = CompiledPolicy.of(policy, org.contractsla.core.calendar.FixedPublicHolidays.none());
        assertEquals(Duration.ofHours(1), compiled.goal("gold", Metric.FIRST_RESPONSE, Severity.S1).orElseThrow().target());
        assertFalse(compiled.goal("gold", Metric.FIRST_RESPONSE, Severity.S2).isPresent());
        assertFalse(compiled.goal("silver", Metric.FIRST_RESPONSE, Severity.S1).isPresent());
    }

    @Test
    public void shouldRefuseTheS1ChecklistOnAPlanThatDoesNotCoverS2() {
        try {
            Plan.builder("odd").covers(List.of(Severity.S1, Severity.S3)).s1Checklist(true).build();
            fail("an unmet S1 would be turned away as an uncovered S2");
        } catch (DomainException e) {
            assertEquals("plan.error.s1Checklist.noS2", e.key());
            assertEquals(List.of("odd"), e.args());
        }
        assertTrue(Plan.builder("fine").covers(List.of(Severity.S3, Severity.S4)).s1Checklist(true).build()
                .s1Checklist()); // S1 not covered at all: nothing to lower
    }
}
