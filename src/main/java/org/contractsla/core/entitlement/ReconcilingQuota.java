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
 * projects, turned into sub-tasks, in a deleted project) go back; a support request the ledger has no record of
 * (its event was lost) is checked and booked as received, in order of receipt; one whose reporter changed since it
 * was checked is checked again. The first run takes the ledger over as it is: requests from before checks were
 * recorded are recorded as counted, not booked anew.
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

    /** Port: every request of the support projects, one at a time (there may be many). */
    public interface SupportRequests {
        /**
         * @param policy the configuration naming the support projects (by key, and by id where known)
         * @param each   takes each of their requests once, with the project's configured key
         */
        void forEach(Policy policy, Consumer<SupportRequest> each);
    }

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
    private final QuotaLedger ledger;
    private final CountingRequests counting;
    private final SupportRequests requests;

    /**
     * @param policy    the configuration in force, not null
     * @param contracts the contracts, not null
     * @param ledger    the quota ledger, not null
     * @param requests  the requests of the support projects, not null
     */
    public ReconcilingQuota(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger, SupportRequests requests) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.counting = new CountingRequests(policy, contracts, ledger);
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * @param now the instant of the run, not null
     * @return what was found and repaired
     */
    public Report reconcile(Instant now) {
        Policy p = policy.get();
        Set<String> support = p.supportProjects();
        Set<String> unaccounted = ledger.requestIds(); // what is left of it afterwards is gone
        boolean adopting = ledger.adoptedAt().isEmpty();
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
                if (adopting) {
                    ledger.recordCheck(r.id(), r.reporterKey());
                } else {
                    unknown.add(r);
                }
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
        List<String> released = new ArrayList<>();
        for (String id : unaccounted) {
            ledger.release(id);
            released.add(id);
        }
        if (adopting) {
            ledger.adopt(now);
        }
        return new Report(now, adopting, looked[0], Listed.of(booked), Listed.of(refused), Listed.of(rechecked),
                Listed.of(released));
    }
}
