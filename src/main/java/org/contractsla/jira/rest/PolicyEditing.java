package org.contractsla.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.contractsla.config.ConfigException;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.Reason;
import org.contractsla.core.entitlement.PlansInUse;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;

/**
 * Changes one calendar or plan, or the whole configuration, the same way an import does: the edited
 * configuration is read back as one document, so every check of the format applies, and only a
 * configuration that passes all of them is stored. Errors inside the edited element name fields relative to
 * the request body.
 */
final class PolicyEditing {

    static final String CALENDARS = "calendars";
    static final String PLANS = "plans";

    private final PolicyStore store;
    private final PlansInUse plans;
    private final PolicyReader reader;
    private final PolicyWriter writer = new PolicyWriter();

    /**
     * @param plans    what keeps a plan from being removed: contracts on it, requests measured against it
     * @param holidays where public holidays come from: a calendar naming a region without any is refused
     */
    PolicyEditing(PolicyStore store, PlansInUse plans, PublicHolidays holidays) {
        this.store = store;
        this.plans = plans;
        this.reader = new PolicyReader(holidays);
    }

    /**
     * Refuses removing a plan that contracts or requests still need. Runs under the configuration's lock, as
     * contracts are written; decisions and plan changes are not, but each names a contract's plan, and no contract
     * is on the plan by then (a check that read a contract just before it moved may still write one: a narrow window,
     * whose request then shows no clocks until the plan is added again).
     */
    private void requireUnneeded(String planId) {
        java.util.Optional<Reason> kept = plans.whyKept(planId);
        if (kept.isPresent()) {
            throw ApiException.conflict(kept.get().key(), kept.get().args().toArray());
        }
    }

    ObjectNode export() {
        return writer.toTree(store.current());
    }

    ArrayNode list(String section) {
        return (ArrayNode) export().get(section);
    }

    Optional<JsonNode> get(String section, String id) {
        for (JsonNode n : list(section)) {
            if (id.equals(n.path("id").asText())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the element as this change stored it (read from what was stored, not from what is in force by now)
     */
    JsonNode put(String section, String id, JsonNode body) {
        ObjectNode element = body.deepCopy();
        JsonNode bodyId = element.get("id");
        if (bodyId == null || bodyId.isNull()) {
            element.put("id", id);
        } else if (!bodyId.isTextual() || !bodyId.asText().equals(id)) {
            throw ApiException.badRequest("id", "rest.error.id.mismatch", id);
        }
        requireWhole();
        Policy stored = store.update(current -> {
            ObjectNode document = writer.toTree(current);
            ArrayNode items = (ArrayNode) document.get(section);
            int index = indexOf(items, id);
            if (index < 0) {
                index = items.size();
                items.add(element);
            } else {
                items.set(index, element);
            }
            return readEdited(document, section + "[" + index + "]");
        });
        ArrayNode items = (ArrayNode) writer.toTree(stored).get(section);
        return items.get(indexOf(items, id));
    }

    /** @return false if there was no such element when the deletion held the configuration's lock */
    boolean delete(String section, String id) {
        requireWhole();
        boolean[] found = {false};
        store.update(current -> {
            ObjectNode document = writer.toTree(current);
            ArrayNode items = (ArrayNode) document.get(section);
            int index = indexOf(items, id);
            if (index < 0) {
                return current; // not there (or someone else deleted it first): nothing to store
            }
            found[0] = true;
            // under the store's lock: contracts are written under it too, so none can join the plan meanwhile
            if (section.equals(PLANS)) {
                requireUnneeded(id);
            }
            items.remove(index);
            try {
                return reader.read(document);
            } catch (ConfigException e) {
                if (e.key().equals("policy.error.calendar.unknown")) {
                    throw ApiException.conflict("rest.error.calendar.inUse", id, e.args().get(1));
                }
                throw e;
            }
        });
        return found[0];
    }

    /** Validates a whole document and stores it, unless a plan that contracts or requests need would be gone. */
    Policy importDocument(JsonNode document, SupportProjectIds projectIds) {
        Policy read = reader.read(document.deepCopy());
        return store.update(current -> {
            Policy policy = projectIds.recordIds(read, current);
            for (String planId : current.plans().keySet()) {
                if (policy.plan(planId).isEmpty()) {
                    requireUnneeded(planId);
                }
            }
            return policy;
        });
    }

    /**
     * An edit of one element saves the whole configuration as read: with parts of a stored one left out (stored
     * under older rules, or damaged), it would lose them for good. Only an import replaces such a configuration.
     */
    private void requireWhole() {
        if (store.notes().stream().anyMatch(PolicyStore.Note::leftOut)) {
            throw ApiException.conflict("rest.error.config.needsImport");
        }
    }

    private Policy readEdited(ObjectNode document, String elementPath) {
        try {
            return reader.read(document);
        } catch (ConfigException e) {
            String path = e.path();
            if (path.equals(elementPath)) {
                path = "";
            } else if (path.startsWith(elementPath + ".")) {
                path = path.substring(elementPath.length() + 1);
            }
            throw ApiException.badRequestWithArgs(path, e.key(), e.args());
        }
    }

    private static int indexOf(ArrayNode items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }
}
