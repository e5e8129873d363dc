package org.contractsla.jira.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.request.RecomputationProgress;
import org.contractsla.core.request.RecomputingAll;
import org.junit.Test;

/** The recomputation job: when it runs, one at a time across the cluster, and what administrators see of it. */
public class ClockRecomputationTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final RecomputationProgress.InMemory progress = new RecomputationProgress.InMemory();
    private final List<String> measured = new ArrayList<>();
    private Policy policy = policy(Set.of("SUP"));

    private static Policy policy(Set<String> supportProjects) {
        return Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)), List.of(), Set.of())
                .withSupportProjects(supportProjects);
    }

    private ClockRecomputation job() {
        when(locks.getLockForName(ClockRecomputation.LOCK)).thenReturn(lock);
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        RecomputingAll all = new RecomputingAll(each -> List.of("10001", "10002").forEach(each),
                new InMemoryClockRecords(), id -> measured.add(id), progress, clock);
        return new ClockRecomputation(scheduler, locks, () -> policy, all, progress, clock);
    }

    private static JobRunnerRequest request(com.atlassian.scheduler.config.JobId id) {
        JobRunnerRequest r = mock(JobRunnerRequest.class);
        when(r.getJobId()).thenReturn(id);
        return r;
    }

    @Test
    public void shouldRegisterAndLookForChangesEveryFewMinutesOncePerCluster() throws Exception {
        ClockRecomputation job = job();
        job.afterPropertiesSet();
        verify(scheduler).registerJobRunner(ClockRecomputation.RUNNER, job);
        verify(scheduler).scheduleJob(eq(ClockRecomputation.WATCH), any(JobConfig.class));
        job.destroy();
        verify(scheduler).unregisterJobRunner(ClockRecomputation.RUNNER);
    }

    @Test
    public void shouldRunWhenTheConfigurationChangedAndOnlyThen() {
        ClockRecomputation job = job();
        when(lock.tryLock()).thenReturn(true);
        assertFalse(job.current());
        job.runJob(request(ClockRecomputation.WATCH));
        assertEquals(List.of("10001", "10002"), measured);
        assertTrue(job.current());
        verify(lock).unlock();

        job.runJob(request(ClockRecomputation.WATCH)); // nothing changed
        assertEquals(2, measured.size());

        policy = policy(Set.of("SUP", "HELP")); // a new support project
        assertFalse(job.current());
        job.runJob(request(ClockRecomputation.WATCH));
        assertEquals(4, measured.size());
        assertTrue(job.current());
    }

    @Test
    public void shouldRunWhenAskedAndNeverTwiceAtOnce() throws Exception {
        ClockRecomputation job = job();
        when(lock.tryLock()).thenReturn(true);
        job.runJob(request(ClockRecomputation.WATCH));
        job.runJob(request(ClockRecomputation.NOW)); // asked for, though the clocks follow the configuration
        assertEquals(4, measured.size());
        when(lock.tryLock()).thenReturn(false); // another node is running one
        job.runJob(request(ClockRecomputation.NOW));
        assertEquals(4, measured.size());
        job.requestNow();
        verify(scheduler).scheduleJob(eq(ClockRecomputation.NOW), any(JobConfig.class));
    }

    @Test
    public void shouldFingerprintAConfigurationAlikeOnEveryNode() {
        assertEquals(ClockRecomputation.revision(policy(Set.of("SUP", "HELP"))),
                ClockRecomputation.revision(policy(Set.of("HELP", "SUP"))));
        assertNotEquals(ClockRecomputation.revision(policy(Set.of("SUP"))),
                ClockRecomputation.revision(policy(Set.of("HELP"))));
        assertEquals(64, ClockRecomputation.revision(policy).length());
    }
}
