package org.contractsla.core.entitlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Policy;

/**
 * Use case: brings the quota ledger back to "one unit per support request that was entitled under contract when
 * received", from the requests as they are. Units of requests that are gone (deleted, moved out of the support
 * projects, turned into sub-tasks, in a deleted project) go back, each confirmed gone by reading it once more;
 * units of contracts that are gone go back too. A support request the ledger has no record of, received within
 * the last {@link #HEALING_WINDOW} (its event was lost), is checked and booked as received, in order of receipt;
 * older ones, and on the first run every one, are taken as they are: recorded as counted, not booked anew (a
 * project named a support project later brings its old issues along without spending quota). One whose reporter
 * changed since it was checked is checked again. With no support project configured, nothing is touched.
 */
public final class ReconcilingQuota {

    /**
     * A request of a support project as it is now.
     *
     * @param id          its stable id (the issue id)
     * @param key         its key, for the report (no personal data)
     * @param projectKey  its project
     * @param reporterKey its reporter's user key, or null
     * @param received    when it was created
     * @param subTask     whether it is a sub-task (never books)
     */
    public record SupportRequest(String id, String key, String projectKey, String reporterKey, Instant received,
            boolean subTask) {
    }

    /** Port: the requests of the support projects as they are now. */
    public interface SupportRequests {
        /**
         * @param policy the configuration naming the support projects (by key, and by id where known)
         * @param each   takes each of their requests once (there may be many), with the project's configured key
         */
        void forEach(Policy policy, Consumer<SupportRequest> each);

        /**
         * @param policy    the configuration naming the support projects
         * @param requestId a request's id
         * @return the request as it is now, if it exists; its project key is the configured one if it is in a
         *         support project
         */
        Optional<SupportRequest> byId(Policy policy, String requestId);
    }

    /** How far back a support request the ledger does not know is taken for one whose booking was lost. */
    public static final java.time.Duration HEALING_WINDOW = java.time.Duration.ofDays(7);

    /**
     * Requests of one kind: how many, and the first {@value #LISTED} of them (keys, or ids of requests that are gone).
     *
     * @param count how many
     * @param keys  the first of them
     */
    public record Listed(int count, List<String> keys) {
        static Listed of(List<String> all) {
            return new Listed(all.size(), List.copyOf(all.subList(0, Math.min(LISTED, all.size()))));
        }
    }

    /**
     * What a reconciliation found and repaired.
     *
     * @param at        when it ran
     * @param adopted   whether this run took the ledger over (the first one)
     * @param requests  support requests looked at
     * @param booked    requests whose lost booking was made now
     * @param refused   requests checked now that the rules do not take
     * @param rechecked requests checked again for their new reporter
     * @param released  requests that were gone but held a unit or a record (ids)
     */
    public record Report(Instant at, boolean adopted, int requests, Listed booked, Listed refused, Listed rechecked,
            Listed released) {

        /** @return whether anything was out of step */
        public boolean repairedAnything() {
            return booked.count() + refused.count() + rechecked.count() + released.count() > 0;
        }
    }

    /** How many request keys of each kind a report lists. */
    public static final int LISTED = 50;

    private final Supplier<Policy> policy;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final SupportRequests requests;
    private final RequestDecisions decisions;

    /**
     * @param policy    the configuration in force, not null
     * @param contracts the contracts, not null
     * @param ledger    the quota ledger, not null
     * @param requests  the requests of the support projects, not null
     * @param decisions where the decisions of requests it opens are kept, not null
     */
    public ReconcilingQuota(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger, SupportRequests requests,
            RequestDecisions decisions) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /**
     * @param now the instant of the run, not null
     * @return what was found and repaired
     */
    public Report reconcile(Instant now) {
        Policy p = policy.get(); // one configuration for the whole run, read once
        CountingRequests counting = new CountingRequests(() -> p, contracts, ledger, decisions);
        Set<String> support = p.supportProjects();
        boolean adopting = ledger.adoptedAt().isEmpty();
        if (support.isEmpty()) { // nothing configured (yet, or for a moment): no reason to give anything back
            return new Report(now, false, 0, Listed.of(List.of()), Listed.of(List.of()), Listed.of(List.of()),
                    Listed.of(List.of()));
        }
        Instant lostSince = adopting ? now : ledger.adoptedAt().get().isAfter(now.minus(HEALING_WINDOW))
                ? ledger.adoptedAt().get() : now.minus(HEALING_WINDOW);
        Set<String> unaccounted = ledger.requestIds(); // what is left of it afterwards is gone
        List<String> released = new ArrayList<>();
        List<SupportRequest> unknown = new ArrayList<>();
        List<String> rechecked = new ArrayList<>();
        int[] looked = {0};
        requests.forEach(p, r -> {
            if (r.subTask() || !support.contains(r.projectKey())) {
                return; // a unit it holds stays unaccounted for, and goes back
            }
            looked[0]++;
            boolean known = unaccounted.remove(r.id());
            if (!known) {
                if (r.received().isBefore(lostSince)) { // from before: taken as it is
                    ledger.recordCheck(r.id(), r.reporterKey());
                } else {
                    unknown.add(r);
                }
                return;
            }
            Optional<String> contract = ledger.contractOf(r.id());
            if (contract.isPresent() && contracts.byCustomerNumber(contract.get()).isEmpty()) {
                ledger.release(r.id()); // its contract was deleted
                ledger.recordCheck(r.id(), r.reporterKey());
                released.add(r.id());
                return;
            }
            Optional<EntitlementDecision> again = counting.updated(r.id(), r.projectKey(), r.reporterKey(),
                    r.received());
            if (again.isPresent()) {
                rechecked.add(r.key());
            }
        });
        List<String> booked = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        unknown.sort(Comparator.comparing(SupportRequest::received).thenComparing(SupportRequest::id));
        for (SupportRequest r : unknown) { // in order of receipt, so the quota fills up as it would have
            Optional<EntitlementDecision> d = counting.opened(r.id(), r.projectKey(), r.reporterKey(), r.received());
            (d.map(EntitlementDecision::quotaUnitHeld).orElse(false) ? booked : refused).add(r.key());
        }
        for (String id : unaccounted) { // read once more: moved between projects while the run went through them?
            Optional<SupportRequest> current = requests.byId(p, id);
            if (current.isPresent() && !current.get().subTask() && support.contains(current.get().projectKey())) {
                continue;
            }
            ledger.release(id);
            decisions.remove(id); // gone, or no longer a support request
            released.add(id);
        }
        if (adopting) {
            ledger.adopt(now);
        }
        return new Report(now, adopting, looked[0], Listed.of(booked), Listed.of(refused), Listed.of(rechecked),
                Listed.of(released));
    }
}
