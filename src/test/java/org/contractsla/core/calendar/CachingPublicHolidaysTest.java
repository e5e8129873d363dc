package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class CachingPublicHolidaysTest {

    /** A source that says what it was asked for. */
    private static final class Counting implements PublicHolidays {
        final List<String> asked = new ArrayList<>();

        @Override
        public Set<LocalDate> holidays(HolidayRegion region, int year) {
            asked.add(region.country() + year);
            return Set.of(LocalDate.of(year, 1, 1));
        }

        @Override
        public void requireKnown(HolidayRegion region) {
        }
    }

    private static final HolidayRegion DE = HolidayRegion.country("DE");

    @Test
    public void shouldLoadEachRegionAndYearOnce() {
        Counting source = new Counting();
        CachingPublicHolidays cache = CachingPublicHolidays.of(source);
        Set<LocalDate> first = cache.holidays(DE, 2026);
        assertSame(first, cache.holidays(DE, 2026));
        assertEquals(List.of("DE2026"), source.asked);
    }

    @Test
    public void shouldKeepNoMoreThanItsBoundDroppingTheLeastRecentlyUsed() {
        Counting source = new Counting();
        CachingPublicHolidays cache = CachingPublicHolidays.of(source, 2);
        cache.holidays(DE, 2024);
        cache.holidays(DE, 2025);
        cache.holidays(DE, 2024); // used again: 2025 is now the least recently used
        cache.holidays(DE, 2026); // a third: 2025 goes
        assertEquals(2, cache.size());
        cache.holidays(DE, 2024);
        assertEquals(List.of("DE2024", "DE2025", "DE2026"), source.asked);
        cache.holidays(DE, 2025); // loaded again
        assertEquals(List.of("DE2024", "DE2025", "DE2026", "DE2025"), source.asked);
        // centuries of years asked for keep the cache at its bound
        for (int year = 1900; year < 2300; year++) {
            cache.holidays(DE, year);
        }
        assertEquals(2, cache.size());
        assertEquals(CachingPublicHolidays.MAX_ENTRIES, fill(CachingPublicHolidays.of(new Counting())));
    }

    private static int fill(CachingPublicHolidays cache) {
        for (int year = 1900; year < 2300; year++) {
            for (String country : new String[] {"DE", "AT", "CH", "SE", "PL", "FR"}) {
                cache.holidays(HolidayRegion.country(country), year);
            }
        }
        return cache.size();
    }

    @Test
    public void shouldKeepAtLeastOneEntry() {
        FixedPublicHolidays source = FixedPublicHolidays.none().with(HolidayRegion.country("DE"),
                Set.of(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 10, 3)));
        CachingPublicHolidays one = CachingPublicHolidays.of(source, 1);
        assertEquals(Set.of(LocalDate.of(2026, 10, 3)), one.holidays(HolidayRegion.country("DE"), 2026));
        try {
            CachingPublicHolidays.of(source, 0);
            org.junit.Assert.fail("a cache of no entries");
        } catch (IllegalArgumentException expected) {
            // refused
        }
    }

    @Test
    public void shouldGiveAFixedListByYearAndRefuseAnUnknownRegion() {
        FixedPublicHolidays fixed = FixedPublicHolidays.none().with(HolidayRegion.country("DE"),
                Set.of(LocalDate.of(2026, 10, 3), LocalDate.of(2027, 10, 3)));
        assertEquals(Set.of(LocalDate.of(2027, 10, 3)), fixed.holidays(HolidayRegion.country("DE"), 2027));
        try {
            fixed.holidays(HolidayRegion.country("AT"), 2026);
            org.junit.Assert.fail("a region the list does not hold");
        } catch (org.contractsla.core.DomainException e) {
            assertEquals("calendar.error.country.unknown", e.key());
        }
    }
}
