package org.contractsla.jira.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.entitlement.ReconcilingQuota;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Policy;
import org.contractsla.jira.project.JiraSupportProjects;
import org.junit.Test;
import org.ofbiz.core.entity.GenericEntityException;

public class QuotaReconciliationTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();

    private QuotaReconciliation reconciliation() {
        when(locks.getLockForName(QuotaReconciliation.LOCK)).thenReturn(lock);
        ReconcilingQuota reconciling = new ReconcilingQuota(() -> policy(Set.of("SUP")),
                new InMemoryContracts(), ledger, new org.contractsla.core.entitlement.ListedSupportRequests(),
                new org.contractsla.core.entitlement.InMemoryRequestDecisions());
        return new QuotaReconciliation(scheduler, locks, reconciling,
                Clock.fixed(Instant.parse("2026-05-31T02:40:00Z"), ZoneOffset.UTC));
    }

    @Test
    public void shouldRunOnceAtATimeAcrossTheClusterAndLetTheLockGo() {
        QuotaReconciliation r = reconciliation();
        when(lock.tryLock()).thenReturn(false);
        assertFalse(r.run().isPresent()); // another node is reconciling
        assertFalse(ledger.adoptedAt().isPresent());
        when(lock.tryLock()).thenReturn(true);
        assertTrue(r.run().get().adopted());
        verify(lock).unlock();
    }

    @Test
    public void shouldRegisterItsRunnerAndScheduleItOncePerCluster() throws Exception {
        QuotaReconciliation r = reconciliation();
        r.afterPropertiesSet();
        verify(scheduler).registerJobRunner(any(), any(JobRunner.class));
        verify(scheduler).scheduleJob(any(), any());
        r.destroy();
        verify(scheduler).unregisterJobRunner(any());
    }

    private static Policy policy(Set<String> supportProjects) {
        return Policy.of(List.of(), List.of(), Set.of()).withSupportProjects(supportProjects);
    }

    @Test
    public void shouldReadTheIssuesOfTheSupportProjectsOneByOne() throws Exception {
        ProjectManager projects = mock(ProjectManager.class);
        IssueManager issues = mock(IssueManager.class);
        Project sup = mock(Project.class);
        when(sup.getId()).thenReturn(10000L);
        when(sup.getKey()).thenReturn("SUP");
        when(projects.getProjectObjByKey("SUP")).thenReturn(sup);
        when(issues.getIssueIdsForProject(10000L)).thenReturn(List.of(1L, 2L));
        MutableIssue one = mock(MutableIssue.class);
        ApplicationUser jdoe = mock(ApplicationUser.class);
        when(jdoe.getKey()).thenReturn("jdoe");
        when(one.getKey()).thenReturn("SUP-1");
        when(one.getProjectObject()).thenReturn(sup);
        when(one.getReporter()).thenReturn(jdoe);
        when(one.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-05-10T09:00:00Z")));
        when(issues.getIssueObject(1L)).thenReturn(one); // issue 2 was deleted meanwhile
        List<ReconcilingQuota.SupportRequest> seen = new ArrayList<>();
        new JiraSupportRequests(new JiraSupportProjects(projects), issues).forEach(policy(Set.of("SUP", "GONE")),
                seen::add);
        assertEquals(List.of(new ReconcilingQuota.SupportRequest("1", "SUP-1", "SUP", "jdoe",
                Instant.parse("2026-05-10T09:00:00Z"), false)), seen);
        when(issues.getIssueIdsForProject(10000L)).thenThrow(new GenericEntityException("database down"));
        try {
            new JiraSupportRequests(new JiraSupportProjects(projects), issues).forEach(policy(Set.of("SUP")),
                    seen::add);
            org.junit.Assert.fail("read on");
        } catch (StorageUnavailableException e) {
            assertEquals(1, seen.size());
        }
    }
}
