package org.contractsla.core.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Loads each (region, year) once from the wrapped source and keeps it, up to a bound: beyond {@link #MAX_ENTRIES}
 * the one least recently asked for is dropped (and loaded again when needed), so that calendars and requests
 * dated across centuries cannot fill the heap. Thread-safe.
 */
public final class CachingPublicHolidays implements PublicHolidays {

    /**
     * (Region, year) pairs kept at most: a hundred regions over twenty years. A filled cache of German regions
     * keeps about 3.3 MB (docs/performance.md).
     */
    public static final int MAX_ENTRIES = 2_048;

    private final PublicHolidays source;
    private final Map<Key, Set<LocalDate>> cache;
    private final ConcurrentMap<HolidayRegion, Boolean> known = new ConcurrentHashMap<>();

    private CachingPublicHolidays(PublicHolidays source, int maxEntries) {
        this.source = source;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) { // in order of use: the eldest is the least recently used
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Set<LocalDate>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * @param source where holidays come from on a cache miss, not null
     * @return a cache in front of it, keeping at most {@link #MAX_ENTRIES} (region, year) pairs
     */
    public static CachingPublicHolidays of(PublicHolidays source) {
        return of(source, MAX_ENTRIES);
    }

    /**
     * @param source     where holidays come from on a cache miss, not null
     * @param maxEntries (region, year) pairs to keep at most, 1 or more
     * @return a cache in front of it
     */
    public static CachingPublicHolidays of(PublicHolidays source, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        return new CachingPublicHolidays(Objects.requireNonNull(source, "source"), maxEntries);
    }

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        Key key = new Key(region, year);
        synchronized (cache) {
            Set<LocalDate> kept = cache.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Set<LocalDate> loaded = Set.copyOf(source.holidays(region, year)); // outside the lock: loading takes a while
        synchronized (cache) {
            Set<LocalDate> raced = cache.putIfAbsent(key, loaded);
            return raced != null ? raced : loaded;
        }
    }

    /** @return (region, year) pairs kept now */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    @Override
    public void requireKnown(HolidayRegion region) {
        if (!known.containsKey(region)) {
            source.requireKnown(region);
            known.put(region, Boolean.TRUE);
        }
    }

    private static final class Key {
        final HolidayRegion region;
        final int year;

        Key(HolidayRegion region, int year) {
            this.region = Objects.requireNonNull(region, "region");
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).year == year && ((Key) o).region.equals(region);
        }

        @Override
        public int hashCode() {
            return region.hashCode() * 31 + year;
        }
    }
}
