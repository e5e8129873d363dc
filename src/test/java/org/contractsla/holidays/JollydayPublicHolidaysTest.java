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

    /**
     * Inside Jira the thread's context class loader belongs to whoever called, not to the app's bundle. jollyday
     * is loaded afresh here (its service lookup is cached in static state once it has run, so an earlier test
     * would hide the problem) and called with a context class loader that sees nothing: it must still find its
     * holiday data, and the caller's context class loader is put back.
     */
    @Test
    public void shouldWorkWhenTheCallersContextClassLoaderIsAForeignOne() throws Exception {
        java.util.List<java.net.URL> urls = new java.util.ArrayList<>();
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : path.split(java.io.File.pathSeparator)) {
            urls.add(new java.io.File(entry).toURI().toURL());
        }
        ClassLoader foreign = new java.net.URLClassLoader(new java.net.URL[0], null);
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(urls.toArray(new java.net.URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> regionType = fresh.loadClass(HolidayRegion.class.getName());
            Object newZealand = regionType.getMethod("country", String.class).invoke(null, "NZ");
            Object holidays = fresh.loadClass(JollydayPublicHolidays.class.getName()).getConstructor().newInstance();
            Thread.currentThread().setContextClassLoader(foreign);
            Object found = holidays.getClass().getMethod("holidays", regionType, int.class)
                    .invoke(holidays, newZealand, 2026);
            assertTrue(((Set<?>) found).contains(LocalDate.of(2026, 2, 6))); // Waitangi Day
            assertEquals(foreign, Thread.currentThread().getContextClassLoader());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
