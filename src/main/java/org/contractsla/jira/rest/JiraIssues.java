package org.contractsla.jira.rest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** Issues as Jira has them, checked against the logged-in user's Browse (and Edit) permission. */
@Named
public class JiraIssues implements Issues {

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraIssues(@ComponentImport IssueManager issues, @ComponentImport PermissionManager permissions,
            @ComponentImport JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public Optional<IssueFacts> visible(String key) {
        return allowed(key, false);
    }

    @Override
    public Optional<IssueFacts> editable(String key) {
        return allowed(key, true);
    }

    private Optional<IssueFacts> allowed(String key, boolean edit) {
        ApplicationUser user = authentication.getLoggedInUser();
        MutableIssue issue = key == null ? null : issues.getIssueObject(key);
        if (user == null || issue == null || issue.getCreated() == null
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                || edit && !permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            return Optional.empty();
        }
        ApplicationUser reporter = issue.getReporter();
        com.atlassian.jira.project.Project project = issue.getProjectObject();
        return Optional.of(new IssueFacts(String.valueOf(issue.getId()), issue.getKey(),
                reporter == null ? null : reporter.getKey(), issue.getCreated().toInstant(),
                project == null ? null : project.getKey(), project == null ? null : project.getId()));
    }
}
