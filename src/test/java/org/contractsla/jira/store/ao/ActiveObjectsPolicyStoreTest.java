package org.contractsla.jira.store.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.jira.store.LegacyPolicySettings;
import org.junit.Test;

public class ActiveObjectsPolicyStoreTest {

    private final FakeActiveObjects ao = new FakeActiveObjects();
    private final ClusterLockService locks = FakeActiveObjects.locks();
    /** what an older release kept in plugin settings */
    private final Map<String, Object> settings = new HashMap<>();

    private LegacyPolicySettings legacy() {
        PluginSettings s = (PluginSettings) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PluginSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> settings.get(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(s);
        return new LegacyPolicySettings(factory);
    }

    /** A node of the cluster: its own cache, the shared database and locks. */
    private ActiveObjectsPolicyStore node(ActiveObjects database) {
        return new ActiveObjectsPolicyStore(database, locks, legacy(),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
    }

    private static Policy withPlans(String... ids) {
        List<Plan> plans = new ArrayList<>();
        for (String id : ids) {
            plans.add(Plan.builder(id).build());
        }
        return Policy.of(List.of(BusinessCalendar.twentyFourSeven("c", ZoneOffset.UTC)), plans, Set.of());
    }

    private static Policy adding(Policy p, String id) {
        List<Plan> plans = new ArrayList<>(p.plans().values());
        plans.add(Plan.builder(id).build());
        return Policy.of(new ArrayList<>(p.calendars().values()), plans, p.pauseStatuses());
    }

    @Test
    public void shouldStartWithWhatAnOlderReleaseKeptInPluginSettingsAndNeverWriteThere() {
        settings.put("org.contractsla.contract-sla:policy.current", "7");
        settings.put("org.contractsla.contract-sla:policy.7", new PolicyWriter().write(withPlans("legacy")));
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        assertEquals(Set.of("legacy"), store.current().plans().keySet());
        store.update(p -> adding(p, "new"));
        assertEquals(Set.of("legacy", "new"), node(ao.asActiveObjects()).current().plans().keySet());
        assertEquals(2, settings.size()); // plugin settings untouched
    }

    @Test
    public void shouldGiveEverySaveARevisionOfItsOwnAndKeepTheLastFive() {
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        for (int i = 0; i < 8; i++) {
            String id = "p" + i;
            store.update(p -> adding(p, id));
        }
        PolicyRevisionEntity[] rows = ao.find(PolicyRevisionEntity.class);
        assertEquals(ActiveObjectsPolicyStore.KEPT, rows.length);
        assertEquals(8, store.current().plans().size());
        assertEquals(8, node(ao.asActiveObjects()).current().plans().size());
        // a change that keeps the configuration writes no revision
        store.update(p -> p);
        assertEquals(ActiveObjectsPolicyStore.KEPT, ao.find(PolicyRevisionEntity.class).length);
    }

    @Test
    public void shouldSaveOnTopOfAnotherNodesSaveEvenWithAStaleView() {
        ActiveObjectsPolicyStore first = node(ao.asActiveObjects());
        first.update(p -> withPlans("base"));
        // the second node read the configuration before the first saved again, and its view stays stale: the
        // database wrapper tells it that nothing newer exists
        ActiveObjects stale = (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> method.getName().equals("count") ? 0
                        : invoke(method, args));
        ActiveObjectsPolicyStore second = node(stale);
        assertEquals(Set.of("base"), second.current().plans().keySet());
        first.update(p -> adding(p, "fromFirst"));
        assertEquals(Set.of("base"), second.current().plans().keySet()); // stale, as the test wants it
        second.update(p -> adding(p, "fromSecond"));
        assertEquals(Set.of("base", "fromFirst", "fromSecond"),
                node(ao.asActiveObjects()).current().plans().keySet());
    }

    private Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable {
        return ao.call(method, args);
    }

    @Test
    public void shouldKeepAConfigurationLongerThanPluginSettingsHold() {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            plans.add(Plan.builder("plan-with-a-long-identifier-" + i).build());
        }
        Policy big = Policy.of(List.of(BusinessCalendar.twentyFourSeven("c", ZoneOffset.UTC)), plans, Set.of());
        assertTrue(new PolicyWriter().write(big).length() > 99_000);
        node(ao.asActiveObjects()).update(p -> big);
        assertEquals(big, node(ao.asActiveObjects()).current());
    }

    @Test
    public void shouldLeaveTheConfigurationInForceWhenASaveFails() {
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        store.update(p -> withPlans("kept"));
        ao.failCreateAfter = 0;
        try {
            store.update(p -> adding(p, "lost"));
            fail("saved");
        } catch (StorageUnavailableException expected) {
            // try again
        }
        assertEquals(Set.of("kept"), store.current().plans().keySet());
        assertEquals(Set.of("kept"), node(ao.asActiveObjects()).current().plans().keySet());
        assertEquals(1, ao.find(PolicyRevisionEntity.class).length);
    }

    @Test
    public void shouldReadARevisionStoredUnderOlderRulesWithNotes() {
        Map<String, Object> row = new HashMap<>();
        row.put(PolicyRevisionEntity.DOCUMENT, "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\","
                + "\"weekly\":\"24x7\"}],\"plans\":[{\"id\":\"old\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":"
                + "\"P1D\",\"calendar\":\"c\"}}}}]}");
        row.put(PolicyRevisionEntity.SAVED_AT, "2026-01-01T00:00:00Z");
        ao.create(PolicyRevisionEntity.class, row);
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        assertEquals(Set.of("old"), store.current().plans().keySet());
        assertEquals("config.error.duration.days", store.notes().get(0).key());
        store.update(p -> adding(p, "new"));
        assertEquals(List.of(), node(ao.asActiveObjects()).notes());
    }

    @Test
    public void shouldNotLoseChangesTwoNodesMakeAtTheSameTime() throws Exception {
        ActiveObjectsPolicyStore one = node(ao.asActiveObjects());
        ActiveObjectsPolicyStore two = node(ao.asActiveObjects());
        one.update(p -> withPlans());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "plan-" + i;
            ActiveObjectsPolicyStore node = i % 2 == 0 ? one : two;
            done.add(pool.submit(() -> node.update(p -> adding(p, id))));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(40, node(ao.asActiveObjects()).current().plans().size());
    }

    /** @return whether another thread could take the lock now */
    private static boolean freeForOthers(java.util.concurrent.locks.Lock lock) {
        boolean[] free = {false};
        Thread other = new Thread(() -> {
            free[0] = lock.tryLock();
            if (free[0]) {
                lock.unlock();
            }
        });
        other.start();
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return free[0];
    }

    @Test
    public void shouldRunAnActionUnderTheSaveLockAndReleaseItWhenItFails() {
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        store.update(p -> withPlans("kept"));
        java.util.concurrent.locks.Lock lock = locks.getLockForName(ActiveObjectsPolicyStore.LOCK);
        assertEquals(Set.of("kept"), store.withCurrent(current -> {
            assertFalse("no save can run meanwhile", freeForOthers(lock));
            return current.plans().keySet();
        }));
        try {
            store.withCurrent(current -> {
                throw new IllegalStateException("refused");
            });
            fail("the action's exception reaches the caller");
        } catch (IllegalStateException expected) {
            assertEquals("refused", expected.getMessage());
        }
        assertTrue("released after the failure", freeForOthers(lock));
    }

    @Test
    public void shouldLetAnImportReplaceADamagedConfigurationAndSaySo() {
        Map<String, Object> row = new HashMap<>();
        row.put(PolicyRevisionEntity.DOCUMENT, "{\"schemaVersion\":2,\"calendars\":\"damaged\",\"plans\":[]}");
        row.put(PolicyRevisionEntity.SAVED_AT, "2026-01-01T00:00:00Z");
        ao.create(PolicyRevisionEntity.class, row);
        ActiveObjectsPolicyStore store = node(ao.asActiveObjects());
        assertEquals("config.error.stored.unreadable", store.notes().get(0).key());
        assertTrue(store.notes().get(0).leftOut());
        store.update(p -> withPlans("fresh"));
        assertEquals(Set.of("fresh"), node(ao.asActiveObjects()).current().plans().keySet());
        assertEquals(List.of(), node(ao.asActiveObjects()).notes());
    }
}
