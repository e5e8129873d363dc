package org.contractsla.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.contractsla.core.DomainException;

/**
 * A {@link BusinessCalendar} compiled into sorted working intervals on the instant line, with running
 * totals, an index by instant and an index by running total, so that working time between two instants is two
 * lookups and the instant after an amount of working time two lookups, rather than walks through days.
 *
 * <p>Working time is the set of instants whose local date and time (in the calendar's zone) fall inside a
 * working interval of that date. That one definition settles daylight saving time: on a spring-forward
 * night a 00:00–24:00 day has 23 hours, local times in the gap do not exist and so are not worked; on a
 * fall-back night the repeated hour is worked twice if it is inside a working interval.
 *
 * <p>The instant line is cut into chunks of 2^35 ms (about 398 days); a chunk is compiled the first time an
 * instant in it is looked up, and then kept within a {@link ChunkBudget} of working intervals. A
 * query that only passes through a chunk reads its total, which is counted once and kept without the chunk's
 * intervals: a clock running for centuries keeps two chunks, not hundreds. Supported instants: 1900 to 2299.
 * Thread-safe.
 */
public final class WorkingTimeline implements WorkingTime {

    private static final long DAY_MS = 86_400_000L;
    private static final int CHUNK_SHIFT = 35;
    private static final long CHUNK_MS = 1L << CHUNK_SHIFT;
    private static final int CHUNK_OFFSET = 128;
    private static final int CHUNK_COUNT = 512;
    /**
     * How many working intervals the kept chunks of a timeline with a budget of its own may hold (about
     * 2.5 MB). An office calendar keeps some 80 years within it; a query far from the others costs a compile,
     * not memory for good. Past it, the kept chunks are dropped and compiled again as they are needed.
     */
    static final int MAX_KEPT_INTERVALS = 65_536;
    /** The earliest instant a timeline counts. */
    public static final Instant SUPPORTED_FROM = Instant.parse("1900-01-01T00:00:00Z");
    /** The latest instant a timeline counts, at the end of 2299. */
    public static final Instant SUPPORTED_UNTIL = Instant.parse("2300-01-01T00:00:00Z");
    private static final long MIN_SUPPORTED = SUPPORTED_FROM.toEpochMilli();
    private static final long MAX_SUPPORTED = SUPPORTED_UNTIL.toEpochMilli();

    private final BusinessCalendar calendar;
    private final PublicHolidays holidays;
    private final boolean excludeMaintenance;
    private final ZoneRules rules;
    private final int[][] weekly;
    private final AtomicReferenceArray<Chunk> chunks = new AtomicReferenceArray<>(CHUNK_COUNT);
    private final ChunkBudget budget;
    /** Each chunk's working time plus one, 0 while not known: what a query passing through a chunk needs. */
    private final AtomicLongArray totals = new AtomicLongArray(CHUNK_COUNT);

    private WorkingTimeline(BusinessCalendar calendar, PublicHolidays holidays, boolean excludeMaintenance,
            ChunkBudget budget) {
        this.calendar = calendar;
        this.budget = budget;
        this.holidays = holidays;
        this.excludeMaintenance = excludeMaintenance;
        this.rules = calendar.zone().getRules();
        this.weekly = new int[7][];
        for (DayOfWeek d : DayOfWeek.values()) {
            weekly[d.ordinal()] = flatten(calendar.weekly().on(d));
        }
    }

    /** Intervals as {start0, end0, start1, end1, …} in seconds of day. */
    private static int[] flatten(List<DailyInterval> intervals) {
        int[] flat = new int[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            flat[2 * i] = intervals.get(i).startSecond();
            flat[2 * i + 1] = intervals.get(i).endSecond();
        }
        return flat;
    }

    /**
     * @param calendar           the calendar, not null
     * @param holidays           where its public holidays come from, not null (wrap it in
     *                           {@link CachingPublicHolidays} to load each year once)
     * @param excludeMaintenance true to count the calendar's maintenance windows as closed
     * @return the compiled calendar
     * @throws DomainException if the calendar's holiday region is not known
     */
    public static WorkingTimeline of(BusinessCalendar calendar, PublicHolidays holidays, boolean excludeMaintenance) {
        return of(calendar, holidays, excludeMaintenance, ChunkBudget.of(MAX_KEPT_INTERVALS));
    }

