package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.Before;
import org.junit.Test;

public class JiraIssuesTest {

    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraIssues issues = new JiraIssues(issueManager, permissions, authentication);

    @Before
    public void setUp() {
        ApplicationUser reporter = mock(ApplicationUser.class);
        when(reporter.getKey()).thenReturn("JIRAUSER10200");
        when(reporter.getEmailAddress()).thenReturn("anna@example.com");
        when(issue.getId()).thenReturn(10001L);
        when(issue.getKey()).thenReturn("SUP-1");
        when(issue.getReporter()).thenReturn(reporter);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-03-02T08:00:00Z")));
        when(issueManager.getIssueObject("SUP-1")).thenReturn(issue);
        when(authentication.getLoggedInUser()).thenReturn(agent);
    }

    @Test
    public void shouldUnpackAnIssueTheUserMayBrowse() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
        IssueFacts facts = issues.visible("SUP-1").get();
        assertEquals(new IssueFacts("10001", "SUP-1", "JIRAUSER10200",
                Instant.parse("2026-03-02T08:00:00Z")), facts);
    }

    @Test
    public void shouldHideIssuesTheUserMayNotBrowseOrThatDoNotExist() {
        assertTrue(issues.visible("SUP-1").isEmpty());
        assertTrue(issues.visible("SUP-2").isEmpty());
    }

    @Test
    public void shouldLetOnlyUsersWhoMayBrowseAndEditChangeAnIssue() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);
        assertTrue("browse alone is not enough", issues.editable("SUP-1").isEmpty());
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, agent)).thenReturn(true);
        assertEquals("SUP-1", issues.editable("SUP-1").orElseThrow().key());
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(false);
        assertTrue("edit without browse", issues.editable("SUP-1").isEmpty());
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertTrue(issues.editable("SUP-1").isEmpty());
    }
}
