package org.contractsla.jira.rest;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.PolicyStore;

/**
 * The caller as Jira knows them: administrators hold the global Administer permission; agents may browse
 * one of the support projects named in the configuration.
 */
@Named
public class JiraCallers implements Callers {

    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final PolicyStore policies;

    @Inject
    public JiraCallers(@ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport GlobalPermissionManager globalPermissions, @ComponentImport PermissionManager permissions,
            @ComponentImport ProjectManager projects, PolicyStore policies) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        this.projects = projects;
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
        return Caller.user(user.getKey(), user.getEmailAddress(), admin, !admin && browsesSupportProject(user), locale);
    }

    private boolean browsesSupportProject(ApplicationUser user) {
        for (String key : policies.current().supportProjects()) {
            Project project = projects.getProjectObjByKey(key);
            if (project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
                return true;
            }
        }
        return false;
    }
}
