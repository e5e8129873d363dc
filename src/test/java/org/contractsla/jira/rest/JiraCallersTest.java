package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Policy;
import org.junit.Before;
import org.junit.Test;

public class JiraCallersTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GlobalPermissionManager global = mock(GlobalPermissionManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ApplicationRoleManager roles = mock(ApplicationRoleManager.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Project support = mock(Project.class);
    private JiraCallers callers;

    @Before
    public void setUp() {
        InMemoryPolicyStore store = new InMemoryPolicyStore(
                Policy.of(List.of(), List.of(), Set.of()).withSupportProjects(Set.of("SUP")));
        callers = new JiraCallers(authentication, global, permissions,
                new org.contractsla.jira.project.JiraSupportProjects(projects), roles, store);
        when(authentication.getLocale()).thenReturn(Locale.GERMANY);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getEmailAddress()).thenReturn("anna@example.com");
        when(projects.getProjectObjByKey("SUP")).thenReturn(support);
        when(user.isActive()).thenReturn(true);
    }

    @Test
    public void shouldSeeAnonymousWhenNobodyIsLoggedIn() {
        Caller c = callers.current();
        assertFalse(c.loggedIn());
        assertEquals(Locale.GERMANY, c.locale());
    }

    @Test
    public void shouldMakeLicensedUsersWhoBrowseASupportProjectAgents() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(roles.hasAnyRole(user)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, support, user)).thenReturn(true);
        Caller c = callers.current();
        assertTrue(c.agent());
        assertFalse(c.admin());
        assertEquals("anna@example.com", c.email().get());
    }

    @Test
    public void shouldTreatAPortalCustomerWhoMayBrowseTheProjectAsACustomer() {
        // Jira Service Management's default scheme grants its customers Browse Projects: no licence, no agent
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(roles.hasAnyRole(user)).thenReturn(false);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, support, user)).thenReturn(true);
        Caller c = callers.current();
        assertTrue(c.loggedIn());
        assertFalse(c.agent());
        // a deactivated account keeps its roles in some directories: not an agent either
        when(roles.hasAnyRole(user)).thenReturn(true);
        when(user.isActive()).thenReturn(false);
        assertFalse(callers.current().agent());
    }

    @Test
    public void shouldTreatOtherLoggedInUsersAsCustomers() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        Caller c = callers.current();
        assertTrue(c.loggedIn());
        assertFalse(c.agent());
    }

    @Test
    public void shouldMakeJiraAdministratorsAdmins() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(global.hasPermission(GlobalPermissionKey.ADMINISTER, user)).thenReturn(true);
        Caller c = callers.current();
        assertTrue(c.admin());
        assertTrue(c.agent());
    }

    @Test
    public void shouldKeepAgentsOfASupportProjectWhoseKeyWasChanged() {
        InMemoryPolicyStore store = new InMemoryPolicyStore(Policy.of(List.of(), List.of(), Set.of())
                .withSupportProjects(Set.of("SUP")).withSupportProjectIds(java.util.Map.of("SUP", 10000L)));
        callers = new JiraCallers(authentication, global, permissions,
                new org.contractsla.jira.project.JiraSupportProjects(projects), roles, store);
        when(projects.getProjectObjByKey("SUP")).thenReturn(null); // renamed SUPPORT
        when(projects.getProjectObj(10000L)).thenReturn(support);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(roles.hasAnyRole(user)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, support, user)).thenReturn(true);
        assertTrue(callers.current().agent());
    }
}
