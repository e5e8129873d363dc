package org.contractsla.jira.job;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.entitlement.ReconcilingQuota;
import org.contractsla.core.policy.Policy;
import org.contractsla.jira.project.JiraSupportProjects;
import org.ofbiz.core.entity.GenericEntityException;

/** The issues of the support projects, read one at a time by id, so that only their ids are held at once. */
@Named
public class JiraSupportRequests implements ReconcilingQuota.SupportRequests {

    private final JiraSupportProjects projects;
    private final IssueManager issues;

    @Inject
    public JiraSupportRequests(JiraSupportProjects projects, @ComponentImport IssueManager issues) {
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public Optional<ReconcilingQuota.SupportRequest> byId(Policy given, String requestId) {
        Policy policy = projects.withIds(given);
        Issue issue;
        try {
            issue = issues.getIssueObject(Long.valueOf(requestId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (issue == null || issue.getCreated() == null) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        String key = project == null ? null
                : policy.supportProjectOf(project.getKey(), project.getId()).orElse(project.getKey());
        ApplicationUser reporter = issue.getReporter();
        return Optional.of(new ReconcilingQuota.SupportRequest(requestId, issue.getKey(), key,
                reporter == null ? null : reporter.getKey(), issue.getCreated().toInstant(), issue.isSubTask()));
    }

    /**
     * @param given the configuration in force
     * @param each  called with the id of every issue of the support projects, sub-tasks included
     * @throws StorageUnavailableException if a project's issues could not be listed
     */
    public void forEachId(Policy given, Consumer<String> each) {
        Policy policy = projects.withIds(given);
        for (String key : policy.supportProjects()) {
            Project project = projects.project(key, policy).orElse(null);
            if (project == null) {
                continue;
            }
            try {
                issues.getIssueIdsForProject(project.getId()).forEach(id -> each.accept(String.valueOf(id)));
            } catch (GenericEntityException e) {
                throw new StorageUnavailableException("issues of a support project not read", e);
            }
        }
    }

    @Override
    public void forEach(Policy given, Consumer<ReconcilingQuota.SupportRequest> each) {
        Policy policy = projects.withIds(given);
        for (String key : policy.supportProjects()) {
            Project project = projects.project(key, policy).orElse(null);
            if (project == null) {
                continue; // deleted: its issues are gone, so their units go back
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
                each.accept(new ReconcilingQuota.SupportRequest(String.valueOf(id), issue.getKey(), key,
                        reporter == null ? null : reporter.getKey(), issue.getCreated().toInstant(),
                        issue.isSubTask()));
            }
        }
    }
}
