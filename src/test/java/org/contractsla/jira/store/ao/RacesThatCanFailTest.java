package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.contract.QuotaClaim;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaWindow;
import org.junit.After;
import org.junit.Test;

/**
 * The cluster locks, proven at the exact point of each race: two threads are held where one has counted (or read the
 * revision in force) and not yet written, and released together. Each race is also run with the locks removed,
 * and there it must go wrong in every round: that shows the harness reaches the window, so the protected runs prove
 * the lock rather than luck.
 */
public class RacesThatCanFailTest {

    private static final int ROUNDS = 50;
    private static final QuotaWindow MAY = QuotaWindow.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
    private static final LocalDate DAY = LocalDate.of(2026, 5, 5);

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @After
    public void tearDown() {
        pool.shutdownNow();
    }

    /** Right after counting the window's units is the point: between it and booking, nobody else may count. */
    private static boolean counting(java.lang.reflect.Method m, Object[] args) {
        return m.getName().equals("count") && args[0] == QuotaUnitEntity.class;
    }

    /** Right after looking up the units the request holds is the point: between it and booking, nobody may look. */
    private static boolean findingUnits(java.lang.reflect.Method m, Object[] args) {
        return m.getName().equals("find") && args.length == 3 && args[0] == QuotaUnitEntity.class;
    }

