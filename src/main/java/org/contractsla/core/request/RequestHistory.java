package org.contractsla.core.request;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.contractsla.core.DomainException;
import org.contractsla.core.severity.Severity;

/**
 * A request's history as SLA clocks read it: receipt under a plan and severity, then status changes,
 * severity and plan changes, public responses by support and resolution. Immutable.
 */
public final class RequestHistory {

    /** One entry of the history. */
    public static final class Entry {
        /** What the entry records. */
        public enum Type {
            /** the status changed to {@link #value()} */
            STATUS,
            /** the severity changed to {@link #value()} (S1…S4) */
            SEVERITY,
            /** the plan (contract) changed to {@link #value()} */
            PLAN,
            /** a public reply by the support team */
            RESPONSE,
            /** the request was resolved */
            RESOLVED,
            /** a resolved request was opened again: a new resolution cycle begins */
            REOPENED
        }

        private final Instant at;
        private final Type type;
        private final String value;
        /** for a plan change: the contract the request was put under, if known */
        private final String contract;

        private Entry(Instant at, Type type, String value) {
            this(at, type, value, null);
        }

        private Entry(Instant at, Type type, String value, String contract) {
            this.at = Objects.requireNonNull(at, "at");
            this.type = Objects.requireNonNull(type, "type");
            this.value = value;
            this.contract = contract;
        }

        /** @return a status change */
        public static Entry status(Instant at, String status) {
            return new Entry(at, Type.STATUS, Objects.requireNonNull(status, "status"));
        }

        /** @return a severity change */
        public static Entry severity(Instant at, Severity severity) {
            return new Entry(at, Type.SEVERITY, severity.name());
        }

        /** @return a plan change */
        public static Entry plan(Instant at, String planId) {
            return new Entry(at, Type.PLAN, Objects.requireNonNull(planId, "planId"));
        }

        /**
         * @param customerNumber the contract the request was put under, or null if not known
         * @return a plan change to another contract: its goals run on that contract's zone and holidays
         */
        public static Entry plan(Instant at, String planId, String customerNumber) {
            return new Entry(at, Type.PLAN, Objects.requireNonNull(planId, "planId"), customerNumber);
        }

        /** @return a public response by support */
        public static Entry response(Instant at) {
            return new Entry(at, Type.RESPONSE, null);
        }

        /** @return the resolution */
        public static Entry resolved(Instant at) {
            return new Entry(at, Type.RESOLVED, null);
        }

        /** @return the request opened again after a resolution */
        public static Entry reopened(Instant at) {
            return new Entry(at, Type.REOPENED, null);
        }

        /** @return when, not null */
        public Instant at() {
            return at;
        }

        /** @return what, not null */
        public Type type() {
            return type;
        }

        /** @return the new status, severity or plan; null for responses, resolutions and reopenings */
        public String value() {
            return value;
        }

        /** @return for a plan change, the customer number of the contract the request was put under; else null */
        public String contract() {
            return contract;
        }
    }

    private static final Comparator<Entry> BY_TIME = Comparator.comparing(Entry::at);

    /**
     * The groups of entries each clock reads apart from the others, each in time order: statuses (pauses),
     * responses, resolutions and reopenings (open spans), severity and plan changes (goals). Within a group, what
     * comes first at one instant is the one that came first.
     */
    static final int STATUSES = 0;
    static final int RESPONSES = 1;
    static final int RESOLUTIONS = 2;
    static final int GOAL_CHANGES = 3;
    private static final int GROUPS = 4;
    /** at one instant, in a history read from a tracker: status, resolution, goal changes, responses */
    private static final int[] RANKED = {STATUSES, RESOLUTIONS, GOAL_CHANGES, RESPONSES};

    private final String key;
    private final Instant received;
    private final String planId;
    private final Severity severity;
    /** the entries by group, each in time order; never changed */
    private final Entry[][] groups;
    /**
     * All entries by time: as given, or merged from the groups when first asked for (a list made twice by two
     * threads is the same list).
     */
    private List<Entry> entries;
    /** the statuses its clocks pause in, if its project has its own; null for the configuration's */
    private final Set<String> pauseStatuses;
    /** the customer number of the contract it was received under, if it was put under another since; else null */
    private final String contractAtReceipt;

