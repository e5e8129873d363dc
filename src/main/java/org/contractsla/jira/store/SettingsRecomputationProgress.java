package org.contractsla.jira.store;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.request.RecomputationProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recomputation's progress in Jira's global plugin settings (one small JSON document in the database), so that
 * every node of a cluster reads what the node running it wrote. A document that does not read counts as none: the
 * next recomputation is then due.
 */
@Named
public class SettingsRecomputationProgress implements RecomputationProgress.Store {

    static final String KEY = "org.contractsla.contract-sla.recomputation";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(SettingsRecomputationProgress.class);

    private final PluginSettingsFactory settings;

    @Inject
    public SettingsRecomputationProgress(@ComponentImport PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public void save(RecomputationProgress p) {
        ObjectNode o = JSON.createObjectNode().put("revision", p.revision()).put("startedAt", p.startedAt().toString())
                .put("total", p.total()).put("done", p.done()).put("changed", p.changed()).put("failed", p.failed());
        if (p.finishedAt() != null) {
            o.put("finishedAt", p.finishedAt().toString());
        }
        StoreCalls.guarded("keep the recomputation's progress", () -> settings.createGlobalSettings().put(KEY,
                o.toString()));
    }

    @Override
    public Optional<RecomputationProgress> last() {
        Object value = StoreCalls.guarded("read the recomputation's progress",
                () -> settings.createGlobalSettings().get(KEY));
        if (!(value instanceof String)) {
            return Optional.empty();
        }
        try {
            JsonNode o = JSON.readTree((String) value);
            return Optional.of(new RecomputationProgress(o.path("revision").textValue(),
                    Instant.parse(o.path("startedAt").asText()), o.hasNonNull("finishedAt")
                            ? Instant.parse(o.path("finishedAt").asText()) : null, o.path("total").asInt(),
                    o.path("done").asInt(), o.path("changed").asInt(), o.path("failed").asInt()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The recomputation's progress does not read ({}); the next recomputation is due", e.getMessage());
            return Optional.empty();
        }
    }
}
