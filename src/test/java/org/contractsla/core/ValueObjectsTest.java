package org.contractsla.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.MaintenanceWindow;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.clock.Pause;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.ContactLimit;
import org.contractsla.core.policy.EffortBudget;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.Test;

/**
 * The core's value objects are compared by value: stores, caches and the configuration's change detection put
 * them in sets and maps and ask whether anything changed. EqualsVerifier builds instances that differ in one
 * field at a time and checks that equals sees every field, that hashCode agrees with equals and follows every
 * field that it reads, and that both are symmetric, transitive and null-safe. Fields are never null (the
 * factories refuse null), so null fields are not checked.
 */
public class ValueObjectsTest {

    private static void verify(Class<?> type, String... derivedFields) {
        EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS).withIgnoredFields(derivedFields).verify();
    }

    @Test
    public void shouldCompareCalendarsByValue() {
        verify(DailyInterval.class);
        verify(HolidayRegion.class);
        verify(MaintenanceWindow.class);
        verify(WeeklySchedule.class);
        verify(BusinessCalendar.class);
    }

    @Test
    public void shouldComparePlansAndPoliciesByValue() {
        verify(CaseQuota.class);
        verify(ContactLimit.class);
        verify(EffortBudget.class);
        verify(GoalDefinition.class);
        verify(QuotaWindow.class);
        verify(Plan.class);
        verify(Policy.class);
        verify(org.contractsla.core.policy.ProjectSettings.class);
    }

    /** Stores are tested by reading back what they kept: a decision compares by every part of it. */
    @Test
    public void shouldCompareDecisionsByValue() {
        verify(org.contractsla.core.entitlement.EntitlementDecision.class);
    }

    /** Logs and the admin's notes name values by these descriptions: each says what it describes. */
    @Test
    public void shouldDescribeValuesAsTheLogsShowThem() {
        DailyInterval night = DailyInterval.parse("22:00-23:30");
        assertEquals("DAILY 22:00-23:30", MaintenanceWindow.daily(night).toString());
        assertEquals("WEEKLY SUNDAY 22:00-23:30", MaintenanceWindow.weekly(DayOfWeek.SUNDAY, night).toString());
        assertEquals("MONTHLY 2 TUESDAY 22:00-23:30", MaintenanceWindow.monthly(2, DayOfWeek.TUESDAY, night).toString());
        assertEquals("DE", HolidayRegion.country("DE").toString());
        assertEquals("DE-by", HolidayRegion.of("DE", "by").toString());
        assertEquals("1..*", ContactLimit.atLeast(1).toString());
        assertEquals("0..3", ContactLimit.between(0, 3).toString());
        assertEquals("unlimited", CaseQuota.unlimited().toString());
        assertEquals("12/" + QuotaPeriod.YEAR.id(), CaseQuota.of(12, QuotaPeriod.YEAR).toString());
        assertEquals("remote PT4H", EffortBudget.of("remote", Duration.ofHours(4)).toString());
        assertEquals("PT4H on office", GoalDefinition.of(Duration.ofHours(4), "office", false).toString());
        assertEquals("PT4H on office (maintenance excluded)",
                GoalDefinition.of(Duration.ofHours(4), "office", true).toString());
        assertEquals("granted 3/10", QuotaClaim.granted(3, 10).toString());
        assertEquals("refused 10/10", QuotaClaim.refused(10, 10).toString());
        assertEquals("Organization[acme, ACME GmbH]", Organization.of("acme", "ACME GmbH").toString());
        assertEquals("BusinessCalendar[office, Europe/Berlin]",
                BusinessCalendar.twentyFourSeven("office", ZoneId.of("Europe/Berlin")).toString());
        assertTrue(Finding.blocks("entitlement.reason.expired", "K-1").toString().startsWith("BLOCK"));
        assertTrue(Finding.blocks("entitlement.reason.expired", "K-1").toString().contains("entitlement.reason.expired"));
        org.contractsla.core.clock.Goal goal = org.contractsla.core.clock.Goal.of(Duration.ofHours(4),
                org.contractsla.core.calendar.WorkingTimeline.of(BusinessCalendar.twentyFourSeven("always",
                        ZoneId.of("UTC")), org.contractsla.core.calendar.FixedPublicHolidays.none(), false));
        assertEquals("Goal[PT4H]", goal.toString());
        java.time.Instant at = java.time.Instant.parse("2026-03-02T09:00:00Z");
        assertEquals("2026-03-02T09:00:00Z -> Goal[PT4H]", org.contractsla.core.clock.GoalChange.at(at, goal).toString());
        assertEquals("RUNNING elapsed=PT1H goal=PT4H due=2026-03-02T13:00:00Z", org.contractsla.core.clock.SlaClock
                .measure(org.contractsla.core.clock.RequestTimeline.receivedAt(at, goal).build(), at.plusSeconds(3600))
                .toString());
        assertEquals("ACCEPTED S2 []", org.contractsla.core.severity.SeverityDecision.accepted(
                org.contractsla.core.severity.Severity.S2).toString());
        assertTrue(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, night).toString().contains("22:00-23:30"));
    }

    @Test
    public void shouldCompareContractsAndFindingsByValue() {
        verify(Contact.class);
        verify(Contract.class);
        verify(Organization.class);
        verify(Finding.class);
        verify(Reason.class);
        verify(Pause.class);
    }
}