    /**
     * @param groups  the entries by group, each in time order, owned by this history from now on
     * @param entries all of them by time, unmodifiable; null to merge them from the groups when asked for
     */
    private RequestHistory(String key, Instant received, String planId, Severity severity, Entry[][] groups,
            List<Entry> entries, Set<String> pauseStatuses, String contractAtReceipt) {
        this.key = key;
        this.received = received;
        this.planId = planId;
        this.severity = severity;
        this.groups = groups;
        this.entries = entries;
        this.pauseStatuses = pauseStatuses;
        this.contractAtReceipt = contractAtReceipt;
    }

    /** @return a copy of this history with other parts */
    private RequestHistory with(String planId, Severity severity, Set<String> pauseStatuses, String contractAtReceipt) {
        return new RequestHistory(key, received, planId, severity, groups, entries, pauseStatuses, contractAtReceipt);
    }

    /**
     * @param customerNumber the contract the request was received under, for one put under another since; null
     *                       if not known
     * @return this history with that contract at receipt
     */
    public RequestHistory receivedUnderContract(String customerNumber) {
        return with(planId, severity, pauseStatuses, customerNumber);
    }

    /** @return the contract it was received under, if it was put under another since and that is known */
    public Optional<String> contractAtReceipt() {
        return Optional.ofNullable(contractAtReceipt);
    }

    /**
     * @param key      request key, not null
     * @param received receipt, not null
     * @param planId   plan at receipt, not null
     * @param severity severity at receipt, not null
     * @param entries  what happened after receipt, any order
     * @return the history, entries sorted by time (stable for equal times)
     * @throws DomainException {@code clock.error.beforeReceived} if an entry lies before receipt
     */
    public static RequestHistory of(String key, Instant received, String planId, Severity severity,
            List<Entry> entries) {
        Objects.requireNonNull(received, "received");
        Entry[] sorted = entries.toArray(new Entry[0]);
        sort(sorted);
        requireNotBefore(received, sorted.length == 0 ? null : sorted[0]);
        int[] sizes = new int[GROUPS];
        for (Entry e : sorted) {
            sizes[group(e.type())]++;
        }
        Entry[][] groups = new Entry[GROUPS][];
        for (int g = 0; g < GROUPS; g++) {
            groups[g] = new Entry[sizes[g]];
        }
        int[] filled = new int[GROUPS];
        for (Entry e : sorted) {
            int g = group(e.type());
            groups[g][filled[g]++] = e;
        }
        return new RequestHistory(Objects.requireNonNull(key, "key"), received, Objects.requireNonNull(planId, "planId"),
                Objects.requireNonNull(severity, "severity"), groups,
                java.util.Collections.unmodifiableList(java.util.Arrays.asList(sorted)), null, null);
    }

    /**
     * A history as a tracker's activity gives it, its entries apart by group already: no sorting of all of them
     * together, as the clocks read each group on its own. Its entries, when asked for, are in time order, and at one
     * instant: status, resolution, goal changes, responses.
     *
     * @param statuses    status changes, any order; sorted in place and kept
     * @param responses   responses, any order; sorted in place and kept
     * @param resolutions resolutions and reopenings, any order; sorted in place and kept
     * @param goalChanges severity and plan changes, any order; sorted in place and kept
     * @throws DomainException {@code clock.error.beforeReceived} if an entry lies before receipt
     */
    static RequestHistory ofGroups(String key, Instant received, String planId, Severity severity, Entry[] statuses,
            Entry[] responses, Entry[] resolutions, Entry[] goalChanges) {
        Objects.requireNonNull(received, "received");
        Entry[][] groups = {statuses, responses, resolutions, goalChanges};
        Entry earliest = null;
        for (Entry[] group : groups) {
            sort(group);
            if (group.length > 0 && (earliest == null || group[0].at().isBefore(earliest.at()))) {
                earliest = group[0];
            }
        }
        requireNotBefore(received, earliest);
        return new RequestHistory(Objects.requireNonNull(key, "key"), received, Objects.requireNonNull(planId, "planId"),
                Objects.requireNonNull(severity, "severity"), groups, null, null, null);
    }

