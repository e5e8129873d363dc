package org.contractsla.holidays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Set;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.HolidayRegion;
import org.junit.Test;

public class JollydayPublicHolidaysTest {

    private final JollydayPublicHolidays holidays = new JollydayPublicHolidays();

    @Test
    public void shouldKnowGermanNationwideHolidaysButNotChristmasEve() {
        Set<LocalDate> de = holidays.holidays(HolidayRegion.country("DE"), 2025);
        assertTrue(de.contains(LocalDate.of(2025, 4, 18))); // Good Friday
        assertTrue(de.contains(LocalDate.of(2025, 4, 21))); // Easter Monday
        assertTrue(de.contains(LocalDate.of(2025, 12, 25)));
        assertTrue(de.contains(LocalDate.of(2025, 12, 26)));
        assertFalse(de.contains(LocalDate.of(2025, 12, 24)));
        assertFalse(de.contains(LocalDate.of(2025, 6, 19))); // Corpus Christi is regional
    }

    @Test
    public void shouldAddStateHolidaysForBavaria() {
        Set<LocalDate> bavaria = holidays.holidays(HolidayRegion.of("DE", "by"), 2025);
        assertTrue(bavaria.contains(LocalDate.of(2025, 6, 19))); // Corpus Christi
        assertTrue(bavaria.contains(LocalDate.of(2025, 1, 6))); // Epiphany
        assertTrue(bavaria.contains(LocalDate.of(2025, 4, 18)));
    }

    @Test
    public void shouldKnowSwedenPolandAndAustria() {
        // row: Swedish National Day
        assertTrue(holidays.holidays(HolidayRegion.country("SE"), 2026).contains(LocalDate.of(2026, 6, 6)));
        // row: Polish Constitution Day
        assertTrue(holidays.holidays(HolidayRegion.country("PL"), 2026).contains(LocalDate.of(2026, 5, 3)));
        // row: Austrian National Day
        assertTrue(holidays.holidays(HolidayRegion.country("AT"), 2026).contains(LocalDate.of(2026, 10, 26)));
    }

    @Test
    public void shouldRejectUnknownCountryAndSubdivisionWithKey() {
        try {
            holidays.requireKnown(HolidayRegion.country("XX"));
            fail();
        } catch (DomainException e) {
            assertEquals("calendar.error.country.unknown", e.key());
        }
        try {
            holidays.requireKnown(HolidayRegion.of("DE", "zz"));
            fail();
        } catch (DomainException e) {
            assertEquals("calendar.error.subdivision.unknown", e.key());
        }
    }
}
