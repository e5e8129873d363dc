package org.contractsla.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Loads each (region, year) once from the wrapped source and keeps it. Thread-safe.
 */
public final class CachingPublicHolidays implements PublicHolidays {

    private final PublicHolidays source;
    private final ConcurrentMap<Key, Set<LocalDate>> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<HolidayRegion, Boolean> known = new ConcurrentHashMap<>();

    private CachingPublicHolidays(PublicHolidays source) {
        this.source = source;
    }

    /**
     * @param source where holidays come from on a cache miss, not null
     * @return a cache in front of it
     */
    public static CachingPublicHolidays of(PublicHolidays source) {
        return new CachingPublicHolidays(Objects.requireNonNull(source, "source"));
    }

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        return cache.computeIfAbsent(new Key(region, year), k -> Set.copyOf(source.holidays(k.region, k.year)));
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