    /**
     * As {@link #of(BusinessCalendar, PublicHolidays, boolean)}, keeping compiled chunks within a budget shared
     * with other timelines.
     *
     * @param budget the budget of the group this timeline belongs to, not null
     */
    public static WorkingTimeline of(BusinessCalendar calendar, PublicHolidays holidays, boolean excludeMaintenance,
            ChunkBudget budget) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(budget, "budget");
        calendar.holidayRegion().ifPresent(holidays::requireKnown);
        WorkingTimeline timeline = new WorkingTimeline(calendar, holidays, excludeMaintenance, budget);
        budget.join(timeline);
        return timeline;
    }

    /** @return the calendar this was compiled from, not null */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** @return true if maintenance windows count as closed */
    public boolean excludesMaintenance() {
        return excludeMaintenance;
    }

    /**
     * Compiles every chunk that overlaps {@code [from, to)} now rather than on first use. A range holding more
     * working intervals than the {@link ChunkBudget} allows is still compiled, but not all of it stays kept.
     *
     * @return the number of working intervals held for that range
     */
    public int precompute(Instant from, Instant to) {
        int count = 0;
        for (int k = chunkIndex(check(from.toEpochMilli())); k <= chunkIndex(check(to.toEpochMilli() - 1)); k++) {
            count += chunk(k).n;
        }
        return count;
    }

    @Override
    public Duration between(Instant startInclusive, Instant endExclusive) {
        return Duration.ofMillis(millisBetween(startInclusive.toEpochMilli(), endExclusive.toEpochMilli()));
    }

    @Override
    public Instant after(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        return Instant.ofEpochMilli(millisAfter(start.toEpochMilli(), amount.toMillis()));
    }

    @Override
    public long millisBetween(long startInclusive, long endExclusive) {
        if (endExclusive <= startInclusive) {
            return 0;
        }
        int ka = chunkIndex(check(startInclusive));
        int kb = chunkIndex(check(endExclusive));
        Chunk a = chunk(ka);
        if (ka == kb) {
            return a.workedBefore(endExclusive) - a.workedBefore(startInclusive);
        }
        long sum = a.total - a.workedBefore(startInclusive);
        for (int k = ka + 1; k < kb; k++) {
            sum += total(k);
        }
        return sum + chunk(kb).workedBefore(endExclusive);
    }

    @Override
    public long millisAfter(long start, long amountMillis) {
        if (amountMillis < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amountMillis);
        }
        if (amountMillis == 0) {
            return start;
        }
        int k = chunkIndex(check(start));
        Chunk c = chunk(k);
        long before = c.workedBefore(start);
        long left = amountMillis;
        if (left <= c.total - before) {
            return c.instantAt(before + left);
        }
        left -= c.total - before;
        for (k++; k < CHUNK_COUNT; k++) {
            long total = total(k);
            if (left <= total) {
                return chunk(k).instantAt(left);
            }
            left -= total;
        }
        throw new NoWorkingTimeLeftException(calendar.id());
    }

    @Override
    public Walk walk(long from, long end, long[] gapFrom, long[] gapUntil, long target) {
        if (target < 0 && target != NO_TARGET) {
            throw new IllegalArgumentException("target must not be negative: " + target);
        }
        if (end < from || gapUntil.length != gapFrom.length) {
            throw new IllegalArgumentException("end before start, or gaps with as many ends as starts");
        }
        int k = chunkIndex(check(from));
        if (chunkIndex(check(end)) != k) {
            return walkAcrossChunks(from, end, gapFrom, gapUntil, target);
        }
        // within one chunk (nearly every walk: a chunk spans about 398 days): the instants are visited in order,
        // so the interval at each is found by stepping on from the interval at the one before
        Chunk c = chunk(k);
        boolean searching = target > 0;
        long left = target;
        long reachedAt = target == 0 ? from : Walk.NOT_REACHED;
        long worked = 0;
        boolean endsInGap = false;
        long t = from;
        int i = c.indexAt(from);
        long wt = c.workedBefore(from, i);
        for (int p = 0; p < gapFrom.length; p++) {
            long a = gapFrom[p];
            if (a >= end) {
                break;
            }
            if (a > t) {
                i = c.indexFrom(i, a);
                long got = c.workedBefore(a, i) - wt;
                if (searching && got >= left) {
                    reachedAt = c.instantAt(wt + left);
                    searching = false;
                }
                worked += got;
                left -= got;
            }
            long u = gapUntil[p];
            if (u >= end) {
                endsInGap = coversEnd(p, end, gapFrom, gapUntil);
                t = end;
                break;
            }
            if (u > t) {
                t = u;
                i = c.indexFrom(i, u);
                wt = c.workedBefore(u, i);
            }
        }
        // the last span, and on past the end if the target is still ahead
        i = c.indexFrom(i, end);
        long atEnd = c.workedBefore(end, i);
        if (t == end) {
            wt = atEnd;
        }
        long got = atEnd - wt;
        worked += got;
        if (searching && got >= left) {
            reachedAt = c.instantAt(wt + left);
        } else if (searching && !endsInGap) {
            long goal = atEnd + left - got;
            reachedAt = goal <= c.total ? c.instantAt(goal) : millisAfter(end, left - got);
        }
        return new Walk(worked, reachedAt, endsInGap);
    }

    /** As {@link #walk}, span by span with the stateless queries, for the rare walk that crosses chunks. */
    private Walk walkAcrossChunks(long from, long end, long[] gapFrom, long[] gapUntil, long target) {
        long worked = 0;
        long reachedAt = target == 0 ? from : Walk.NOT_REACHED;
        boolean endsInGap = false;
        long t = from;
        for (int p = 0; p <= gapFrom.length; p++) {
            boolean last = p == gapFrom.length || gapFrom[p] >= end;
            long a = last ? end : gapFrom[p];
            if (a > t) {
                long got = millisBetween(t, a);
                if (target > 0 && reachedAt == Walk.NOT_REACHED && worked + got >= target) {
                    reachedAt = millisAfter(t, target - worked);
                }
                worked += got;
            }
            if (last) {
                break;
            }
            if (gapUntil[p] >= end) {
                endsInGap = coversEnd(p, end, gapFrom, gapUntil);
                break;
            }
            t = Math.max(t, gapUntil[p]);
        }
        if (target > 0 && reachedAt == Walk.NOT_REACHED && !endsInGap) {
            reachedAt = millisAfter(end, target - worked);
        }
        return new Walk(worked, reachedAt, endsInGap);
    }

    /** @return true if one of the gaps from {@code p} on begins before {@code end} and lasts beyond it */
    private static boolean coversEnd(int p, long end, long[] gapFrom, long[] gapUntil) {
        for (int q = p; q < gapFrom.length && gapFrom[q] < end; q++) {
            if (gapUntil[q] > end) {
                return true;
            }
        }
        return false;
    }

    /** @return whether timelines count at that instant: from {@link #SUPPORTED_FROM} to {@link #SUPPORTED_UNTIL} */
    public static boolean supports(Instant instant) {
        return !instant.isBefore(SUPPORTED_FROM) && !instant.isAfter(SUPPORTED_UNTIL);
    }

    private static long check(long epochMilli) {
        if (epochMilli < MIN_SUPPORTED || epochMilli > MAX_SUPPORTED) {
            throw new DomainException("calendar.error.instant.range", Instant.ofEpochMilli(epochMilli).toString());
        }
        return epochMilli;
    }

    private static int chunkIndex(long epochMilli) {
        return (int) (epochMilli >> CHUNK_SHIFT) + CHUNK_OFFSET;
    }

    private Chunk chunk(int index) {
        Chunk c = chunks.get(index);
        if (c == null) {
            c = compile(chunkStart(index));
            if (chunks.compareAndSet(index, null, c)) {
                budget.kept(c.n);
            } else {
                Chunk other = chunks.get(index);
                c = other != null ? other : c;
            }
        }
        return c;
    }

    /** Drops every chunk kept; a query holding one goes on with it. The chunks' totals stay known. */
    void dropChunks() {
        for (int k = 0; k < CHUNK_COUNT; k++) {
            chunks.set(k, null);
        }
    }

    /**
     * The working time of a chunk, for queries that only pass through it: read from the chunk if it is kept,
     * otherwise counted once and remembered without keeping the chunk's intervals.
     */
    private long total(int index) {
        Chunk c = chunks.get(index);
        if (c != null) {
            return c.total;
        }
        long known = totals.get(index);
        if (known != 0) {
            return known - 1;
        }
        LongList starts = new LongList(0);
        LongList ends = new LongList(0);
        collect(chunkStart(index), starts, ends);
        long total = 0;
        for (int i = 0; i < starts.size(); i++) {
            total += ends.get(i) - starts.get(i);
        }
        totals.set(index, total + 1);
        return total;
    }

    /** @return the number of chunks compiled and kept now (each holds about 398 days) */
    public int keptChunks() {
        int kept = 0;
        for (int k = 0; k < CHUNK_COUNT; k++) {
            kept += chunks.get(k) == null ? 0 : 1;
        }
        return kept;
    }

    private static long chunkStart(int index) {
        return (long) (index - CHUNK_OFFSET) << CHUNK_SHIFT;
    }

    private Chunk compile(long from) {
        int expected = 0;
        for (int[] day : weekly) {
            expected += day.length / 2;
        }
        expected = expected * 58 + 16; // weeks in a chunk, plus room for split intervals
        LongList starts = new LongList(expected);
        LongList ends = new LongList(expected);
        collect(from, starts, ends);
        return new Chunk(from, starts.toArray(), ends.toArray());
    }

    /**
     * The working intervals of the chunk from {@code from}, in order, adjacent ones joined. Walks the chunk's
     * stretches of constant UTC offset; in each, local time runs evenly, so every local working interval maps to
     * instants by subtracting that offset.
     */
    private void collect(long from, LongList starts, LongList ends) {
        long to = from + CHUNK_MS;
        Set<LocalDate> closed = calendar.closedDates();
        Set<LocalDate> holidaysNear = holidaysNear(from, to);
        long t = from;
        while (t < to) {
            Instant ti = Instant.ofEpochMilli(t);
            long offset = rules.getOffset(ti).getTotalSeconds() * 1000L;
            ZoneOffsetTransition next = rules.nextTransition(ti);
            long stretchEnd = next == null ? to : Math.min(to, next.getInstant().toEpochMilli());
            long localFrom = t + offset;
            long localTo = stretchEnd + offset;
            long lastDay = Math.floorDiv(localTo - 1, DAY_MS);
            for (long day = Math.floorDiv(localFrom, DAY_MS); day <= lastDay; day++) {
                LocalDate date = LocalDate.ofEpochDay(day);
                if (closed.contains(date) || holidaysNear.contains(date)) {
                    continue;
                }
                long dayStart = day * DAY_MS;
                int[] open = workingSeconds(date);
                for (int j = 0; j < open.length; j += 2) {
                    long s = Math.max(localFrom, dayStart + open[j] * 1000L);
                    long e = Math.min(localTo, dayStart + open[j + 1] * 1000L);
                    if (s < e) {
                        append(starts, ends, s - offset, e - offset);
                    }
                }
            }
            t = stretchEnd;
        }
    }

    private static void append(LongList starts, LongList ends, long s, long e) {
        int n = ends.size();
        if (n > 0 && ends.get(n - 1) == s) {
            ends.set(n - 1, e);
        } else {
            starts.add(s);
            ends.add(e);
        }
    }

    /** The public holidays of the years the chunk from {@code from} to {@code to} touches. */
    private Set<LocalDate> holidaysNear(long from, long to) {
        Set<LocalDate> closed = new HashSet<>();
        calendar.holidayRegion().ifPresent(region -> {
            // local dates of the chunk lie within a day of its UTC bounds
            int firstYear = LocalDate.ofEpochDay(Math.floorDiv(from, DAY_MS) - 1).getYear();
            int lastYear = LocalDate.ofEpochDay(Math.floorDiv(to, DAY_MS) + 1).getYear();
            for (int y = firstYear; y <= lastYear; y++) {
                closed.addAll(holidays.holidays(region, y));
            }
        });
        return closed;
    }

    /** The working intervals of one open date, flattened, maintenance removed if excluded. */
    private int[] workingSeconds(LocalDate date) {
        List<DailyInterval> partial = calendar.partialDays().isEmpty() ? null : calendar.partialDays().get(date);
        int[] open = partial != null ? flatten(partial) : weekly[date.getDayOfWeek().ordinal()];
        if (excludeMaintenance) {
            for (MaintenanceWindow w : calendar.maintenanceWindows()) {
                if (open.length > 0 && w.occursOn(date)) {
                    open = subtract(open, w.interval().startSecond(), w.interval().endSecond());
                }
            }
        }
        return open;
    }

    private static int[] subtract(int[] open, int cutStart, int cutEnd) {
        int[] out = new int[open.length + 2];
        int n = 0;
        for (int j = 0; j < open.length; j += 2) {
            int s = open[j];
            int e = open[j + 1];
            if (e <= cutStart || s >= cutEnd) {
                out[n++] = s;
                out[n++] = e;
                continue;
            }
            if (s < cutStart) {
                out[n++] = s;
                out[n++] = cutStart;
            }
            if (e > cutEnd) {
                out[n++] = cutEnd;
                out[n++] = e;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Working intervals of one chunk: disjoint, sorted, with cumulative working time at each end, and an index
     * by which the interval at any instant is found without searching.
     */
    private static final class Chunk {
        final long from;
        /** The number of working intervals, at indexes 1 to n. */
        final int n;
        /**
         * Interval starts. {@code starts[0]} and {@code ends[0]} are an empty interval at the chunk's start, so
         * that every instant has an interval starting at or before it; {@code starts[n + 1]} is the chunk's end,
         * later than any instant in it.
         */
        final long[] starts;
        final long[] ends;
        final long[] workedAtEnd;
        final long total;
        /**
         * The chunk cut into 2^k equal buckets, two to four per interval (at least 16): for each, the last interval
         * starting at or before its first instant. Few intervals start inside one bucket.
         */
        final int[] lastAtBucket;
        final int bucketShift;
        /**
         * The chunk's working time cut into 2^k equal buckets, about two per interval: for each, the first interval
         * whose running total reaches the bucket's first amount.
         */
        final int[] firstAtWork;
        final int workShift;

        Chunk(long from, long[] starts, long[] ends) {
            this.from = from;
            this.n = starts.length;
            this.starts = new long[n + 2];
            this.ends = new long[n + 1];
            this.starts[0] = from;
            this.ends[0] = from;
            System.arraycopy(starts, 0, this.starts, 1, n);
            System.arraycopy(ends, 0, this.ends, 1, n);
            this.starts[n + 1] = from + CHUNK_MS;
            this.workedAtEnd = new long[n + 1];
            long sum = 0;
            for (int i = 1; i <= n; i++) {
                sum += this.ends[i] - this.starts[i];
                workedAtEnd[i] = sum;
            }
            this.total = sum;
            int buckets = Integer.highestOneBit(Math.min(1 << 16, Math.max(16, 4 * n - 1)));
            this.bucketShift = CHUNK_SHIFT - Integer.numberOfTrailingZeros(buckets);
            this.lastAtBucket = new int[buckets];
            int j = 0;
            for (int b = 0; b < buckets; b++) {
                long bucketStart = from + ((long) b << bucketShift);
                while (this.starts[j + 1] <= bucketStart) {
                    j++;
                }
                lastAtBucket[b] = j;
            }
            int shift = 0;
            while ((total >>> shift) >= Math.max(16, Math.min(1 << 16, 2 * n))) {
                shift++;
            }
            this.workShift = shift;
            this.firstAtWork = new int[(int) (total >>> shift) + 1];
            int i = 0;
            for (int b = 0; b < firstAtWork.length; b++) {
                long amount = (long) b << shift;
                while (i < n && workedAtEnd[i] < amount) {
                    i++;
                }
                firstAtWork[b] = i;
            }
        }

        /** Working time in this chunk before instant t. */
        long workedBefore(long t) {
            return workedBefore(t, indexAt(t));
        }

        /** Working time in this chunk before t, given the last interval starting at or before t. */
        long workedBefore(long t, int i) {
            long notYet = ends[i] - t; // positive while t is inside interval i
            return workedAtEnd[i] - (notYet & ~(notYet >> 63));
        }

        /**
         * Index of the last interval starting at or before t (t inside this chunk): the bucket of t
         * says where to start, and only the few intervals that start inside that bucket are stepped over.
         */
        int indexAt(long t) {
            int j = lastAtBucket[(int) ((t - from) >>> bucketShift)];
            while (starts[j + 1] <= t) {
                j++;
            }
            return j;
        }

        /**
         * As {@link #indexAt}, for a t not before the start of interval i: t is most often still in
         * interval i or in the pause after it, and is otherwise looked up from its bucket.
         */
        int indexFrom(int i, long t) {
            if (starts[i + 1] > t) {
                return i;
            }
            int j = Math.max(i + 1, lastAtBucket[(int) ((t - from) >>> bucketShift)]);
            while (starts[j + 1] <= t) {
                j++;
            }
            return j;
        }

        /**
         * The earliest instant by which {@code worked} (0 < worked <= total) has been worked in this chunk: the
         * bucket of that amount says where to start, and only the few intervals that end inside it are stepped over.
         */
        long instantAt(long worked) {
            int i = firstAtWork[(int) (worked >>> workShift)];
            while (workedAtEnd[i] < worked) {
                i++;
            }
            return ends[i] - (workedAtEnd[i] - worked);
        }
    }

    /** A growable array of longs, to avoid boxing while compiling. */
    private static final class LongList {
        private long[] data;
        private int size;

        LongList(int capacity) {
            data = new long[Math.max(16, capacity)];
        }

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long get(int i) {
            return data[i];
        }

        void set(int i, long v) {
            data[i] = v;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
