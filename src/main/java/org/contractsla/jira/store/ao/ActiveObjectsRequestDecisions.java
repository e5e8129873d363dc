package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.EnumIds;
import org.contractsla.core.Reason;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.severity.Severity;
import org.contractsla.jira.store.StoreCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decisions in Active Objects, one row per request, replaced in one transaction. The decision is kept as a JSON
 * document of version 1:
 * <pre>{"v":1, "findings":[{"effect":"WARNS","key":"…","args":[8, {"long":3}, "K-1", {"date":"2026-04-30"}]}],
 *  "handling":"UNDER_CONTRACT", "customerNumber":"K-1", "plan":"gold", "severity":"S2",
 *  "severityRefused":false, "quotaUnitHeld":true}</pre>
 * Reason arguments keep their type (int, long, date, text), so that a warning shown later reads as it did
 * when it was decided. A row that does not read is treated as no decision (the request is then checked as of its
 * receipt) and logged.
 */
@Named
public class ActiveObjectsRequestDecisions implements RequestDecisions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(ActiveObjectsRequestDecisions.class);

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsRequestDecisions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void keep(String requestId, EntitlementDecision decision) {
        Objects.requireNonNull(requestId, "requestId");
        Map<String, Object> row = new HashMap<>();
        row.put(RequestDecisionEntity.REQUEST_ID, requestId);
        row.put(RequestDecisionEntity.OUTCOME, decision.outcome().name());
        row.put(RequestDecisionEntity.HANDLING, decision.handling().name());
        row.put(RequestDecisionEntity.DECISION, write(decision));
        decision.customerNumber().ifPresent(n -> row.put(RequestDecisionEntity.CUSTOMER_NUMBER, n));
        decision.planId().ifPresent(p -> row.put(RequestDecisionEntity.PLAN_ID, p));
        StoreCalls.guarded("keep an entitlement decision", () -> ao.executeInTransaction(() -> {
            ao.delete(rowsOf(requestId));
            return ao.create(RequestDecisionEntity.class, row);
        }));
    }

    @Override
    public Optional<EntitlementDecision> byRequest(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        RequestDecisionEntity[] rows = StoreCalls.guarded("read an entitlement decision", () -> rowsOf(requestId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        // two nodes keeping at once may leave two rows: the one written last counts
        RequestDecisionEntity latest = java.util.Arrays.stream(rows)
                .max(java.util.Comparator.comparingInt(RequestDecisionEntity::getID)).orElseThrow();
        try {
            return Optional.of(read(latest.getDecision()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The entitlement decision of request {} does not read ({}); it is checked as of its receipt",
                    requestId, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean remove(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return StoreCalls.guarded("remove an entitlement decision", () -> ao.executeInTransaction(() -> {
            RequestDecisionEntity[] rows = rowsOf(requestId);
            ao.delete(rows);
            return rows.length > 0;
        }));
    }

    /** Requests turned away run no clocks: they do not need the plan. */
    @Override
    public int countByPlan(String planId) {
        Objects.requireNonNull(planId, "planId");
        return StoreCalls.guarded("count the requests of a plan", () -> ao.count(RequestDecisionEntity.class,
                ActiveObjectsContracts.eq(RequestDecisionEntity.PLAN_ID) + " AND \"" + RequestDecisionEntity.HANDLING
                        + "\" <> ?", planId, EntitlementDecision.Handling.REJECT.name()));
    }

    /**
     * Read per customer number (an organization has a few contracts), newest row first. Rows kept before the
     * customer number had its own column get it from {@link DecisionCustomerNumbersUpgradeTask}.
     */

    @Override
    public Page byCustomerNumbers(java.util.Set<String> customerNumbers, int offset, int limit) {
        java.util.List<RequestDecisionEntity> rows = new java.util.ArrayList<>();
        StoreCalls.guarded("read an organization's requests", () -> {
            for (String number : new java.util.TreeSet<>(customerNumbers)) {
                rows.addAll(java.util.List.of(ao.find(RequestDecisionEntity.class,
                        ActiveObjectsContracts.eq(RequestDecisionEntity.CUSTOMER_NUMBER), number)));
            }
            return null;
        });
        rows.sort(java.util.Comparator.comparingInt(RequestDecisionEntity::getID).reversed());
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.getRequestId()));
        return Page.of(new java.util.ArrayList<>(ids), offset, limit);
    }

    private RequestDecisionEntity[] rowsOf(String requestId) {
        return ao.find(RequestDecisionEntity.class, ActiveObjectsContracts.eq(RequestDecisionEntity.REQUEST_ID),
                requestId);
    }

    static String write(EntitlementDecision d) {
        ObjectNode o = JSON.createObjectNode().put("v", 1);
        ArrayNode findings = o.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode fo = findings.addObject().put("effect", f.effect().name()).put("key", f.reason().key());
            ArrayNode args = fo.putArray("args");
            for (Object a : f.reason().args()) {
                if (a instanceof Integer) {
                    args.add((Integer) a);
                } else if (a instanceof Long) { // kept apart, so that a decision reads back equal to itself
                    args.addObject().put("long", (Long) a);
                } else if (a instanceof LocalDate) {
                    args.addObject().put("date", a.toString());
                } else {
                    args.add(String.valueOf(a));
                }
            }
        }
        o.put("handling", d.handling().name());
        d.customerNumber().ifPresent(n -> o.put("customerNumber", n));
        d.planId().ifPresent(p -> o.put("plan", p));
        d.severity().ifPresent(s -> o.put("severity", s.name()));
        o.put("severityRefused", d.severityRefused());
        o.put("quotaUnitHeld", d.quotaUnitHeld());
        return o.toString();
    }

    static EntitlementDecision read(String json) throws IOException {
        JsonNode o = JSON.readTree(json);
        if (o == null || o.path("v").asInt() != 1 || !o.path("findings").isArray()) {
            throw new IOException("not a decision of version 1");
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : o.path("findings")) {
            Finding.Effect effect = EnumIds.byId(Finding.Effect.class, f.path("effect").asText())
                    .orElseThrow(() -> new IOException("unknown effect " + f.path("effect")));
            if (!f.path("key").isTextual()) {
                throw new IOException("a finding without a key");
            }
            List<Object> args = new ArrayList<>();
            for (JsonNode a : f.path("args")) {
                if (a.isIntegralNumber()) {
                    args.add(a.intValue());
                } else if (a.isObject() && a.has("long")) {
                    args.add(a.path("long").asLong());
                } else if (a.isObject()) {
                    args.add(LocalDate.parse(a.path("date").asText()));
                } else {
                    args.add(a.asText());
                }
            }
            findings.add(Finding.of(effect, Reason.of(f.path("key").asText(), args.toArray())));
        }
        Severity severity = o.hasNonNull("severity") ? EnumIds.byId(Severity.class, o.path("severity").asText())
                .orElseThrow(() -> new IOException("unknown severity " + o.path("severity"))) : null;
        EntitlementDecision d = EntitlementDecision.from(findings, "BILLABLE".equals(o.path("handling").asText()),
                text(o, "customerNumber"), text(o, "plan"), severity);
        if (!d.handling().name().equals(o.path("handling").asText())) {
            throw new IOException("handling " + o.path("handling") + " does not follow from the findings");
        }
        d = o.path("severityRefused").asBoolean() ? d.withSeverityRefused() : d;
        return o.path("quotaUnitHeld").asBoolean() ? d.withQuotaUnitHeld() : d;
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.path(field).asText() : null;
    }
}
