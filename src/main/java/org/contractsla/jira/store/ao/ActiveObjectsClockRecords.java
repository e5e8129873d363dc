package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.policy.Metric;
import org.contractsla.jira.store.StoreCalls;

/**
 * Clock records in Active Objects, one row per request and metric. A request's rows are replaced in one
 * transaction under a cluster lock, so that two nodes recomputing it at once leave one set of rows, not two; rows
 * that are already right are not written again. The locks are 64 stripes chosen by request id, not one per
 * request: Jira keeps a database row for every lock name it has seen. Rows of a metric this release does not know
 * are left as they are.
 */
@Named
public class ActiveObjectsClockRecords implements ClockRecords {

    static final String LOCK_PREFIX = "org.contractsla.contract-sla.clocks.";
    static final int LOCK_STRIPES = 64;
    private static final long LOCK_WAIT_SECONDS = 10;

    private final ActiveObjects ao;
    private final ClusterLockService locks;

    @Inject
    public ActiveObjectsClockRecords(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService locks) {
        this.ao = ao;
        this.locks = locks;
    }

    @Override
    public Map<Metric, ClockRecord> byRequest(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return StoreCalls.guarded("read clock records", () -> read(rowsOf(requestId)));
    }

    @Override
    public boolean replace(String requestId, Map<Metric, ClockRecord> records) {
        Objects.requireNonNull(requestId, "requestId");
        Map<Metric, ClockRecord> wanted = new EnumMap<>(Metric.class);
        wanted.putAll(records);
        return StoreCalls.guarded("store clock records", () -> inTransactionUnderLock(requestId, () -> {
            ClockRecordEntity[] rows = known(rowsOf(requestId));
            if (read(rows).equals(wanted) && rows.length == wanted.size()) {
                return false;
            }
            ao.delete(rows);
            for (ClockRecord r : wanted.values()) {
                ao.create(ClockRecordEntity.class, row(requestId, r));
            }
            return true;
        }));
    }

    /** Every measured request has a row for each metric this release knows: the first response's rows name them all. */
    @Override
    public java.util.Set<String> requestIds() {
        return StoreCalls.guarded("list clock records", () -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (ClockRecordEntity e : ao.find(ClockRecordEntity.class, ActiveObjectsContracts.eq(
                    ClockRecordEntity.METRIC), Metric.FIRST_RESPONSE.id())) {
                ids.add(e.getRequestId());
            }
            return ids;
        });
    }

    @Override
    public boolean remove(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return StoreCalls.guarded("remove clock records", () -> inTransactionUnderLock(requestId, () -> {
            ClockRecordEntity[] rows = known(rowsOf(requestId));
            ao.delete(rows);
            return rows.length > 0;
        }));
    }

    private boolean inTransactionUnderLock(String requestId, java.util.function.Supplier<Boolean> write) {
        String name = LOCK_PREFIX + Math.floorMod(requestId.hashCode(), LOCK_STRIPES);
        ClusterLock lock = StoreCalls.take(locks.getLockForName(name), LOCK_WAIT_SECONDS,
                "clock lock of request " + requestId);
        try {
            return ao.executeInTransaction(write::get);
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    private ClockRecordEntity[] rowsOf(String requestId) {
        return ao.find(ClockRecordEntity.class, ActiveObjectsContracts.eq(ClockRecordEntity.REQUEST_ID), requestId);
    }

    /** @return the rows of metrics this release knows */
    private static ClockRecordEntity[] known(ClockRecordEntity[] rows) {
        return java.util.Arrays.stream(rows).filter(e -> Metric.byId(e.getMetric()).isPresent())
                .toArray(ClockRecordEntity[]::new);
    }

    private static Map<Metric, ClockRecord> read(ClockRecordEntity[] rows) {
        Map<Metric, ClockRecord> records = new EnumMap<>(Metric.class);
        for (ClockRecordEntity e : rows) {
            Metric metric = Metric.byId(e.getMetric()).orElse(null);
            if (metric == null) {
                continue; // a metric a later release added: not ours to read
            }
            records.put(metric, new ClockRecord(metric, e.getState(),
                    e.getGoalMs() == null ? null : Duration.ofMillis(e.getGoalMs()), instant(e.getDue()),
                    e.getElapsedMs() == null ? null : Duration.ofMillis(e.getElapsedMs()), instant(e.getBreachedAt()),
                    instant(e.getStoppedAt()), e.getCycles(), e.getBreachedCycles()));
        }
        return records;
    }

    private static Instant instant(Long epochMilli) {
        return epochMilli == null ? null : Instant.ofEpochMilli(epochMilli);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Map<String, Object> row(String requestId, ClockRecord r) {
        Map<String, Object> row = new HashMap<>();
        row.put(ClockRecordEntity.REQUEST_ID, requestId);
        row.put(ClockRecordEntity.METRIC, r.metric().id());
        row.put(ClockRecordEntity.STATE, r.state());
        row.put(ClockRecordEntity.GOAL_MS, r.goal() == null ? null : r.goal().toMillis());
        row.put(ClockRecordEntity.DUE, millis(r.due()));
        row.put(ClockRecordEntity.ELAPSED_MS, r.elapsed() == null ? null : r.elapsed().toMillis());
        row.put(ClockRecordEntity.BREACHED_AT, millis(r.breachedAt()));
        row.put(ClockRecordEntity.STOPPED_AT, millis(r.stoppedAt()));
        row.put(ClockRecordEntity.CYCLES, r.cycles());
        row.put(ClockRecordEntity.BREACHED_CYCLES, r.breachedCycles());
        row.values().removeIf(Objects::isNull); // a column left out stays null
        return row;
    }
}
