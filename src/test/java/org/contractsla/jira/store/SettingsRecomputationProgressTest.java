package org.contractsla.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.contractsla.core.request.RecomputationProgress;
import org.junit.Test;

/** The recomputation's progress in Jira's plugin settings, as every node reads it. */
public class SettingsRecomputationProgressTest {

    private final Map<String, Object> stored = new HashMap<>();
    private final SettingsRecomputationProgress progress;

    public SettingsRecomputationProgressTest() {
        PluginSettings settings = mock(PluginSettings.class);
        when(settings.get(anyString())).thenAnswer(i -> stored.get(i.getArgument(0, String.class)));
        when(settings.put(anyString(), any())).thenAnswer(i -> stored.put(i.getArgument(0), i.getArgument(1)));
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        progress = new SettingsRecomputationProgress(factory);
    }

    @Test
    public void shouldReadBackWhatWasSavedRunningOrFinished() {
        assertTrue(progress.last().isEmpty());
        Instant start = Instant.parse("2026-03-02T02:00:00Z");
        RecomputationProgress running = new RecomputationProgress("abc", start, null, 1000, 250, 4, 1);
        progress.save(running);
        assertEquals(running, progress.last().orElseThrow());
        RecomputationProgress done = new RecomputationProgress("abc", start, start.plusSeconds(60), 1000, 1000, 9, 1);
        progress.save(done);
        assertEquals(done, progress.last().orElseThrow());
    }

    @Test
    public void shouldTakeADocumentThatDoesNotReadAsNone() {
        for (Object damaged : new Object[] {"not json", "{\"revision\":\"abc\"}", "{\"startedAt\":\"2026-03-02T02:00:00Z\"}",
            42}) {
            stored.put(SettingsRecomputationProgress.KEY, damaged);
            assertTrue(String.valueOf(damaged), progress.last().isEmpty());
        }
    }
}
