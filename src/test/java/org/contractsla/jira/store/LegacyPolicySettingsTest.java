package org.contractsla.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.severity.Severity;
import org.junit.Before;
import org.junit.Test;

public class LegacyPolicySettingsTest {

    private final Map<String, Object> values = new HashMap<>();
    private LegacyPolicySettings store;

    @Before
    public void setUp() {
        PluginSettings settings = (PluginSettings) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PluginSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> values.get(args[0]);
                    default -> throw new AssertionError("written: " + method.getName());
                });
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        store = new LegacyPolicySettings(factory);
    }

    @Test
    public void shouldStartEmpty() {
        assertTrue(store.current().plans().isEmpty());
        assertEquals(List.of(), store.notes());
    }

    @Test
    public void shouldMigrateADocumentAnEarlierReleaseSaved() {
        values.put(LegacyPolicySettings.CURRENT, "7");
        values.put(LegacyPolicySettings.PREFIX + "7", "{\"schemaVersion\":1,\"calendars\":[],"
                + "\"plans\":[{\"id\":\"legacy\",\"goals\":{}}]}");
        Plan legacy = store.current().plan("legacy").get();
        assertTrue(legacy.quota().isUnlimited());
        assertEquals(4, legacy.channels().size());
    }

    @Test
    public void shouldLoadADocumentStoredUnderOlderRulesAndSayWhat() {
        values.put(LegacyPolicySettings.CURRENT, "7");
        values.put(LegacyPolicySettings.PREFIX + "7", "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\","
                + "\"zone\":\"UTC\",\"weekly\":\"24x7\"}],\"plans\":[{\"id\":\"old\",\"goals\":{\"firstResponse\":"
                + "{\"S1\":{\"duration\":\"PT30M30S\",\"calendar\":\"c\"}}}}]}");
        assertEquals(Duration.ofMinutes(31), store.current().plan("old").get()
                .goal(Metric.FIRST_RESPONSE, Severity.S1).get().target());
        assertEquals(List.of(new PolicyStore.Note("plans[0].goals.firstResponse.S1.duration",
                "config.error.duration.minutes", List.of("PT30M30S"), false)), store.notes());
    }

    @Test
    public void shouldSayAStoredDocumentIsDamagedRatherThanBlameTheCallersInput() {
        values.put(LegacyPolicySettings.CURRENT, "7");
        values.put(LegacyPolicySettings.PREFIX + "7", "{\"schemaVersion\":2,\"calendars\":[");
        try {
            store.current();
            fail("read a damaged document");
        } catch (StoreCalls.UnreadableDocumentException expected) {
            // not a ConfigException, which a REST resource would answer as a fault of the request (400)
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("configuration revision 7"));
        }
    }
}
