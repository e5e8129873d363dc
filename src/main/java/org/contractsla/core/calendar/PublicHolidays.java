package org.contractsla.core.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: the public holidays of a region. Implementations hide where the holidays come from (a holiday
 * library, a fixed list in tests).
 */
public interface PublicHolidays {

    /**
     * @param region the region, not null
     * @param year   the calendar year
     * @return the dates that are public holidays there in that year, immutable, not null
     * @throws org.contractsla.core.DomainException {@code calendar.error.country.unknown} or
     *         {@code calendar.error.subdivision.unknown} if the region is not known
     */
    Set<LocalDate> holidays(HolidayRegion region, int year);

    /**
     * Checks a region without loading a year.
     *
     * @param region the region, not null
     * @throws org.contractsla.core.DomainException if the country or subdivision is not known
     */
    void requireKnown(HolidayRegion region);
}
