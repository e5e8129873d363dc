package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.contractsla.config.Json;

/**
 * What the upgrade tasks of kept decisions share: a field of each decision's JSON document copied into a column of
 * its own, for rows that do not have it yet. A row whose document does not read, or has no such text, is left
 * as it is; running it again changes nothing.
 */
final class DecisionDocumentColumns {

    private DecisionDocumentColumns() {
    }

    /**
     * @param field  the document's field
     * @param column the column's value in a row, null if not set
     * @param set    sets the column in a row
     * @return how many rows were given the value
     */
    static int copy(ActiveObjects ao, String field, Function<RequestDecisionEntity, String> column,
            BiConsumer<RequestDecisionEntity, String> set) {
        ao.migrate(RequestDecisionEntity.class);
        int copied = 0;
        for (RequestDecisionEntity row : ao.find(RequestDecisionEntity.class)) {
            if (column.apply(row) != null) {
                continue;
            }
            JsonNode value;
            try {
                value = Json.parse(row.getDecision()).get(field);
            } catch (RuntimeException e) {
                continue; // not a document this task reads, nor one the store reads: left alone
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                set.accept(row, value.asText());
                row.save();
                copied++;
            }
        }
        return copied;
    }
}