    private static int group(Entry.Type type) {
        return switch (type) {
            case STATUS -> STATUSES;
            case RESPONSE -> RESPONSES;
            case RESOLVED, REOPENED -> RESOLUTIONS;
            case SEVERITY, PLAN -> GOAL_CHANGES;
        };
    }

    private static void requireNotBefore(Instant received, Entry earliest) {
        if (earliest != null && earliest.at().isBefore(received)) {
            throw new DomainException("clock.error.beforeReceived", earliest.at().toString(), received.toString());
        }
    }

    /** Sorts entries by time, in place, stable: as they are if in order, else by keys, else by comparison. */
    private static void sort(Entry[] entries) {
        if (!inOrder(entries) && !sortedByKeys(entries)) {
            java.util.Arrays.sort(entries, BY_TIME);
        }
    }

    /** bits of a sort key for the entry's position: stable for equal times */
    private static final int INDEX_BITS = 20;
    private static final long LATEST_KEYED = 1L << (63 - INDEX_BITS);

    /**
     * Sorts entries at whole milliseconds (as trackers record them) by one primitive key each, time then position:
     * each instant is read once, not once per comparison. A tracker gives a few lists each in time order (statuses,
     * resolutions, comments), so the keys come as a few ascending runs, which are merged.
     *
     * @return false, leaving them as they were, if an entry lies off the millisecond, before 1970, or there are too
     *         many
     */
    private static boolean sortedByKeys(Entry[] entries) {
        int n = entries.length;
        if (n >= 1 << INDEX_BITS) {
            return false;
        }
        long[] keys = new long[n];
        int runs = n == 0 ? 0 : 1;
        for (int i = 0; i < n; i++) {
            Instant at = entries[i].at();
            long seconds = at.getEpochSecond();
            int nanos = at.getNano();
            if (nanos % 1_000_000 != 0 || seconds < 0 || seconds >= LATEST_KEYED / 1000) {
                return false;
            }
            long millis = seconds * 1000 + nanos / 1_000_000;
            if (millis >= LATEST_KEYED) {
                return false;
            }
            keys[i] = millis << INDEX_BITS | i;
            runs += i > 0 && keys[i] < keys[i - 1] ? 1 : 0; // keys differ in their positions: never equal
        }
        long[] sorted = mergeRuns(keys, runs);
        Entry[] copy = entries.clone();
        long mask = (1L << INDEX_BITS) - 1;
        for (int i = 0; i < n; i++) {
            entries[i] = copy[(int) (sorted[i] & mask)];
        }
        return true;
    }

    /**
     * @param keys distinct keys that form {@code runs} ascending runs
     * @return the keys in ascending order: {@code keys} or another array
     */
    private static long[] mergeRuns(long[] keys, int runs) {
        int n = keys.length;
        int[] starts = new int[runs + 1];
        for (int i = 1, r = 1; i < n; i++) {
            if (keys[i] < keys[i - 1]) {
                starts[r++] = i;
            }
        }
        starts[runs] = n;
        long[] from = keys;
        long[] to = new long[n];
        while (runs > 1) { // merge neighbouring runs pairwise until one is left
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int lo = starts[r];
                int mid = starts[Math.min(r + 1, runs)];
                int hi = starts[Math.min(r + 2, runs)];
                merge(from, to, lo, mid, hi);
                starts[merged++] = lo;
            }
            starts[merged] = n;
            runs = merged;
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Merges the ascending runs {@code [lo, mid)} and {@code [mid, hi)} of {@code from} into the same place of {@code to}. */
    private static void merge(long[] from, long[] to, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            long a = from[i];
            long b = from[j];
            boolean first = a < b;
            to[k++] = first ? a : b;
            i += first ? 1 : 0;
            j += first ? 0 : 1;
        }
        System.arraycopy(from, i, to, k, mid - i);
        System.arraycopy(from, j, to, k + mid - i, hi - j);
    }

