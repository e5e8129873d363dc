package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.request.RecomputingClocks;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.jira.issue.IssueClocks;
import org.contractsla.jira.issue.JiraIssueActivity;
import org.junit.Test;

/** The panel's context as Jira asks for it, each Jira service a mock of its stand-in. */
public class IssuePanelContextTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final com.atlassian.jira.security.PermissionManager permissions =
            mock(com.atlassian.jira.security.PermissionManager.class);
    private final ApplicationRoleManager licences = mock(ApplicationRoleManager.class);
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private Policy policy = policy("gold");

    private static Policy policy(String plan) {
        return Policy.of(List.of(BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC)), List.of(
                Plan.builder(plan).goal(Metric.FIRST_RESPONSE, Severity.S3,
                        GoalDefinition.of(Duration.ofHours(8), "always", false)).build()),
                Set.of("Waiting for customer"));
    }

    private final CommentManager comments = mock(CommentManager.class);
    private final ApplicationRoleManager commentersLicences = mock(ApplicationRoleManager.class);

    private final IssuePanelContext context = new IssuePanelContext(new IssueClocks(mock(IssueManager.class),
            new JiraIssueActivity(mock(ChangeHistoryManager.class), comments, commentersLicences),
            mock(IssueIndexingService.class),
            new RecomputingClocks(() -> policy, FixedPublicHolidays.none(), new InMemoryContracts(),
                    new InMemoryQuotaLedger(), decisions, new InMemorySeverityChanges(), new InMemoryClockRecords()),
            p -> "SUP".equals(p.getKey()) ? Optional.of("SUP") : Optional.empty(), id -> id == 10L,
            Clock.fixed(OPENED.plusSeconds(3600), ZoneOffset.UTC)), authentication, zones,
            mock(com.atlassian.jira.user.util.UserManager.class), permissions, licences);

    private static MutableIssue issue(String projectKey) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Status open = mock(Status.class);
        when(open.getName()).thenReturn("Open");
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(10001L);
        when(issue.getKey()).thenReturn(projectKey + "-1");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getCreated()).thenReturn(Timestamp.from(OPENED));
        when(issue.getStatus()).thenReturn(open);
        return issue;
    }

    private Map<String, Object> filled(Object issue) {
        Map<String, Object> given = new HashMap<>();
        given.put("issue", issue);
        given.put("other", "kept");
        Map<String, Object> filled = context.getContextMap(given);
        assertEquals("what Jira put in stays", "kept", filled.get("other"));
        return filled;
    }

    @Test
    public void shouldFillThePanelInTheViewersLanguageAndZone() {
        decisions.keep("10001", EntitlementDecision.from(List.of(), false, null, "gold", Severity.S3));
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        PanelView panel = (PanelView) filled(issue("SUP")).get(IssuePanelContext.PANEL);
        ClockView response = panel.getClocks().get(0);
        assertEquals("Noch 7 Std.", response.getDetail());
        assertEquals("F\u00e4llig am 02.03.2026, 18:00", response.getDue());

        when(authentication.getLocale()).thenReturn(null); // anonymous: English, UTC
        when(zones.getLoggedInUserTimeZone()).thenReturn(null);
        PanelView en = (PanelView) filled(issue("SUP")).get(IssuePanelContext.PANEL);
        assertEquals("7 h left", en.getClocks().get(0).getDetail());
        assertEquals("Due Mar 2, 2026, 5:00 PM", en.getClocks().get(0).getDue().replace('\u202f', ' '));
    }

    /** @return the first response clock of the issue's panel, in that language, for a viewer in Berlin */
    private ClockView firstResponse(MutableIssue issue, Locale language) {
        when(authentication.getLocale()).thenReturn(language);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        return ((PanelView) filled(issue).get(IssuePanelContext.PANEL)).getClocks().get(0);
    }

    @Test
    public void shouldShowAPausedAMetAndABreachedClockInGermanAndEnglish() {
        decisions.keep("10001", EntitlementDecision.from(List.of(), false, null, "gold", Severity.S3));
        // paused: in a status the configuration pauses in since it was opened
        MutableIssue waiting = issue("SUP");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Waiting for customer");
        when(waiting.getStatus()).thenReturn(status);
        ClockView paused = firstResponse(waiting, Locale.GERMAN);
        assertEquals("paused", paused.getState());
        assertEquals("Noch 8 Std.", paused.getDetail());
        assertEquals("paused", firstResponse(waiting, Locale.ENGLISH).getState());
        assertEquals("8 h left", firstResponse(waiting, Locale.ENGLISH).getDetail());

        // met: an agent answered after half an hour
        MutableIssue answered = issue("SUP");
        com.atlassian.jira.issue.comments.Comment reply = mock(com.atlassian.jira.issue.comments.Comment.class);
        com.atlassian.jira.user.ApplicationUser agent = mock(com.atlassian.jira.user.ApplicationUser.class);
        when(agent.getKey()).thenReturn("agent");
        when(commentersLicences.hasAnyRole(agent)).thenReturn(true);
        when(reply.getAuthorApplicationUser()).thenReturn(agent);
        when(reply.getRoleLevelId()).thenReturn(null); // public: restricted to no role (a mock's Long is 0)
        when(reply.getCreated()).thenReturn(java.util.Date.from(OPENED.plusSeconds(1800)));
        when(comments.getComments(answered)).thenReturn(List.of(reply));
        ClockView met = firstResponse(answered, Locale.GERMAN);
        assertEquals("met", met.getState());
        assertEquals("Eingehalten nach 30 Min.", met.getDetail());
        assertEquals("Met after 30 min", firstResponse(answered, Locale.ENGLISH).getDetail());

        // breached: opened ten hours ago on an 8-hour goal, no answer
        MutableIssue late = issue("SUP");
        when(late.getCreated()).thenReturn(Timestamp.from(OPENED.minusSeconds(9 * 3600)));
        ClockView breached = firstResponse(late, Locale.GERMAN);
        assertEquals("breached", breached.getState());
        assertEquals("Seit 2 Std. \u00fcberf\u00e4llig", breached.getDetail());
        assertEquals("danger", breached.getBar()); // the bar red
        assertEquals("Overdue by 2 h", firstResponse(late, Locale.ENGLISH).getDetail());
    }

    @Test
    public void shouldOfferTheSeverityFormOnlyToLicensedUsersWhoMayEditTheIssue() {
        decisions.keep("10001", EntitlementDecision.from(List.of(), false, null, "gold", Severity.S3));
        MutableIssue issue = issue("SUP");
        com.atlassian.jira.user.ApplicationUser agent = mock(com.atlassian.jira.user.ApplicationUser.class);
        assertFalse("anonymous", ((PanelView) filled(issue).get(IssuePanelContext.PANEL)).getCanEdit());
        when(authentication.getLoggedInUser()).thenReturn(agent);
        when(permissions.hasPermission(com.atlassian.jira.permission.ProjectPermissions.EDIT_ISSUES, issue, agent))
                .thenReturn(true);
        assertFalse("no licence", ((PanelView) filled(issue).get(IssuePanelContext.PANEL)).getCanEdit());
        when(licences.hasAnyRole(agent)).thenReturn(true);
        assertTrue(((PanelView) filled(issue).get(IssuePanelContext.PANEL)).getCanEdit());
        when(permissions.hasPermission(com.atlassian.jira.permission.ProjectPermissions.EDIT_ISSUES, issue, agent))
                .thenReturn(false);
        assertFalse("may not edit", ((PanelView) filled(issue).get(IssuePanelContext.PANEL)).getCanEdit());
    }

    @Test
    public void shouldLeaveThePanelOutWhereThereIsNoSupportRequestOrItsPlanIsGone() {
        assertFalse(filled(issue("DEV")).containsKey(IssuePanelContext.PANEL));
        assertFalse(filled("not an issue").containsKey(IssuePanelContext.PANEL));
        MutableIssue sub = issue("SUP");
        when(sub.isSubTask()).thenReturn(true);
        assertFalse(filled(sub).containsKey(IssuePanelContext.PANEL));
        decisions.keep("10001", EntitlementDecision.from(List.of(), false, null, "gold", Severity.S3));
        policy = policy("silver"); // gold removed from the configuration
        assertFalse("the issue view still shows", filled(issue("SUP")).containsKey(IssuePanelContext.PANEL));
        MutableIssue broken = issue("SUP");
        when(broken.getProjectObject()).thenThrow(new IllegalStateException("project cache cleared"));
        assertFalse("a fault never reaches the issue view", filled(broken).containsKey(IssuePanelContext.PANEL));
        Map<String, Object> none = new HashMap<>();
        assertSame(0, context.getContextMap(none).size());
    }
}
