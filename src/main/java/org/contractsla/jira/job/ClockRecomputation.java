package org.contractsla.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.RecomputationProgress;
import org.contractsla.core.request.RecomputingAll;
import org.contractsla.jira.issue.IssueClocks;
import org.contractsla.jira.store.StoreCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Measures every support request's clocks again ({@link RecomputingAll}), once per cluster: a few minutes after an
 * administrator changed a calendar, a plan or the support projects (it looks every {@value #LOOK_EVERY_MINUTES}
 * minutes whether the configuration in force differs from the one last measured against), at least once a day to
 * heal missed events, and at once when an administrator asks. One run at a time across the cluster; the progress is
 * kept where every node reads it.
 */
@Named
public class ClockRecomputation implements Recomputations, JobRunner, InitializingBean, DisposableBean {

    static final long LOOK_EVERY_MINUTES = 5;
    static final String LOCK = "org.contractsla.contract-sla.recomputation";
    static final JobRunnerKey RUNNER = JobRunnerKey.of("org.contractsla.contract-sla.clocks.recomputation");
    static final JobId WATCH = JobId.of("org.contractsla.contract-sla.clocks.recomputation.watch");
    static final JobId NOW = JobId.of("org.contractsla.contract-sla.clocks.recomputation.now");
    private static final Logger LOG = LoggerFactory.getLogger(ClockRecomputation.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final Supplier<Policy> policy;
    private final RecomputingAll recomputing;
    private final RecomputationProgress.Store progress;
    private final Clock clock;

    @Inject
    public ClockRecomputation(@ComponentImport SchedulerService scheduler, @ComponentImport ClusterLockService locks,
            PolicyStore policies, JiraSupportRequests requests, ClockRecords records, IssueClocks clocks,
            RecomputationProgress.Store progress) {
        this(scheduler, locks, policies::current, new RecomputingAll(each -> requests.forEachId(policies.current(),
                each), records, id -> changed(clocks, id), progress, Clock.systemUTC()), progress, Clock.systemUTC());
    }

    ClockRecomputation(SchedulerService scheduler, ClusterLockService locks, Supplier<Policy> policy,
            RecomputingAll recomputing, RecomputationProgress.Store progress, Clock clock) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.policy = policy;
        this.recomputing = recomputing;
        this.progress = progress;
        this.clock = clock;
    }

    /** One issue, logged by id when it fails (no personal data): it is measured again at its next change. */
    static boolean changed(IssueClocks clocks, String id) {
        try {
            return clocks.recomputeForConfiguration(Long.parseLong(id)) == IssueClocks.Outcome.CHANGED;
        } catch (RuntimeException e) {
            LOG.warn("Recomputation: clocks of issue {} not measured ({})", id, e.toString());
            throw e;
        }
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(WATCH, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(LOOK_EVERY_MINUTES * 60_000,
                            Date.from(clock.instant().plusSeconds(60)))));
        } catch (SchedulerServiceException | RuntimeException e) { // the app works without; admins can run it
            LOG.error("SLA clock recomputation not scheduled; run it from POST "
                    + "/rest/contract-sla/1.0/clocks/recomputation", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER); // the schedule stays, for the next start
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            boolean asked = NOW.equals(request.getJobId());
            String revision = revision(policy.get());
            if (!asked && !recomputing.due(revision)) {
                return JobRunnerResponse.success("clocks follow the configuration in force");
            }
            Optional<RecomputationProgress> end = run(revision);
            return end.map(p -> JobRunnerResponse.success(summary(p)))
                    .orElseGet(() -> JobRunnerResponse.aborted("another recomputation is running"));
        } catch (RuntimeException e) {
            LOG.error("SLA clock recomputation failed; the next look tries again", e);
            return JobRunnerResponse.failed(e.getMessage());
        }
    }

    /** @return the progress at the end, or empty if another node is running one */
    Optional<RecomputationProgress> run(String revision) {
        ClusterLock lock = StoreCalls.guarded("lock the recomputation", () -> locks.getLockForName(LOCK));
        if (!StoreCalls.guarded("lock the recomputation", lock::tryLock)) {
            return Optional.empty();
        }
        try {
            LOG.info("SLA clock recomputation started");
            RecomputationProgress end = recomputing.run(revision);
            LOG.info("SLA clock recomputation: {}", summary(end));
            return Optional.of(end);
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    @Override
    public Optional<RecomputationProgress> last() {
        return progress.last();
    }

    @Override
    public boolean current() {
        String revision = revision(policy.get());
        return progress.last().map(p -> !p.running() && p.revision().equals(revision)).orElse(false);
    }

    @Override
    public void requestNow() throws SchedulerServiceException {
        scheduler.scheduleJob(NOW, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(Date.from(clock.instant()))));
    }

    /** @return the fingerprint of a configuration: the same on every node for the same configuration */
    static String revision(Policy policy) {
        try {
            byte[] json = new PolicyWriter().write(policy).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) { // every Java platform has SHA-256
            throw new IllegalStateException(e);
        }
    }

    private static String summary(RecomputationProgress p) {
        return p.done() + " of " + p.total() + " requests measured, " + p.changed() + " changed, " + p.failed()
                + " failed";
    }
}
