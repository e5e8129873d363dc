package org.contractsla.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.contractsla.core.policy.Policy;

/**
 * Brings a policy document of an older schema version up to {@link Policy#SCHEMA_VERSION}, one version at a
 * time, so that a configuration saved by an earlier release of the app still reads. Each step changes only
 * what its version changed and leaves the rest to the reader's checks.
 */
final class PolicyMigrations {

    /** Oldest version that can be brought up to date. */
    static final int OLDEST = 1;

    private static final List<String> VERSION_2_PLAN_FIELDS = List.of("covers", "channels", "quota", "contacts",
            "effortBudgets", "outOfEntitlement", "productionGate", "incidentPack", "s1Checklist");

    private PolicyMigrations() {
    }

    /**
     * @param document the parsed document; changed in place
     * @param version  its schema version
     * @throws ConfigException {@code config.error.schemaVersion} for versions older than {@link #OLDEST} or
     *                         newer than this app
     */
    static void upgrade(JsonNode document, int version) {
        if (version < OLDEST || version > Policy.SCHEMA_VERSION) {
            throw new ConfigException("schemaVersion", "config.error.schemaVersion",
                    List.of(version, OLDEST + "\u2013" + Policy.SCHEMA_VERSION));
        }
        if (version == 1) {
            toVersion2(document);
        }
        if (document.isObject()) {
            ((ObjectNode) document).put("schemaVersion", Policy.SCHEMA_VERSION);
        }
    }

    /**
     * Version 2 gave plans their entitlement attributes. A version 1 plan had none, so it gets the ones that
     * keep it behaving as before, written out: every severity and channel, no quota, no contact limit, and
     * requests without entitlement turned away. Writing them out keeps old plans as they were even if the
     * defaults change later.
     */
    private static void toVersion2(JsonNode document) {
        JsonNode plans = document.path("plans");
        if (!plans.isArray()) {
            return;
        }
        for (int i = 0; i < plans.size(); i++) {
            JsonNode plan = plans.get(i);
            if (!plan.isObject()) {
                continue;
            }
            ObjectNode p = (ObjectNode) plan;
            for (String added : VERSION_2_PLAN_FIELDS) {
                if (p.has(added)) { // version 1 did not know it: refuse, as a version 1 reader would have
                    throw new ConfigException("plans[" + i + "]." + added, "config.error.field.unknown", List.of(added));
                }
            }
            ArrayNode covers = p.putArray("covers");
            for (String s : new String[] {"S1", "S2", "S3", "S4"}) {
                covers.add(s);
            }
            ArrayNode channels = p.putArray("channels");
            for (String c : new String[] {"portal", "email", "phone", "chat"}) {
                channels.add(c);
            }
            p.put("quota", "unlimited");
            p.put("contacts", "unlimited");
            p.put("outOfEntitlement", "reject");
        }
    }
}
