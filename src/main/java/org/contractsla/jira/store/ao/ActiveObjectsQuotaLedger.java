package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.jira.store.StoreCalls;

/**
 * The quota ledger in Active Objects. A claim counts the window's units and books a new one in one
 * transaction while holding the contract's cluster lock: a database transaction alone would let two nodes
 * both count 9 of 10 and both book the tenth. The lock is waited for at most {@value #LOCK_WAIT_SECONDS} seconds;
 * a claim that does not get it is a {@link StorageUnavailableException}, to be tried again.
 */
@Named
public class ActiveObjectsQuotaLedger implements QuotaLedger {

    static final String LOCK_PREFIX = "org.contractsla.contract-sla.quota.";
    /** The request id of the row that records the ledger's adoption: issue ids are numbers. */
    static final String ADOPTED = "#adopted";
    /** How long a claim waits for its contract's cluster lock. */
    static final long LOCK_WAIT_SECONDS = 10;
    private static final String IN_WINDOW = "\"" + QuotaUnitEntity.CUSTOMER_NUMBER + "\" = ? AND \""
            + QuotaUnitEntity.RECEIVED_ON + "\" >= ? AND \"" + QuotaUnitEntity.RECEIVED_ON + "\" < ?";

    private final ActiveObjects ao;
    private final ClusterLockService locks;

    @Inject
    public ActiveObjectsQuotaLedger(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService locks) {
        this.ao = ao;
        this.locks = locks;
    }

    @Override
    public QuotaClaim claim(String customerNumber, String requestId, LocalDate day, QuotaWindow window, int limit) {
        if (!window.contains(day)) {
            throw new IllegalArgumentException(day + " outside " + window);
        }
        return StoreCalls.guarded("book a quota unit", () -> claimUnderLock(customerNumber, requestId,
                day, window, limit));
    }

