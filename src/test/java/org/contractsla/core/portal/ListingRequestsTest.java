package org.contractsla.core.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.junit.Test;

public class ListingRequestsTest {

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final InMemorySeverityChanges severities = new InMemorySeverityChanges();
    private final InMemoryClockRecords records = new InMemoryClockRecords();
    private final ListingRequests listing;

    public ListingRequestsTest() {
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.putOrganization(Organization.of("other", "Other"));
        // two contracts of Acme: jdoe is a contact of one, and sees the requests of both
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        contracts.add(Contract.builder("K-1-EC", "acme", "gold", LocalDate.of(2026, 1, 1)).build());
        contracts.add(Contract.builder("K-2", "other", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("eve"))
                .build());
        listing = new ListingRequests(contracts, decisions, severities, records, new SubmittingRequests.Tracker() {
            @Override
            public SubmittingRequests.Created create(SubmittingRequests.NewRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<SubmittingRequests.Found> find(String id) {
                return "gone".equals(id) ? Optional.empty()
                        : Optional.of(new SubmittingRequests.Found("SUP-" + id, "Request " + id, "Open"));
            }
        });
        for (String[] r : new String[][] {{"1", "K-1"}, {"2", "K-2"}, {"3", "K-1-EC"}, {"4", "K-1"}, {"5", "K-1"}}) {
            decisions.keep(r[0], EntitlementDecision.from(List.of(), false, r[1], "gold", Severity.S3));
        }
    }

    private static List<String> keys(ListingRequests.Listing l) {
        return l.rows().stream().map(ListingRequests.Row::key).collect(Collectors.toList());
    }

    @Test
    public void shouldListTheOrganizationsRequestsNewestFirstAPageAtATime() {
        ListingRequests.Listing first = listing.of("jdoe", 0, 2);
        assertEquals(List.of("SUP-5", "SUP-4"), keys(first));
        assertEquals(4, first.total());
        assertEquals(2, first.pages());
        assertEquals(List.of("SUP-3", "SUP-1"), keys(listing.of("jdoe", 1, 2)));
        assertEquals("past the end: the last page", List.of("SUP-3", "SUP-1"), keys(listing.of("jdoe", 9, 2)));
        assertEquals("another organization's", List.of("SUP-2"), keys(listing.of("eve", 0, 10)));
        assertEquals("no contact of any contract: nothing", List.of(), keys(listing.of("mallory", 0, 10)));
        assertEquals(1, listing.of("mallory", 0, 10).pages());
    }

    @Test
    public void shouldShowTheSeverityInForceAndTheKeptClocks() {
        severities.append(new SeverityChange("5", Instant.parse("2026-05-05T10:00:00Z"), "agent", Severity.S3,
                Severity.S1, null, List.of()));
        ClockRecord response = new ClockRecord(Metric.FIRST_RESPONSE, "MET", Duration.ofHours(4), null,
                Duration.ofHours(1), null, Instant.parse("2026-05-05T11:00:00Z"), 1, 0);
        records.replace("5", Map.of(Metric.FIRST_RESPONSE, response));
        ListingRequests.Row row = listing.of("jdoe", 0, 1).rows().get(0);
        assertEquals(Severity.S1, row.severity());
        assertEquals(response, row.response());
        assertNull(row.resolution());
        assertEquals("from the decision while no change was made", Severity.S3,
                listing.of("jdoe", 0, 2).rows().get(1).severity());
        decisions.keep("gone", EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S3));
        assertEquals("deleted in the tracker: left out", List.of("SUP-5"), keys(listing.of("jdoe", 0, 2)));
    }
}
