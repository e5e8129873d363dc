package org.contractsla.jira.job;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.entitlement.ReconcilingQuota;
import org.ofbiz.core.entity.GenericEntityException;

/** The issues of the support projects, read one at a time by id, so that only their ids are held at once. */
@Named
public class JiraSupportRequests implements ReconcilingQuota.SupportRequests {

    private final ProjectManager projects;
    private final IssueManager issues;

    @Inject
    public JiraSupportRequests(@ComponentImport ProjectManager projects, @ComponentImport IssueManager issues) {
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public void forEach(Set<String> projectKeys, Consumer<ReconcilingQuota.SupportRequest> each) {
        for (String key : projectKeys) {
            Project project = projects.getProjectObjByKey(key);
            if (project == null) {
                continue; // deleted or renamed: its issues are in no support project, so their units go back
            }
            Collection<Long> ids;
            try {
                ids = issues.getIssueIdsForProject(project.getId());
            } catch (GenericEntityException e) {
                throw new StorageUnavailableException("issues of a support project not read", e);
            }
            for (Long id : ids) {
                Issue issue = issues.getIssueObject(id);
                if (issue == null || issue.getCreated() == null) {
                    continue; // deleted meanwhile
                }
                ApplicationUser reporter = issue.getReporter();
                each.accept(new ReconcilingQuota.SupportRequest(String.valueOf(id), issue.getKey(),
                        issue.getProjectObject() == null ? key : issue.getProjectObject().getKey(),
                        reporter == null ? null : reporter.getKey(), issue.getCreated().toInstant(),
                        issue.isSubTask()));
            }
        }
    }
}
