package org.contractsla.jira.project;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.policy.Policy;
import org.junit.Test;

public class JiraSupportProjectsTest {

    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraSupportProjects support = new JiraSupportProjects(projects);

    private static Policy policy(Set<String> keys) {
        return Policy.of(List.of(), List.of(), Set.of()).withSupportProjects(keys);
    }

    private Project project(long id, String key) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(id);
        when(p.getKey()).thenReturn(key);
        return p;
    }

    @Test
    public void shouldRecordEachSupportProjectsIdAndKeepItWhenTheKeyNoLongerResolves() {
        Project sup = project(10000L, "SUP");
        when(projects.getProjectObjByKey("SUP")).thenReturn(sup);
        Policy saved = support.recordIds(policy(Set.of("SUP", "HELP")), policy(Set.of()));
        assertEquals(Map.of("SUP", 10000L), saved.supportProjectIds()); // HELP names no project (yet)
        // SUP was renamed SUPPORT in Jira; the admin imports the old document again: its id is kept
        when(projects.getProjectObjByKey("SUP")).thenReturn(null);
        Policy again = support.recordIds(policy(Set.of("SUP")), saved);
        assertEquals(Map.of("SUP", 10000L), again.supportProjectIds());
        // and it survives export and import as a document
        Policy read = new PolicyReader().read(new PolicyWriter().write(again));
        assertEquals(again, read);
    }

    @Test
    public void shouldKnowARenamedSupportProjectByItsId() {
        Project renamed = project(10000L, "SUPPORT");
        when(projects.getProjectObj(10000L)).thenReturn(renamed);
        Policy p = policy(Set.of("SUP")).withSupportProjectIds(Map.of("SUP", 10000L));
        assertEquals(Optional.of(renamed), support.project("SUP", p));
        assertEquals(Optional.of("SUP"), p.supportProjectOf("SUPPORT", 10000L));
        assertEquals(Optional.empty(), p.supportProjectOf("DEV", 10001L));
        assertEquals(Optional.of("SUP"), p.supportProjectOf("SUP", null));
        // a project no longer named a support project loses its recorded id
        assertEquals(Map.of(), p.withSupportProjects(Set.of("HELP")).supportProjectIds());
    }

    @Test
    public void shouldLearnTheIdsAConfigurationFromBeforeIdsWereRecordedDoesNotName() {
        Project sup = project(10000L, "SUP");
        when(projects.getProjectObjByKey("SUP")).thenReturn(sup);
        Policy old = policy(Set.of("SUP", "GONE"));
        Policy known = support.withIds(old);
        assertEquals(Map.of("SUP", 10000L), known.supportProjectIds());
        assertEquals(Optional.of("SUP"), known.supportProjectOf("SUPPORT", 10000L)); // renamed later: still known
        assertEquals(known, support.withIds(old));
    }
}
