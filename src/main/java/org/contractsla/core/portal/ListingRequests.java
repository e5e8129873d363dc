package org.contractsla.core.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;

/**
 * Use case: the requests of a customer's organization (domain spec §4), newest first, a page at a time: each with
 * its status, the severity in force and its response and resolution clocks as last kept. Only requests opened under
 * a contract of an organization the customer is a named contact of (by user key) are listed, so nothing of another
 * organization shows, whatever the page asked for.
 */
public final class ListingRequests {

    /** One request of the list. */
    public record Row(String key, String summary, String status, Severity severity, ClockRecord response,
            ClockRecord resolution) {
    }

    /**
     * @param page  the page shown, from 0
     * @param pages how many pages there are, at least 1
     */
    public record Listing(List<Row> rows, int total, int page, int pages) {
        public Listing {
            rows = List.copyOf(rows);
        }
    }

    private final Contracts contracts;
    private final RequestDecisions decisions;
    private final SeverityChanges severities;
    private final ClockRecords records;
    private final SubmittingRequests.Tracker tracker;

    public ListingRequests(Contracts contracts, RequestDecisions decisions, SeverityChanges severities,
            ClockRecords records, SubmittingRequests.Tracker tracker) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.severities = Objects.requireNonNull(severities, "severities");
        this.records = Objects.requireNonNull(records, "records");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    /**
     * @param customerKey the customer's user key, not null
     * @param page        the page asked for, from 0; one past the last shows the last
     * @param pageSize    requests per page, positive
     */
    public Listing of(String customerKey, int page, int pageSize) {
        Set<String> organizations = new LinkedHashSet<>();
        for (Contract c : contracts.byContact(Objects.requireNonNull(customerKey, "customerKey"))) {
            organizations.add(c.organizationId());
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (String organization : organizations) {
            contracts.byOrganization(organization).forEach(c -> numbers.add(c.customerNumber()));
        }
        int total = decisions.byCustomerNumbers(numbers, 0, 1).total();
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int shown = Math.max(0, Math.min(page, pages - 1));
        RequestDecisions.Page ids = decisions.byCustomerNumbers(numbers, shown * pageSize, pageSize);
        List<Row> rows = new ArrayList<>();
        for (String id : ids.requestIds()) {
            Optional<SubmittingRequests.Found> found = tracker.find(id);
            if (found.isEmpty()) {
                continue; // deleted in the tracker since: not the customer's to see any more
            }
            List<SeverityChange> changes = severities.byRequest(id);
            Severity severity = !changes.isEmpty() ? changes.get(changes.size() - 1).to()
                    : decisions.byRequest(id).flatMap(EntitlementDecision::severity).orElse(null);
            Map<Metric, ClockRecord> kept = records.byRequest(id);
            rows.add(new Row(found.get().key(), found.get().summary(), found.get().status(), severity,
                    kept.get(Metric.FIRST_RESPONSE), kept.get(Metric.RESOLUTION)));
        }
        return new Listing(rows, ids.total(), shown, pages);
    }
}
