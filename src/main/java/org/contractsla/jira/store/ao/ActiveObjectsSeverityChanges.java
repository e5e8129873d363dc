package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.Reason;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.jira.store.StoreCalls;

/**
 * Severity changes in Active Objects, one row each, never changed except to follow a user's new key. A change is
 * one insert, atomic on its own. A row that no longer reads (a level this release does not know) is left out of a
 * request's changes rather than failing the request.
 */
@Named
public class ActiveObjectsSeverityChanges implements SeverityChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActiveObjectsSeverityChanges.class);

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsSeverityChanges(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void append(SeverityChange change) {
        Map<String, Object> row = new HashMap<>();
        row.put(SeverityChangeEntity.REQUEST_ID, change.requestId());
        row.put(SeverityChangeEntity.CHANGED_AT, change.at().toEpochMilli());
        row.put(SeverityChangeEntity.USER_KEY, change.userKey());
        row.put(SeverityChangeEntity.FROM_LEVEL, change.from() == null ? null : change.from().name());
        row.put(SeverityChangeEntity.TO_LEVEL, change.to().name());
        row.put(SeverityChangeEntity.NOTE, change.note());
        row.put(SeverityChangeEntity.RULES, rules(change.rules()));
        row.values().removeIf(Objects::isNull); // a column left out stays null
        StoreCalls.guarded("keep a severity change", () -> ao.create(SeverityChangeEntity.class, row));
    }

    @Override
    public List<SeverityChange> byRequest(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return StoreCalls.guarded("read severity changes", () -> {
            List<SeverityChangeEntity> rows = new ArrayList<>(Arrays.asList(ao.find(SeverityChangeEntity.class,
                    ActiveObjectsContracts.eq(SeverityChangeEntity.REQUEST_ID), requestId)));
            rows.sort(Comparator.comparing(SeverityChangeEntity::getChangedAt).thenComparing(SeverityChangeEntity::getID));
            List<SeverityChange> changes = new ArrayList<>();
            for (SeverityChangeEntity e : rows) {
                Severity to = level(e.getToLevel());
                if (to == null) {
                    continue;
                }
                changes.add(new SeverityChange(e.getRequestId(), Instant.ofEpochMilli(e.getChangedAt()), e.getUserKey(),
                        level(e.getFromLevel()), to, e.getNote(), reasons(e.getRules())));
            }
            return changes;
        });
    }

    @Override
    public int countByUser(String userKey) {
        Objects.requireNonNull(userKey, "userKey");
        return StoreCalls.guarded("count severity changes", () -> ao.count(SeverityChangeEntity.class,
                ActiveObjectsContracts.eq(SeverityChangeEntity.USER_KEY), userKey));
    }

    @Override
    public int changeUserKey(String oldKey, String newKey) {
        return StoreCalls.guarded("follow a user's new key in severity changes", () -> ao.executeInTransaction(() -> {
            SeverityChangeEntity[] rows = ao.find(SeverityChangeEntity.class,
                    ActiveObjectsContracts.eq(SeverityChangeEntity.USER_KEY), oldKey);
            for (SeverityChangeEntity e : rows) {
                e.setUserKey(newKey);
                e.save();
            }
            return rows.length;
        }));
    }

    /** @return the level of that name, or null if this release does not know it */
    private static Severity level(String name) {
        return org.contractsla.core.EnumIds.byId(Severity.class, name).orElse(null);
    }

    private static String rules(List<Reason> reasons) {
        ArrayNode array = JSON.createArrayNode();
        for (Reason r : reasons) {
            ObjectNode o = array.addObject().put("key", r.key());
            ArrayNode args = o.putArray("args");
            r.args().forEach(a -> {
                if (a instanceof Integer || a instanceof Long) {
                    args.add(((Number) a).longValue());
                } else if (a instanceof Number) {
                    args.add(((Number) a).doubleValue());
                } else {
                    args.add(String.valueOf(a)); // instants, dates and keys read back as their text
                }
            });
        }
        return array.toString();
    }

    private static List<Reason> reasons(String json) {
        List<Reason> reasons = new ArrayList<>();
        if (json == null) {
            return reasons;
        }
        try {
            JsonNode array = JSON.readTree(json);
            if (!array.isArray()) {
                throw new java.io.IOException("not an array");
            }
            for (JsonNode r : array) {
                if (!r.path("key").isTextual()) {
                    throw new java.io.IOException("a reason without a key");
                }
                List<Object> args = new ArrayList<>();
                // whole numbers as Long, as they were written; other numbers as Double
                r.path("args").forEach(a -> args.add(a.isIntegralNumber() ? (Object) a.longValue()
                        : a.isNumber() ? (Object) a.doubleValue() : a.asText()));
                reasons.add(Reason.of(r.path("key").asText(), args.toArray()));
            }
        } catch (java.io.IOException e) {
            // the reasons of one change do not keep the change from being shown
            LOG.warn("The rules' reasons of a severity change do not read ({}); shown without them", e.getMessage());
            return List.of();
        }
        return reasons;
    }
}
