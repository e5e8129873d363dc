package org.contractsla.jira.listener;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.jira.issue.ClockRequests;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.user.ContactMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Books and gives back quota units off the event thread. Issue events wait in a bounded queue; one worker thread
 * per node takes them in order and runs the quota use case. A store that is busy or down (a quota lock not had in
 * time, a database that fails) is tried again after a pause, up to {@value #ATTEMPTS} times; an event that still
 * fails, or that found the queue full, is logged with its issue key and left to the reconciliation, which books
 * what was lost. Nothing per issue stays on the heap beyond the queue.
 */
@Named
public class QuotaQueue implements InitializingBean, DisposableBean {

    /** How many events may wait: about 1 MB of small records at most. */
    static final int CAPACITY = 10_000;
    /** How often an event is tried while the store is unavailable. */
    static final int ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(QuotaQueue.class);

    /** Waits between attempts; tests pass one that does not sleep. */
    interface Backoff {
        void pause(int attempt) throws InterruptedException;
    }

    private final BlockingQueue<IssueChange> queue;
    private final CountingRequests counting;
    private final ContactMatching matching;
    private final Backoff backoff;
    private final ClockRequests clocks;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final WorkerThread worker = new WorkerThread("contract-sla-quota", this::step, LOG);

    @Inject
    public QuotaQueue(QuotaLedger ledger, Contracts contracts, PolicyStore policies, RequestDecisions decisions,
            ContactMatching matching, ClockRequests clocks) {
        this(new CountingRequests(policies::current, contracts, ledger, decisions), matching, CAPACITY,
                attempt -> Thread.sleep(1000L << attempt), clocks); // 2, 4, 8, 16 s
    }

    /** @param clocks told of each request whose decision was taken, so its clocks run on it at once */
    QuotaQueue(CountingRequests counting, ContactMatching matching, int capacity, Backoff backoff,
            ClockRequests clocks) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.counting = counting;
        this.matching = matching;
        this.backoff = backoff;
        this.clocks = clocks;
    }

    /**
     * Hands an event over without waiting.
     *
     * @return whether it was queued; when the queue is full it is logged and dropped
     */
    public boolean offer(IssueChange change) {
        if (queue.offer(change)) {
            return true;
        }
        long n = dropped.incrementAndGet();
        LOG.warn("Quota queue full: {} of {} not recorded now ({} dropped since start); the reconciliation books it",
                change.kind(), change.issueKey(), n);
        return false;
    }

    /** Starts the worker. */
    @Override
    public void afterPropertiesSet() {
        worker.start();
    }

    /** Stops the worker; events still waiting are left to the reconciliation. */
    @Override
    public void destroy() {
        worker.stop();
        if (!queue.isEmpty()) {
            LOG.info("Stopping with {} quota events waiting; the reconciliation books them", queue.size());
        }
    }

    /** One turn of the worker: waits up to a second for work and does it. */
    private void step() throws InterruptedException {
        IssueChange next = queue.poll(1, TimeUnit.SECONDS);
        if (next != null) {
            handle(next);
        }
    }

    /** Handles every waiting event on the calling thread: for tests and the benchmark. */
    void drain() throws InterruptedException {
        IssueChange next;
        while ((next = queue.poll()) != null) {
            handle(next);
        }
    }

    /** @return the next waiting event, taken out unhandled, or null: for the benchmark */
    IssueChange poll() {
        return queue.poll();
    }

    /** @return events waiting */
    int waiting() {
        return queue.size();
    }

    /** @return events that failed every attempt since start */
    long failed() {
        return failed.get();
    }

    private void handle(IssueChange change) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                apply(change);
                return;
            } catch (StorageUnavailableException e) {
                if (attempt == ATTEMPTS) {
                    failed.incrementAndGet();
                    LOG.error("Quota: {} of {} failed {} times ({}); the reconciliation books it", change.kind(),
                            change.issueKey(), ATTEMPTS, e.getMessage());
                    return;
                }
                LOG.debug("Quota: {} of {} to be tried again: {}", change.kind(), change.issueKey(), e.getMessage());
                backoff.pause(attempt);
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.error("Quota: {} of {} failed; the reconciliation repairs it", change.kind(), change.issueKey(), e);
                return;
            }
        }
    }

    /**
     * Logs what an event did, for an admin who turns the log up (issue key and outcome, no personal data), and has
     * the request's clocks measured on a new decision: the clock worker may have measured it before it was taken.
     */
    private void done(IssueChange c, java.util.Optional<org.contractsla.core.entitlement.EntitlementDecision> d) {
        if (d.isPresent()) {
            clocks.remeasure(Long.parseLong(c.issueId()));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Quota: {} of {}: {}", c.kind(), c.issueKey(), d.map(x -> x.quotaUnitHeld() ? "unit booked"
                    : "checked, " + x.outcome() + ", no unit").orElse("nothing to do"));
        }
    }

    private static void released(IssueChange c, boolean held) {
        LOG.debug("Quota: {} of {}: {}", c.kind(), c.issueKey(), held ? "unit given back" : "held no unit");
    }

    /** Matches the reporter's address first; whatever goes wrong there, the booking goes on without it. */
    private void appeared(IssueChange c) {
        if (c.reporterKey() == null) {
            return;
        }
        try {
            matching.appeared(c.reporterKey());
        } catch (RuntimeException e) {
            LOG.warn("Quota: contacts not matched for the reporter of {} ({}); booking goes on", c.issueKey(),
                    e.getClass().getSimpleName());
        }
    }

    private void apply(IssueChange c) {
        switch (c.kind()) {
            case CREATED -> {
                appeared(c);
                done(c, counting.created(c.issueId(), c.projectKey(), c.reporterKey(), c.at()));
            }
            case UPDATED -> {
                if (!c.subTask()) {
                    done(c, counting.updated(c.issueId(), c.projectKey(), c.reporterKey(), c.at()));
                }
            }
            case MOVED -> {
                if (c.subTask() || c.projectKey() == null) { // a sub-task never books; one booked before goes back
                    released(c, counting.deleted(c.issueId()));
                } else {
                    done(c, counting.moved(c.issueId(), c.projectKey(), c.reporterKey(), c.at()));
                }
            }
            case DELETED -> released(c, counting.deleted(c.issueId()));
            default -> throw new IllegalStateException(c.kind().name());
        }
    }
}
