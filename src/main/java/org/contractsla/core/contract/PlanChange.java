package org.contractsla.core.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * A support request put under another contract while it was open (an agent named another contract): from that
 * instant its goals are the new contract's plan's, on calendars as the new contract sees them (its zone and
 * holidays), piecewise (domain spec §3.4). Immutable.
 *
 * @param requestId    the request, not null
 * @param at           when, to the millisecond, not null
 * @param fromPlan     the plan before, not null
 * @param toPlan       the plan after, not null (the same as before when only the contract changed)
 * @param fromContract the customer number of the contract before, or null if not known (changes kept before the
 *                     contracts were)
 * @param toContract   the customer number of the contract after, or null if not known
 */
public record PlanChange(String requestId, Instant at, String fromPlan, String toPlan, String fromContract,
        String toContract) {

    /** Checks the parts; the instant to the millisecond, as stores keep it. */
    public PlanChange {
        Objects.requireNonNull(requestId, "requestId");
        at = Objects.requireNonNull(at, "at").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Objects.requireNonNull(fromPlan, "fromPlan");
        Objects.requireNonNull(toPlan, "toPlan");
    }

    /** A change of plan whose contracts are not known. */
    public PlanChange(String requestId, Instant at, String fromPlan, String toPlan) {
        this(requestId, at, fromPlan, toPlan, null, null);
    }

    /** Port: every plan change of every request, kept for good. Implementations are thread-safe. */
    public interface Store {

        /**
         * @param change a change to keep, not null
         * @throws org.contractsla.core.StorageUnavailableException if it could not be kept
         */
        void append(PlanChange change);

        /** @return a request's changes in the order they happened, empty if none */
        java.util.List<PlanChange> byRequest(String requestId);

        /**
         * @param planId a plan, not null
         * @return how many changes put a request under that plan or took it off: its clocks are measured against
         *         the plan's goals for that time
         */
        int countByPlan(String planId);
    }

    /** In memory: for tests, the simulator and the preview. Thread-safe. */
    public static final class InMemory implements Store {
        private final java.util.concurrent.ConcurrentMap<String, java.util.List<PlanChange>> changes =
                new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void append(PlanChange change) {
            changes.compute(change.requestId(), (id, list) -> {
                java.util.List<PlanChange> next = list == null ? new java.util.ArrayList<>()
                        : new java.util.ArrayList<>(list);
                next.add(change);
                next.sort(java.util.Comparator.comparing(PlanChange::at));
                return java.util.List.copyOf(next);
            });
        }

        @Override
        public java.util.List<PlanChange> byRequest(String requestId) {
            return changes.getOrDefault(Objects.requireNonNull(requestId, "requestId"), java.util.List.of());
        }

        @Override
        public int countByPlan(String planId) {
            Objects.requireNonNull(planId, "planId");
            int n = 0;
            for (java.util.List<PlanChange> list : changes.values()) {
                for (PlanChange c : list) {
                    n += c.fromPlan().equals(planId) || c.toPlan().equals(planId) ? 1 : 0;
                }
            }
            return n;
        }
    }
}
