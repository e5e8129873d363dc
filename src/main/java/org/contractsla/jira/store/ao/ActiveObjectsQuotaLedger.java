package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.QuotaWindow;
import org.contractsla.jira.store.StoreCalls;

/**
 * The quota ledger in Active Objects. A claim counts the window's units and books a new one in one
 * transaction while holding the contract's cluster lock: a database transaction alone would let two nodes
 * both count 9 of 10 and both book the tenth.
 */
@Named
public class ActiveObjectsQuotaLedger implements QuotaLedger {

    static final String LOCK_PREFIX = "org.contractsla.contract-sla.quota.";
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
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + customerNumber);
        lock.lock();
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
            return held.length > 0;
        }));
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