    private static boolean inOrder(Entry[] entries) {
        for (int i = 1; i < entries.length; i++) {
            if (entries[i].at().isBefore(entries[i - 1].at())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param statuses the statuses in which this request's clocks pause, its project's own; null for the
     *                 configuration's
     * @return this history with those pause statuses
     */
    public RequestHistory pausingIn(Set<String> statuses) {
        return with(planId, severity, statuses == null ? null : Set.copyOf(statuses), contractAtReceipt);
    }

    /** @return the statuses its clocks pause in, if its project has its own; empty for the configuration's */
    public Optional<Set<String>> pauseStatuses() {
        return Optional.ofNullable(pauseStatuses);
    }

    /**
     * @param now an instant
     * @return this history with only the entries known by {@code now} (none after it), its other parts kept; this
     *         history if all are
     */
    RequestHistory knownBy(Instant now) {
        Entry[][] known = null;
        for (int g = 0; g < GROUPS; g++) {
            Entry[] group = groups[g];
            int n = group.length;
            while (n > 0 && group[n - 1].at().isAfter(now)) {
                n--;
            }
            if (n < group.length) {
                known = known == null ? groups.clone() : known;
                known[g] = java.util.Arrays.copyOf(group, n);
            }
        }
        if (known == null) {
            return this;
        }
        List<Entry> given = entries; // read once: set by another thread, it is either null or the whole list
        List<Entry> all = given == null ? null // in the order known, which may be the order given
                : given.stream().filter(e -> !e.at().isAfter(now)).toList();
        return new RequestHistory(key, received, planId, severity, known, all, pauseStatuses, contractAtReceipt);
    }

    /** @return whether an entry lies at exactly that instant */
    boolean hasEntryAt(Instant instant) {
        for (Entry[] group : groups) {
            for (Entry e : group) {
                if (e.at().equals(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param planId   the plan the request is handled under from receipt, not null
     * @param severity the severity it is handled with from receipt, not null
     * @return this history received under that plan and severity, with the same entries
     */
    public RequestHistory receivedUnder(String planId, Severity severity) {
        return with(Objects.requireNonNull(planId, "planId"), Objects.requireNonNull(severity, "severity"),
                pauseStatuses, contractAtReceipt);
    }

    /** @return the request key */
    public String key() {
        return key;
    }

    /** @return receipt */
    public Instant received() {
        return received;
    }

    /** @return plan at receipt */
    public String planId() {
        return planId;
    }

    /** @return severity at receipt */
    public Severity severity() {
        return severity;
    }

    /** @return entries by time, immutable */
    public List<Entry> entries() {
        List<Entry> all = entries;
        if (all == null) {
            all = java.util.Collections.unmodifiableList(java.util.Arrays.asList(merged()));
            entries = all;
        }
        return all;
    }

    /**
     * @param group {@link #STATUSES}, {@link #RESPONSES}, {@link #RESOLUTIONS} or {@link #GOAL_CHANGES}
     * @return the entries of that group in time order; the caller must not change it
     */
    Entry[] group(int group) {
        return groups[group];
    }

    /** @return the groups merged by time; at one instant: status, resolution, goal changes, responses */
    private Entry[] merged() {
        int n = 0;
        for (Entry[] group : groups) {
            n += group.length;
        }
        Entry[] all = new Entry[n];
        int[] next = new int[GROUPS];
        for (int k = 0; k < n; k++) {
            int from = -1;
            for (int g : RANKED) { // the earliest head; of equals, the first ranked
                if (next[g] < groups[g].length && (from < 0
                        || groups[g][next[g]].at().isBefore(groups[from][next[from]].at()))) {
                    from = g;
                }
            }
            all[k] = groups[from][next[from]++];
        }
        return all;
    }
}
