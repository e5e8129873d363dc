package org.contractsla.jira.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.request.RecomputingClocks;
import org.contractsla.core.request.RequestStanding;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.jira.project.JiraSupportProjects;
import org.contractsla.jira.store.HolidaysComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds one issue's SLA clocks: reads the issue and what Jira recorded of it, has the core measure and keep its
 * clocks ({@link RecomputingClocks}), and reindexes the issue when they changed, so that the navigator's SLA fields
 * and JQL see the new values. An issue that is gone, is no longer in a support project or became a sub-task loses
 * its records. Called by the clock worker, never on an event thread.
 */
@Named
public class IssueClocks {

    private static final Logger LOG = LoggerFactory.getLogger(IssueClocks.class);
    private static final java.util.concurrent.locks.Lock[] STRIPES = new java.util.concurrent.locks.Lock[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new java.util.concurrent.locks.ReentrantLock();
        }
    }

    /** What one call did. */
    public enum Outcome {
        /** the clocks were measured and differ from what was kept: kept, and the issue reindexed */
        CHANGED,
        /** the clocks were measured and are as they were kept: nothing written */
        UNCHANGED,
        /** the issue is no support request (any more): its records, if it had any, are gone */
        FORGOTTEN
    }

    private final IssueManager issues;
    private final JiraIssueActivity activity;
    private final IssueIndexingService indexing;
    private final RecomputingClocks recomputing;
    private final Function<Project, Optional<String>> supportProject;
    private final LongPredicate supportProjectId;
    private final Clock clock;

    @Inject
    public IssueClocks(@ComponentImport IssueManager issues, JiraIssueActivity activity,
            @ComponentImport IssueIndexingService indexing, PolicyStore policies, HolidaysComponent holidays,
            Contracts contracts, QuotaLedger ledger, RequestDecisions decisions, SeverityChanges severities,
            ClockRecords records, PlanChange.Store planChanges, JiraSupportProjects projects) {
        this(issues, activity, indexing, new RecomputingClocks(policies::current, holidays, contracts, ledger,
                decisions, severities, records, planChanges), project -> project == null ? Optional.empty()
                        : projects.withIds(policies.current()).supportProjectOf(project.getKey(), project.getId()),
                id -> projects.withIds(policies.current()).supportProjectIds().containsValue(id), Clock.systemUTC());
    }

    /** With the use case, the support projects and the clock given: for tests and the preview host. */
    public IssueClocks(IssueManager issues, JiraIssueActivity activity, IssueIndexingService indexing,
            RecomputingClocks recomputing, Function<Project, Optional<String>> supportProject,
            LongPredicate supportProjectId, Clock clock) {
        this.issues = issues;
        this.activity = activity;
        this.indexing = indexing;
        this.recomputing = recomputing;
        this.supportProject = supportProject;
        this.supportProjectId = supportProjectId;
        this.clock = clock;
    }

    /**
     * @param issueId the issue's id
     * @return what was done
     * @throws org.contractsla.core.StorageUnavailableException if a store could not be read or written (to be tried
     *                                                          again)
     * @throws org.contractsla.core.DomainException if the request's plan is no longer configured
     */
    public Outcome recompute(long issueId) {
        return recompute(issueId, false);
    }

    /**
     * @param issueId the issue's id
     * @param reindex whether to reindex it even if its clocks did not change (its severity was set: the Severity
     *                field's value changed)
     * @return what was done
     */
    public Outcome recompute(long issueId, boolean reindex) {
        return recompute(issueId, reindex, false);
    }

    /**
     * For the recomputation after a configuration change: completed cycles keep the records they were measured with.
     *
     * @param issueId the issue's id
     * @return what was done
     */
    public Outcome recomputeForConfiguration(long issueId) {
        return recompute(issueId, false, true);
    }

    /**
     * One issue at a time on this node: the worker and the recomputation must not interleave reading an issue and
     * keeping what they measured, or the older measurement could be kept last.
     */
    private Outcome recompute(long issueId, boolean reindex, boolean keepCompleted) {
        java.util.concurrent.locks.Lock lock = STRIPES[(int) Math.floorMod(issueId, (long) STRIPES.length)];
        lock.lock();
        try {
            return measure(issueId, reindex, keepCompleted);
        } finally {
            lock.unlock();
        }
    }

    private Outcome measure(long issueId, boolean reindex, boolean keepCompleted) {
        String id = String.valueOf(issueId);
        MutableIssue issue = issues.getIssueObject(issueId);
        if (!isSupportRequest(issue)) {
            // an issue that still exists (moved out, made a sub-task) may be indexed with a due instant: drop it
            if (recomputing.forget(id) && issue != null) {
                reindex(issue);
            }
            return Outcome.FORGOTTEN;
        }
        boolean changed = recomputing.recompute(id, supportProject.apply(issue.getProjectObject()).orElse(null),
                issue.getKey(), activity.of(issue, supportProjectId), clock.instant(), keepCompleted);
        if (changed || reindex) {
            reindex(issue);
        }
        return changed ? Outcome.CHANGED : Outcome.UNCHANGED;
    }

    private void reindex(Issue issue) {
        try {
            indexing.reIndex(issue);
        } catch (IndexException | RuntimeException e) {
            // the records are kept; the panel shows them now, the navigator after the issue's next reindex
            LOG.warn("SLA clocks of {} changed, but the issue was not reindexed ({}); its SLA fields in searches "
                    + "follow at its next change or reindex", issue.getKey(), e.getMessage());
        }
    }

    /**
     * @param issue an issue, or null
     * @return how it stands now, measured live; empty if it is no support request
     * @throws org.contractsla.core.DomainException if the request's plan is no longer configured
     */
    public Optional<RequestStanding> standing(Issue issue) {
        if (!isSupportRequest(issue)) {
            return Optional.empty();
        }
        return Optional.of(recomputing.standing(String.valueOf(issue.getId()),
                supportProject.apply(issue.getProjectObject()).orElse(null), issue.getKey(),
                activity.of(issue, supportProjectId),
                clock.instant()));
    }

    private boolean isSupportRequest(Issue issue) {
        return issue != null && issue.getId() != null && issue.getCreated() != null && !issue.isSubTask()
                && supportProject.apply(issue.getProjectObject()).isPresent();
    }
}
