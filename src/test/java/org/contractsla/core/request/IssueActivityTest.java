package org.contractsla.core.request;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.IssueActivity.Comment;
import org.contractsla.core.request.IssueActivity.ResolutionChange;
import org.contractsla.core.request.IssueActivity.StatusChange;
import org.contractsla.core.request.RequestHistory.Entry;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class IssueActivityTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant at(int minutes) {
        return CREATED.plusSeconds(60L * minutes);
    }

    private static List<String> described(RequestHistory h) {
        List<String> out = new ArrayList<>();
        for (Entry e : h.entries()) {
            out.add(Duration.between(CREATED, e.at()).toMinutes() + " " + e.type() + (e.value() == null ? "" : " " + e.value()));
        }
        return out;
    }

    @Test
    public void shouldReadStatusesResolutionsAndReopenings() {
        IssueActivity activity = new IssueActivity(CREATED, "anna", List.of(
                new StatusChange(at(30), "Waiting for customer"), new StatusChange(at(10), "In progress")), List.of(
                new ResolutionChange(at(90), false), // given out of order: read in time order
                new ResolutionChange(at(60), true),
                new ResolutionChange(at(70), true), // Fixed to Done: still resolved, nothing new
                new ResolutionChange(at(95), false)), List.of());
        assertEquals(List.of("10 STATUS In progress", "30 STATUS Waiting for customer", "60 RESOLVED", "90 REOPENED"),
                described(activity.history("SUP-1", "gold", Severity.S3, List.of())));
    }

    @Test
    public void shouldReadResolutionChangesGivenLatestFirstInTimeOrder() {
        IssueActivity activity = new IssueActivity(CREATED, "anna", List.of(), List.of(
                new ResolutionChange(at(90), false), new ResolutionChange(at(60), true)), List.of());
        assertEquals(List.of("60 RESOLVED", "90 REOPENED"), described(activity.history("SUP-4", "gold", Severity.S3,
                List.of())));
    }

    @Test
    public void shouldCountOnlyPublicCommentsOfTheSupportTeamAsResponses() {
        IssueActivity activity = new IssueActivity(CREATED, "anna", List.of(), List.of(), List.of(
                new Comment(at(5), "anna", true, false), // the reporter
                new Comment(at(6), "anna", true, true), // the reporter, though licensed (an employee raising it)
                new Comment(at(7), "bert", true, false), // a colleague of the reporter's without a licence
                new Comment(at(8), "agent", false, true), // internal: restricted to a group or role
                new Comment(at(9), null, true, true), // an author Jira no longer knows
                new Comment(at(20), "agent", true, true)));
        assertEquals(List.of("20 RESPONSE"), described(activity.history("SUP-2", "gold", Severity.S3, List.of())));
    }

    @Test
    public void shouldMoveWhatWasRecordedBeforeTheCreationToTheCreation() {
        IssueActivity activity = new IssueActivity(CREATED, "anna", List.of(new StatusChange(at(-1), "Open")),
                List.of(), List.of(new Comment(at(-2), "agent", true, true)));
        assertEquals(List.of("0 STATUS Open", "0 SEVERITY S1", "0 RESPONSE"), described(activity.history("SUP-3", "gold",
                Severity.S3, List.of(Entry.severity(at(-1), Severity.S1)))));
    }

    @Test
    public void shouldKeepTheContractOfAPlanChangeRecordedBeforeTheCreation() {
        RequestHistory h = new IssueActivity(CREATED, "anna", List.of(), List.of(), List.of()).history("SUP-3", "gold",
                Severity.S3, List.of(Entry.plan(at(-1), "silver", "K-2"), Entry.plan(at(-1), "bronze")));
        assertEquals(List.of("0 PLAN silver", "0 PLAN bronze"), described(h));
        assertEquals("K-2", h.entries().get(0).contract());
        assertEquals(null, h.entries().get(1).contract());
    }

    @Test
    public void shouldStopTheFirstResponseClockAtTheAgentsReplyNotAtTheReportersComment() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", java.time.ZoneOffset.UTC)),
                List.of(Plan.of("gold", Map.of(Metric.FIRST_RESPONSE, Map.of(Severity.S3,
                        GoalDefinition.of(Duration.ofHours(1), "always", false))))), Set.of("Waiting for customer"));
        IssueActivity activity = new IssueActivity(CREATED, "anna", List.of(), List.of(), List.of(
                new Comment(at(10), "anna", true, false), new Comment(at(75), "agent", true, true)));
        org.contractsla.core.clock.ClockMeasurement fr = new MeasuringRequestClocks(CompiledPolicy.of(policy,
                FixedPublicHolidays.none())).measure(activity.history("SUP-4", "gold", Severity.S3, List.of()), at(120))
                .get(Metric.FIRST_RESPONSE).measurement().orElseThrow();
        assertEquals(ClockState.BREACHED, fr.state());
        assertEquals(at(75), fr.measuredAt());
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldTakeOnlySeverityAndPlanChangesAsGoalChanges() {
        new IssueActivity(CREATED, "anna", List.of(), List.of(), List.of()).history("SUP-5", "gold", Severity.S3,
                List.of(Entry.response(at(5))));
    }
}
