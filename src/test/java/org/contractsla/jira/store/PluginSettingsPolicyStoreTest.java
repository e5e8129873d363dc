package org.contractsla.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.config.PolicyReader;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

public class PluginSettingsPolicyStoreTest {

    /** Global settings in a map; a key named in {@code failOn} refuses to be written. */
    private static final class MapSettings implements PluginSettings {
        final Map<String, Object> values = new HashMap<>();
        String failOn;

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            if (key.equals(failOn)) {
                throw new IllegalStateException("database gone");
            }
            return values.put(key, value);
        }

        @Override
        public Object remove(String key) {
            return values.remove(key);
        }
    }

    private final MapSettings settings = new MapSettings();
    private final ClusterLock lock = mock(ClusterLock.class);
    private PluginSettingsPolicyStore store;
    private Policy presets;

    @Before
    public void setUp() throws Exception {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        ClusterLockService locks = mock(ClusterLockService.class);
        when(locks.getLockForName(PluginSettingsPolicyStore.LOCK)).thenReturn(lock);
        store = new PluginSettingsPolicyStore(factory, locks);
        presets = new PolicyReader().read(Files.readString(Path.of("examples/presets.json")));
    }

    private PluginSettingsPolicyStore anotherNode() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        return new PluginSettingsPolicyStore(factory, mock(ClusterLockService.class));
    }

    private static Policy small() {
        return Policy.of(List.of(BusinessCalendar.twentyFourSeven("c", java.time.ZoneOffset.UTC)),
                List.of(Plan.builder("only").build()), Set.of("Waiting"));
    }

    @Test
    public void shouldStartEmpty() {
        assertTrue(store.current().plans().isEmpty());
    }

    @Test
    public void shouldKeepWhatWasSavedForEveryNode() {
        store.replace(presets);
        assertEquals(presets, store.current());
        assertEquals(presets, anotherNode().current());
        store.replace(small());
        assertEquals(small(), anotherNode().current());
        // only the revision in force is kept
        assertEquals(2, settings.values.size());
    }

    @Test
    public void shouldSaveUnderTheClusterLock() {
        store.replace(presets);
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    public void shouldRunAnActionAgainstTheConfigurationUnderTheSameLockAndReleaseItWhenItFails() {
        store.replace(presets);
        clearInvocations(lock);
        assertEquals(presets.plans().keySet(), store.withCurrent(current -> {
            verify(lock).lock();
            verify(lock, never()).unlock();
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
        verify(lock, times(2)).unlock();
    }

    @Test
    public void shouldLeaveTheOldConfigurationWhenTheDocumentCannotBeWritten() {
        store.replace(presets);
        settings.failOn = PluginSettingsPolicyStore.PREFIX + "2";
        try {
            store.replace(small());
            fail("saved although the settings refused");
        } catch (org.contractsla.core.StorageUnavailableException expected) {
            // reported to the caller as a store that can be tried again
        }
        assertEquals(presets, store.current());
        assertEquals(presets, anotherNode().current());
    }

    @Test
    public void shouldLeaveTheOldConfigurationWhenThePointerCannotBeMoved() {
        store.replace(presets);
        settings.failOn = PluginSettingsPolicyStore.CURRENT;
        try {
            store.replace(small());
            fail("saved although the settings refused");
        } catch (org.contractsla.core.StorageUnavailableException expected) {
            // reported to the caller as a store that can be tried again
        }
        assertEquals(presets, anotherNode().current());
        assertFalse("no half-written revision left behind",
                settings.values.containsKey(PluginSettingsPolicyStore.PREFIX + "2"));
    }

    @Test
    public void shouldMigrateADocumentAnEarlierReleaseSaved() {
        settings.values.put(PluginSettingsPolicyStore.CURRENT, "7");
        settings.values.put(PluginSettingsPolicyStore.PREFIX + "7", "{\"schemaVersion\":1,\"calendars\":[],"
                + "\"plans\":[{\"id\":\"legacy\",\"goals\":{}}]}");
        Plan legacy = store.current().plan("legacy").get();
        assertTrue(legacy.quota().isUnlimited());
        assertEquals(4, legacy.channels().size());
    }

    @Test
    public void shouldLoadADocumentStoredUnderOlderRulesSayWhatAndForgetItOnTheNextSave() {
        settings.values.put(PluginSettingsPolicyStore.CURRENT, "7");
        settings.values.put(PluginSettingsPolicyStore.PREFIX + "7", "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\","
                + "\"zone\":\"UTC\",\"weekly\":\"24x7\"}],\"plans\":[{\"id\":\"old\",\"goals\":{\"firstResponse\":"
                + "{\"S1\":{\"duration\":\"PT30M30S\",\"calendar\":\"c\"}}}}]}");
        assertEquals(java.time.Duration.ofMinutes(31), store.current().plan("old").get()
                .goal(org.contractsla.core.policy.Metric.FIRST_RESPONSE, org.contractsla.core.severity.Severity.S1)
                .get().target());
        assertEquals(List.of(new org.contractsla.core.policy.PolicyStore.Note(
                "plans[0].goals.firstResponse.S1.duration", "config.error.duration.minutes", List.of("PT30M30S"),
                false)), store.notes());
        assertEquals(store.notes(), anotherNode().notes());
        store.replace(small()); // an import replaces it, notes and all
        assertEquals(List.of(), store.notes());
        assertEquals(List.of(), anotherNode().notes());
    }

    @Test
    public void shouldSayAStoredDocumentIsDamagedRatherThanBlameTheCallersInput() {
        settings.values.put(PluginSettingsPolicyStore.CURRENT, "7");
        settings.values.put(PluginSettingsPolicyStore.PREFIX + "7", "{\"schemaVersion\":2,\"calendars\":[");
        try {
            store.current();
            fail("read a damaged document");
        } catch (StoreCalls.UnreadableDocumentException expected) {
            // not a ConfigException, which a REST resource would answer as a fault of the request (400)
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("configuration revision 7"));
        }
    }

    @Test
    public void shouldStoreNothingWhenTheChangeIsRefused() {
        store.replace(presets);
        try {
            store.update(current -> {
                throw new IllegalArgumentException("plan in use");
            });
            fail("stored a refused change");
        } catch (IllegalArgumentException expected) {
            // the caller hears why
        }
        assertEquals(presets, anotherNode().current());
        assertEquals(2, settings.values.size());
    }

    @Test
    public void shouldWriteNoRevisionWhenTheChangeKeepsTheConfigurationInForce() {
        store.replace(presets);
        Object revision = settings.values.get(PluginSettingsPolicyStore.CURRENT);
        settings.failOn = PluginSettingsPolicyStore.CURRENT; // any write would now fail loudly
        assertEquals(presets, store.update(current -> current));
        assertEquals(revision, settings.values.get(PluginSettingsPolicyStore.CURRENT));
        assertEquals(2, settings.values.size());
    }

    @Test
    public void shouldNotLoseChangesMadeAtTheSameTime() throws Exception {
        java.util.concurrent.locks.ReentrantLock real = new java.util.concurrent.locks.ReentrantLock();
        org.mockito.Mockito.doAnswer(i -> {
            real.lock();
            return null;
        }).when(lock).lock();
        org.mockito.Mockito.doAnswer(i -> {
            real.unlock();
            return null;
        }).when(lock).unlock();
        store.replace(small());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "plan-" + i;
            done.add(pool.submit(() -> store.update(current -> {
                List<Plan> plans = new java.util.ArrayList<>(current.plans().values());
                plans.add(Plan.builder(id).build());
                return Policy.of(List.copyOf(current.calendars().values()), plans, current.pauseStatuses());
            })));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(41, anotherNode().current().plans().size());
    }
}
