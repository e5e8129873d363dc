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
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.ReconcilingQuota;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.store.StoreCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the quota reconciliation once per cluster every night ({@value #CRON}, in the server's zone), and on demand
 * for an administrator. One run at a time across the cluster: a run that finds another one going does nothing.
 */
@Named
public class QuotaReconciliation implements JobRunner, InitializingBean, DisposableBean {

    /** Nightly, at 02:40. */
    static final String CRON = "0 40 2 * * ?";
    /** Not under the quota locks' prefix, which customer numbers extend. */
    static final String LOCK = "org.contractsla.contract-sla.reconciliation";
    private static final JobRunnerKey RUNNER = JobRunnerKey.of("org.contractsla.contract-sla.quota.reconciliation");
    private static final JobId JOB = JobId.of("org.contractsla.contract-sla.quota.reconciliation.nightly");
    private static final Logger LOG = LoggerFactory.getLogger(QuotaReconciliation.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final ReconcilingQuota reconciling;
    private final Clock clock;

    @Inject
    public QuotaReconciliation(@ComponentImport SchedulerService scheduler, @ComponentImport ClusterLockService locks,
            PolicyStore policies, Contracts contracts, QuotaLedger ledger, JiraSupportRequests requests,
            RequestDecisions decisions) {
        this(scheduler, locks, new ReconcilingQuota(policies::current, contracts, ledger, requests, decisions),
                Clock.systemUTC());
    }

    QuotaReconciliation(SchedulerService scheduler, ClusterLockService locks, ReconcilingQuota reconciling,
            Clock clock) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.reconciling = reconciling;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(CRON)));
        } catch (SchedulerServiceException | RuntimeException e) { // the app works without; admins can run it
            LOG.error("Quota reconciliation not scheduled; run it from POST /rest/contract-sla/1.0/quota/reconcile", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER); // the schedule stays, for the next start
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            Optional<ReconcilingQuota.Report> report = run();
            return report.isPresent() ? JobRunnerResponse.success(summary(report.get()))
                    : JobRunnerResponse.aborted("another reconciliation is running");
        } catch (RuntimeException e) {
            LOG.error("Quota reconciliation failed; the next one tries again", e);
            return JobRunnerResponse.failed(e.getMessage());
        }
    }

    /**
     * @return the report, or empty if another reconciliation is running somewhere in the cluster
     * @throws org.contractsla.core.StorageUnavailableException if a store fails on the way
     */
    public Optional<ReconcilingQuota.Report> run() {
        ClusterLock lock = StoreCalls.guarded("lock the reconciliation", () -> locks.getLockForName(LOCK));
        if (!StoreCalls.guarded("lock the reconciliation", lock::tryLock)) {
            return Optional.empty();
        }
        try {
            ReconcilingQuota.Report report = StoreCalls.guarded("reconcile the quota",
                    () -> reconciling.reconcile(clock.instant()));
            if (report.repairedAnything() || report.adopted()) {
                LOG.warn("Quota reconciliation: {}", summary(report));
            } else {
                LOG.info("Quota reconciliation: {}", summary(report));
            }
            return Optional.of(report);
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    /** For the log: counts and issue keys, no personal data. */
    static String summary(ReconcilingQuota.Report r) {
        return (r.adopted() ? "took the ledger over; " : "") + r.requests() + " support requests; booked "
                + r.booked().count() + " " + r.booked().keys() + "; refused " + r.refused().count() + " "
                + r.refused().keys() + "; checked again " + r.rechecked().count() + " " + r.rechecked().keys()
                + "; gave back " + r.released().count() + " (issue ids " + r.released().keys() + ")";
    }
}