    private QuotaClaim claimUnderLock(String customerNumber, String requestId, LocalDate day, QuotaWindow window,
            int limit) {
        ClusterLock lock = StoreCalls.take(locks.getLockForName(LOCK_PREFIX + customerNumber), LOCK_WAIT_SECONDS,
                "quota lock of " + customerNumber);
        try {
            return ao.executeInTransaction(() -> {
                int used = used(customerNumber, window);
                QuotaUnitEntity[] held = unitsOf(requestId);
                for (QuotaUnitEntity unit : held) {
                    if (unit.getCustomerNumber().equals(customerNumber)
                            && window.contains(LocalDate.parse(unit.getReceivedOn()))) {
                        return QuotaClaim.granted(used, limit);
                    }
                }
                if (used >= limit) {
                    return QuotaClaim.refused(used, limit);
                }
                ao.delete(held); // a unit of another contract or period: the request moves on
                Map<String, Object> row = new HashMap<>();
                row.put(QuotaUnitEntity.CUSTOMER_NUMBER, customerNumber);
                row.put(QuotaUnitEntity.REQUEST_ID, requestId);
                row.put(QuotaUnitEntity.RECEIVED_ON, day.toString());
                ao.create(QuotaUnitEntity.class, row);
                return QuotaClaim.granted(used + 1, limit);
            });
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    @Override
    public boolean release(String requestId) {
        return StoreCalls.guarded("give a quota unit back", () -> ao.executeInTransaction(() -> {
            QuotaUnitEntity[] held = unitsOf(requestId);
            ao.delete(held);
            ao.delete(checksOf(requestId));
            return held.length > 0;
        }));
    }

    @Override
    public void recordCheck(String requestId, String reporterKey, String customerNumber) {
        StoreCalls.guarded("record a check", () -> ao.executeInTransaction(() -> {
            ao.delete(checksOf(requestId));
            Map<String, Object> row = new HashMap<>();
            row.put(RequestCheckEntity.REQUEST_ID, requestId);
            row.put(RequestCheckEntity.REPORTER_KEY, reporterKey);
            row.put(RequestCheckEntity.QUOTED_NUMBER, customerNumber);
            ao.create(RequestCheckEntity.class, row);
            return null;
        }));
    }

    @Override
    public Optional<Check> check(String requestId) {
        return StoreCalls.guarded("read the quota ledger", () -> {
            RequestCheckEntity[] rows = checksOf(requestId);
            RequestCheckEntity latest = null; // two nodes recording at once may leave two rows: the later counts
            for (RequestCheckEntity row : rows) {
                latest = latest == null || row.getID() > latest.getID() ? row : latest;
            }
            return latest == null ? Optional.<Check>empty() : Optional.of(new Check(requestId, latest.getReporterKey(),
                    latest.getQuotedNumber()));
        });
    }

    /**
     * Kept as a check row of its own: its request id ({@value #ADOPTED}) is no issue id, and its reporter column
     * holds the instant.
     */
    @Override
    public Optional<java.time.Instant> adoptedAt() {
        return StoreCalls.guarded("read the quota ledger", () -> {
            RequestCheckEntity[] rows = checksOf(ADOPTED);
            return rows.length == 0 ? Optional.<java.time.Instant>empty()
                    : Optional.of(java.time.Instant.parse(rows[0].getReporterKey()));
        });
    }

    @Override
    public void adopt(java.time.Instant at) {
        StoreCalls.guarded("record the ledger's adoption", () -> ao.executeInTransaction(() -> {
            if (checksOf(ADOPTED).length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put(RequestCheckEntity.REQUEST_ID, ADOPTED);
                row.put(RequestCheckEntity.REPORTER_KEY, at.toString());
                ao.create(RequestCheckEntity.class, row);
            }
            return null;
        }));
    }

    @Override
    public int changeReporterKey(String oldKey, String newKey) {
        return StoreCalls.guarded("rename a reporter in the quota ledger", () -> ao.executeInTransaction(() -> {
            RequestCheckEntity[] rows = ao.find(RequestCheckEntity.class,
                    ActiveObjectsContracts.eq(RequestCheckEntity.REPORTER_KEY), oldKey);
            for (RequestCheckEntity row : rows) {
                row.setReporterKey(newKey);
                row.save();
            }
            return rows.length;
        }));
    }

    @Override
    public Set<String> requestIds() {
        return StoreCalls.guarded("read the quota ledger", () -> {
            Set<String> ids = new TreeSet<>();
            for (QuotaUnitEntity unit : ao.find(QuotaUnitEntity.class)) {
                ids.add(unit.getRequestId());
            }
            for (RequestCheckEntity check : ao.find(RequestCheckEntity.class)) {
                ids.add(check.getRequestId());
            }
            ids.remove(ADOPTED);
            return ids;
        });
    }

    @Override
    public Optional<String> contractOf(String requestId) {
        return StoreCalls.guarded("read the quota ledger", () -> {
            QuotaUnitEntity[] held = unitsOf(requestId);
            return held.length == 0 ? Optional.<String>empty() : Optional.of(held[0].getCustomerNumber());
        });
    }

    @Override
    public int releaseContract(String customerNumber) {
        return StoreCalls.guarded("give a contract's quota units back", () -> ao.executeInTransaction(() -> {
            QuotaUnitEntity[] held = ao.find(QuotaUnitEntity.class,
                    ActiveObjectsContracts.eq(QuotaUnitEntity.CUSTOMER_NUMBER), customerNumber);
            ao.delete(held);
            return held.length;
        }));
    }

    private RequestCheckEntity[] checksOf(String requestId) {
        return ao.find(RequestCheckEntity.class, ActiveObjectsContracts.eq(RequestCheckEntity.REQUEST_ID), requestId);
    }

    @Override
    public boolean holds(String customerNumber, String requestId, QuotaWindow window) {
        return StoreCalls.guarded("read the quota ledger", () -> {
            for (QuotaUnitEntity unit : unitsOf(requestId)) {
                if (unit.getCustomerNumber().equals(customerNumber)
                        && window.contains(LocalDate.parse(unit.getReceivedOn()))) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public boolean holdsAny(String requestId) {
        return StoreCalls.guarded("read the quota ledger", () -> unitsOf(requestId).length > 0);
    }

    @Override
    public int used(String customerNumber, QuotaWindow window) {
        return StoreCalls.guarded("read the quota ledger", () -> ao.count(QuotaUnitEntity.class, IN_WINDOW,
                customerNumber, window.startInclusive().toString(), window.endExclusive().toString()));
    }

    private QuotaUnitEntity[] unitsOf(String requestId) {
        return ao.find(QuotaUnitEntity.class, ActiveObjectsContracts.eq(QuotaUnitEntity.REQUEST_ID), requestId);
    }
}
