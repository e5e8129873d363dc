package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;

/**
 * Holds two threads at the exact point of a race, without waiting on the clock: a thread that reaches the point
 * waits there until the other one reaches it too (the protection is missing: both go on together, into the race)
 * or the other one is blocked on the cluster lock (the protection works: it goes on alone).
 */
final class RaceHarness {

    /** Threads waiting for a cluster lock right now, across all locks of the harness. */
    final AtomicInteger waitingForLock = new AtomicInteger();
    private final AtomicInteger arrived = new AtomicInteger();

    /** Starts a new round: nobody has reached the point yet. */
    void reset() {
        arrived.set(0);
    }

    /** The point of the race. */
    void arrive() {
        arrived.incrementAndGet();
        long giveUp = System.nanoTime() + 60_000_000_000L; // a harness that broke, not a race: fail, never spin on
        while (arrived.get() < 2 && waitingForLock.get() == 0) {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() > giveUp) {
                throw new AssertionError("the other thread neither reached the point nor waited for the lock");
            }
            Thread.onSpinWait();
        }
    }

    /** @return cluster locks that lock (local locks that count who waits), or none at all */
    ClusterLockService locks(boolean locking) {
        Map<String, ClusterLock> byName = new ConcurrentHashMap<>();
        return name -> byName.computeIfAbsent(name, n -> lock(locking));
    }

    private ClusterLock lock(boolean locking) {
        ReentrantLock real = new ReentrantLock();
        return (ClusterLock) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ClusterLock.class},
                (proxy, method, args) -> {
                    if (!locking) {
                        return method.getReturnType() == boolean.class ? true : null;
                    }
                    switch (method.getName()) {
                        case "tryLock":
                            if (args == null) {
                                return real.tryLock();
                            }
                            waitingForLock.incrementAndGet();
                            try {
                                return real.tryLock((Long) args[0], (TimeUnit) args[1]);
                            } finally {
                                waitingForLock.decrementAndGet();
                            }
                        case "lock":
                            waitingForLock.incrementAndGet();
                            try {
                                real.lock();
                                return null;
                            } finally {
                                waitingForLock.decrementAndGet();
                            }
                        case "unlock":
                            real.unlock();
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    /**
     * @return the database, stopping each thread right after a call that matches {@code at} (it has read, and not
     *         yet written: the point of the race)
     */
    ActiveObjects hooked(FakeActiveObjects ao, BiPredicate<Method, Object[]> at) {
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    Object result = ao.call(method, args);
                    if (at.test(method, args)) {
                        arrive();
                    }
                    return result;
                });
    }
}
