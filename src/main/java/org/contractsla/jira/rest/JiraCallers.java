package org.contractsla.jira.rest;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.project.JiraSupportProjects;

/**
 * The caller as Jira knows them: administrators hold the global Administer permission; agents are active users
 * with an application licence (any application role) who may browse one of the support projects named in the
 * configuration. Everyone else who is logged in is a customer: Jira Service Management grants portal customers
 * Browse Projects in its default scheme, so browsing alone never makes an agent.
 */
@Named
public class JiraCallers implements Callers {

    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final JiraSupportProjects projects;
    private final ApplicationRoleManager applicationRoles;
    private final PolicyStore policies;

    @Inject
    public JiraCallers(@ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport GlobalPermissionManager globalPermissions, @ComponentImport PermissionManager permissions,
            JiraSupportProjects projects, @ComponentImport ApplicationRoleManager applicationRoles,
            PolicyStore policies) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        this.projects = projects;
        this.applicationRoles = applicationRoles;
        this.policies = policies;
    }

    @Override
    public Caller current() {
        Locale locale = authentication.getLocale() == null ? Locale.ENGLISH : authentication.getLocale();
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Caller.anonymous(locale);
        }
        boolean admin = globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
        boolean agent = !admin && licensed(user) && browsesSupportProject(user);
        return Caller.user(user.getKey(), user.getEmailAddress(), admin, agent, locale);
    }

    /** An active account holding an application role: not a portal-only customer. */
    private boolean licensed(ApplicationUser user) {
        return user.isActive() && applicationRoles.hasAnyRole(user);
    }

    private boolean browsesSupportProject(ApplicationUser user) {
        Policy policy = policies.current();
        for (String key : policy.supportProjects()) {
            Project project = projects.project(key, policy).orElse(null);
            if (project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
                return true;
            }
        }
        return false;
    }
}
