package org.contractsla.jira.project;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.Policy;
import org.contractsla.jira.rest.SupportProjectIds;

/**
 * The support projects as Jira knows them: by id, so that a project whose key an admin changes stays a support
 * project. The configuration names them by key; each key's project id is recorded when the configuration is saved.
 */
@Named
public class JiraSupportProjects implements SupportProjectIds {

    private final ProjectManager projects;

    @Inject
    public JiraSupportProjects(@ComponentImport ProjectManager projects) {
        this.projects = projects;
    }

    /**
     * Records each support project's id: the project the key names now, or else the id recorded before (the key
     * changed since), from the incoming document or the configuration in force.
     */
    @Override
    public Policy recordIds(Policy incoming, Policy current) {
        Map<String, Long> ids = new HashMap<>();
        for (String key : incoming.supportProjects()) {
            Project project = projects.getProjectObjByKey(key);
            Long id = project != null ? project.getId() : incoming.supportProjectIds().getOrDefault(key,
                    current.supportProjectIds().get(key));
            if (id != null) {
                ids.put(key, id);
            }
        }
        return incoming.withSupportProjectIds(ids);
    }

    private volatile Policy lastGiven;
    private volatile Policy lastWithIds;

    /**
     * @param policy a configuration, possibly stored before ids were recorded (or naming a project created since)
     * @return it knowing the id of each support project whose key names a project now; ids it records stay
     */
    public Policy withIds(Policy policy) {
        if (policy == lastGiven) {
            return lastWithIds;
        }
        Map<String, Long> ids = new HashMap<>(policy.supportProjectIds());
        for (String key : policy.supportProjects()) {
            if (!ids.containsKey(key)) {
                Project project = projects.getProjectObjByKey(key);
                if (project != null && project.getId() != null) {
                    ids.put(key, project.getId());
                }
            }
        }
        Policy known = ids.equals(policy.supportProjectIds()) ? policy : policy.withSupportProjectIds(ids);
        lastWithIds = known;
        lastGiven = policy;
        return known;
    }

    /** @return the project a support project's configured key stands for, by its id where known */
    public Optional<Project> project(String configuredKey, Policy policy) {
        Long id = policy.supportProjectIds().get(configuredKey);
        Project byId = id == null ? null : projects.getProjectObj(id);
        return Optional.ofNullable(byId != null ? byId : projects.getProjectObjByKey(configuredKey));
    }
}