    /** @return how many of the rounds went wrong: more units booked than the limit, or two for one request */
    private int claimRounds(boolean locking, String secondRequest, int limit,
            java.util.function.BiPredicate<java.lang.reflect.Method, Object[]> at) throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            RaceHarness race = new RaceHarness();
            FakeActiveObjects ao = new FakeActiveObjects();
            ActiveObjectsQuotaLedger ledger = new ActiveObjectsQuotaLedger(race.hooked(ao, at),
                    race.locks(locking));
            Future<QuotaClaim> a = pool.submit(() -> ledger.claim("K-1", "a", DAY, MAY, limit));
            Future<QuotaClaim> b = pool.submit(() -> ledger.claim("K-1", secondRequest, DAY, MAY, limit));
            a.get();
            b.get();
            int units = ao.find(QuotaUnitEntity.class).length;
            int expected = Math.min(limit, secondRequest.equals("a") ? 1 : 2);
            wrong += units == expected ? 0 : 1;
        }
        return wrong;
    }

    @Test(timeout = 120_000) // a handshake that never completes fails instead of hanging the build
    public void shouldNeverBookTheLastUnitTwice() throws Exception {
        assertEquals(0, claimRounds(true, "b", 1, RacesThatCanFailTest::counting));
        // without the lock, both count no unit taken and both book the last one
        assertEquals(ROUNDS, claimRounds(false, "b", 1, RacesThatCanFailTest::counting));
    }

    @Test(timeout = 120_000) // a handshake that never completes fails instead of hanging the build
    public void shouldBookOneUnitWhenTheSameRequestIsClaimedTwiceAtOnce() throws Exception {
        assertEquals(0, claimRounds(true, "a", 5, RacesThatCanFailTest::findingUnits));
        // without the lock, both find the request holding no unit and both book one for it
        assertEquals(ROUNDS, claimRounds(false, "a", 5, RacesThatCanFailTest::findingUnits));
    }

    /** Right after reading the revision in force is the point: between it and saving, nobody else may read it. */
    private static boolean readingRevisions(java.lang.reflect.Method m, Object[] args) {
        return m.getName().equals("find") && args.length == 1 && args[0] == PolicyRevisionEntity.class;
    }

    private int saveRounds(boolean locking) throws Exception {
        int wrong = 0;
        for (int round = 0; round < ROUNDS; round++) {
            RaceHarness race = new RaceHarness();
            FakeActiveObjects ao = new FakeActiveObjects();
            ActiveObjectsPolicyStore first = new ActiveObjectsPolicyStore(ao.asActiveObjects(), race.locks(locking), noLegacy(),
                    java.time.Clock.systemUTC());
            first.update(p -> Policy.of(List.of(BusinessCalendar.twentyFourSeven("c", java.time.ZoneOffset.UTC)),
                    List.of(), Set.of()));
            ActiveObjects hooked = race.hooked(ao, RacesThatCanFailTest::readingRevisions);
            com.atlassian.beehive.ClusterLockService locks = race.locks(locking);
            ActiveObjectsPolicyStore one = new ActiveObjectsPolicyStore(hooked, locks, noLegacy(), java.time.Clock.systemUTC());
            ActiveObjectsPolicyStore two = new ActiveObjectsPolicyStore(hooked, locks, noLegacy(), java.time.Clock.systemUTC());
            race.reset();
            Future<?> a = pool.submit(() -> one.update(p -> adding(p, "from-one")));
            Future<?> b = pool.submit(() -> two.update(p -> adding(p, "from-two")));
            a.get();
            b.get();
            Set<String> plans = new ActiveObjectsPolicyStore(ao.asActiveObjects(), locks, noLegacy(),
                    java.time.Clock.systemUTC())
                    .current().plans().keySet();
            wrong += plans.equals(Set.of("from-one", "from-two")) ? 0 : 1;
        }
        return wrong;
    }

    /** Plugin settings that hold nothing: no release before kept a configuration there. */
    private static org.contractsla.jira.store.LegacyPolicySettings noLegacy() {
        com.atlassian.sal.api.pluginsettings.PluginSettings empty = (com.atlassian.sal.api.pluginsettings.PluginSettings)
                java.lang.reflect.Proxy.newProxyInstance(RacesThatCanFailTest.class.getClassLoader(),
                        new Class<?>[] {com.atlassian.sal.api.pluginsettings.PluginSettings.class},
                        (proxy, method, args) -> null);
        com.atlassian.sal.api.pluginsettings.PluginSettingsFactory factory =
                org.mockito.Mockito.mock(com.atlassian.sal.api.pluginsettings.PluginSettingsFactory.class);
        org.mockito.Mockito.when(factory.createGlobalSettings()).thenReturn(empty);
        return new org.contractsla.jira.store.LegacyPolicySettings(factory);
    }

    private static Policy adding(Policy p, String id) {
        List<Plan> plans = new ArrayList<>(p.plans().values());
        plans.add(Plan.builder(id).build());
        return Policy.of(new ArrayList<>(p.calendars().values()), plans, p.pauseStatuses());
    }

    @Test(timeout = 120_000) // a handshake that never completes fails instead of hanging the build
    public void shouldKeepBothOfTwoSavesMadeAtOnce() throws Exception {
        assertEquals(0, saveRounds(true));
        // without the lock, both read the same revision and the later save drops the earlier one's plan
        assertTrue(saveRounds(false) == ROUNDS);
    }

    /**
     * A release racing a claim that moves the same request to another contract (the request left a support project
     * on one node while an edit on another booked it anew). The release takes no lock, as it does not know the
     * contract: it gives back, in one transaction, exactly the units it read. So whichever of the two reads first,
     * they end as if the release had run first: the request holds one unit, of the contract it moved to, never a
     * unit of the contract it left, nor two. Each order is held deterministically: the first thread stops right
     * after reading the request's units, the second runs whole, then the first goes on. Were the release to give
     * back units it did not read (re-reading, or deleting by request), the new unit would be gone; were the claim
     * to book without giving back the old unit, two would remain: either fails this test. No lock is there to
     * remove.
     */
    @Test(timeout = 120_000) // a handshake that never completes fails instead of hanging the build
    public void shouldEndAReleaseRacingAClaimAsIfOneRanFirst() throws Exception {
        for (boolean releaseReadsFirst : new boolean[] {true, false}) {
            FakeActiveObjects ao = new FakeActiveObjects();
            com.atlassian.beehive.ClusterLockService locks = new RaceHarness().locks(true);
            new ActiveObjectsQuotaLedger(ao.asActiveObjects(), locks).claim("J-1", "a", DAY, MAY, 5);
            java.util.concurrent.CountDownLatch atPoint = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
            ActiveObjectsQuotaLedger first = new ActiveObjectsQuotaLedger(stoppingOnce(ao, atPoint, goOn), locks);
            ActiveObjectsQuotaLedger second = new ActiveObjectsQuotaLedger(ao.asActiveObjects(), locks);
            Future<Object> f = pool.submit(() -> releaseReadsFirst ? (Object) first.release("a")
                    : first.claim("K-1", "a", DAY, MAY, 5));
            atPoint.await();
            Object other = releaseReadsFirst ? second.claim("K-1", "a", DAY, MAY, 5) : second.release("a");
            goOn.countDown();
            Object firstResult = f.get();
            Object released = releaseReadsFirst ? firstResult : other;
            QuotaClaim claimed = (QuotaClaim) (releaseReadsFirst ? other : firstResult);

            String order = releaseReadsFirst ? "release read first" : "claim read first";
            assertEquals(order, Boolean.TRUE, released); // it gave back the unit of J-1 either way
            assertTrue(order, claimed.isGranted());
            List<String> units = new ArrayList<>();
            for (QuotaUnitEntity u : ao.find(QuotaUnitEntity.class)) {
                units.add(u.getCustomerNumber() + "/" + u.getRequestId());
            }
            // either way the claim's booking comes after what the release read: the request holds the new unit only
            assertEquals(order, List.of("K-1/a"), units);
        }
    }

    /** The database, stopping the calling thread once, right after it first reads a request's units. */
    private static ActiveObjects stoppingOnce(FakeActiveObjects ao, java.util.concurrent.CountDownLatch atPoint,
            java.util.concurrent.CountDownLatch goOn) {
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        return (ActiveObjects) java.lang.reflect.Proxy.newProxyInstance(RacesThatCanFailTest.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    Object result = ao.call(method, args);
                    if (findingUnits(method, args == null ? new Object[0] : args) && stopped.compareAndSet(false, true)) {
                        atPoint.countDown();
                        goOn.await();
                    }
                    return result;
                });
    }
}
