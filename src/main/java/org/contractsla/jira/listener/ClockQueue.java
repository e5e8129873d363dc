package org.contractsla.jira.listener;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.DomainException;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.jira.issue.ClockRequests;
import org.contractsla.jira.issue.IssueClocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Rebuilds the SLA clocks of issues off the event thread. Issues wait by id, each at most once: ten events of one
 * issue before the worker gets to it are one recomputation, which reads everything afresh. One worker thread per
 * node takes them in the order they first came. A store that is busy or down is tried again after a pause, up to
 * {@value #ATTEMPTS} times; an issue that still fails, or found the queue full, is logged by key and measured again at
 * its next event (the recomputation heals whatever was missed).
 */
@Named
public class ClockQueue implements ClockRequests, InitializingBean, DisposableBean {

    /** How many issues may wait. */
    static final int CAPACITY = 10_000;
    /** How often an issue is tried while a store is unavailable. */
    static final int ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ClockQueue.class);

    private final IssueClocks clocks;
    private final int capacity;
    private final QuotaQueue.Backoff backoff;
    /** issue id → whether it is to be reindexed even if its clocks did not change */
    private final LinkedHashMap<Long, Boolean> waiting = new LinkedHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final WorkerThread worker = new WorkerThread("contract-sla-clocks", this::step, LOG);

    @Inject
    public ClockQueue(IssueClocks clocks) {
        this(clocks, CAPACITY, attempt -> Thread.sleep(1000L << attempt)); // 2, 4, 8, 16 s
    }

    ClockQueue(IssueClocks clocks, int capacity, QuotaQueue.Backoff backoff) {
        this.clocks = clocks;
        this.capacity = capacity;
        this.backoff = backoff;
    }

    /**
     * Hands an issue over without waiting.
     *
     * @param issueId the issue whose clocks are to be rebuilt
     * @return whether it waits now (it may have been waiting already); false if the queue was full
     */
    public boolean offer(long issueId) {
        return offer(issueId, false);
    }

    private boolean offer(long issueId, boolean reindex) {
        synchronized (waiting) {
            if (waiting.containsKey(issueId)) {
                waiting.merge(issueId, reindex, Boolean::logicalOr);
                return true;
            }
            if (waiting.size() < capacity) {
                waiting.put(issueId, reindex);
                waiting.notifyAll();
                return true;
            }
        }
        long n = dropped.incrementAndGet();
        LOG.warn("SLA clock queue full: issue {} not measured now ({} dropped since start); its next change "
                + "measures it", issueId, n);
        return false;
    }

    /** A change of the app's own (a severity set): the issue is reindexed even if its clocks stay as they were. */
    @Override
    public boolean remeasure(long issueId) {
        return offer(issueId, true);
    }

    /** Starts the worker. */
    @Override
    public void afterPropertiesSet() {
        worker.start();
    }

    /** Stops the worker; issues still waiting are measured at their next change. */
    @Override
    public void destroy() {
        worker.stop();
        int left = waiting();
        if (left > 0) {
            LOG.info("Stopping with {} issues waiting for their SLA clocks; each is measured at its next change", left);
        }
    }

    /** One turn of the worker: waits up to a second for work and does it. */
    private void step() throws InterruptedException {
        Map.Entry<Long, Boolean> next = take(1_000);
        if (next != null) {
            handle(next.getKey(), next.getValue());
        }
    }

    private Map.Entry<Long, Boolean> take(long waitMillis) throws InterruptedException {
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                waiting.wait(waitMillis);
            }
            return poll();
        }
    }

    /** @return the issue waiting longest and whether to reindex it anyway, taken out, or null */
    private Map.Entry<Long, Boolean> poll() {
        synchronized (waiting) {
            Iterator<Map.Entry<Long, Boolean>> first = waiting.entrySet().iterator();
            if (!first.hasNext()) {
                return null;
            }
            Map.Entry<Long, Boolean> oldest = first.next();
            Map.Entry<Long, Boolean> next = Map.entry(oldest.getKey(), oldest.getValue()); // a copy: removed next
            first.remove();
            return next;
        }
    }

    /** Handles every waiting issue on the calling thread: for tests and the benchmark. */
    void drain() throws InterruptedException {
        Map.Entry<Long, Boolean> next;
        while ((next = poll()) != null) {
            handle(next.getKey(), next.getValue());
        }
    }

    /** @return issues waiting */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /** @return issues that failed every attempt since start */
    long failed() {
        return failed.get();
    }

    private void handle(long issueId, boolean reindex) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                IssueClocks.Outcome outcome = clocks.recompute(issueId, reindex);
                LOG.debug("SLA clocks of issue {}: {}", issueId, outcome);
                return;
            } catch (StorageUnavailableException e) {
                if (attempt == ATTEMPTS) {
                    failed.incrementAndGet();
                    LOG.error("SLA clocks of issue {} not measured after {} attempts ({}); its next change measures "
                            + "it", issueId, ATTEMPTS, e.getMessage());
                    return;
                }
                backoff.pause(attempt);
            } catch (DomainException e) { // its plan was removed from the configuration: an admin's matter
                failed.incrementAndGet();
                LOG.warn("SLA clocks of issue {} not measured: {} {}", issueId, e.key(), e.args());
                return;
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.error("SLA clocks of issue {} not measured", issueId, e);
                return;
            }
        }
    }
}
