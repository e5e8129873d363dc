package org.contractsla.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.PublicHolidays;

/**
 * Public holidays from the jollyday library (focus-shift), which keeps the holiday rules of many countries
 * and their subdivisions. Only days of type "public holiday" close a calendar; observances such as
 * 24 December in Germany do not. Wrap in {@link org.contractsla.core.calendar.CachingPublicHolidays}:
 * each call here evaluates the rules. Thread-safe.
 *
 * <p>jollyday finds its XML reader through {@link java.util.ServiceLoader}, which looks in the thread's context
 * class loader. Inside Jira that loader belongs to whoever called (a web request, a scheduler thread), not to this
 * app's bundle, so every call into jollyday runs with the bundle's own class loader as the context class loader,
 * and puts the caller's back afterwards.
 */
public final class JollydayPublicHolidays implements PublicHolidays {

    private final ConcurrentMap<String, HolidayManager> managers = new ConcurrentHashMap<>();

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        return withOwnClassLoader(() -> {
            requireKnownHere(region);
            HolidayManager manager = manager(region.country());
            Set<Holiday> found = region.subdivision()
                    .map(s -> manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, s))
                    .orElseGet(() -> manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY));
            return found.stream().map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet());
        });
    }

    @Override
    public void requireKnown(HolidayRegion region) {
        withOwnClassLoader(() -> {
            requireKnownHere(region);
            return null;
        });
    }

    private void requireKnownHere(HolidayRegion region) {
        Objects.requireNonNull(region, "region");
        // jollyday lists its calendars by upper-case ISO code (plus a few exchange calendars)
        if (!HolidayManager.getSupportedCalendarCodes().contains(region.country())) {
            throw new DomainException("calendar.error.country.unknown", region.country());
        }
        if (region.subdivision().isPresent()) {
            CalendarHierarchy hierarchy = manager(region.country()).getCalendarHierarchy();
            if (!hierarchy.getChildren().containsKey(region.subdivision().get())) {
                throw new DomainException("calendar.error.subdivision.unknown", region.country(),
                        region.subdivision().get());
            }
        }
    }

    /** Runs a call into jollyday with this bundle's class loader as the thread's context class loader. */
    private static <T> T withOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(JollydayPublicHolidays.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(country.toLowerCase(Locale.ROOT),
                c -> HolidayManager.getInstance(ManagerParameters.create(c)));
    }
}
