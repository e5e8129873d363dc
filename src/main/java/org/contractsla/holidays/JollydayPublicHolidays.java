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
import java.util.stream.Collectors;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.PublicHolidays;

/**
 * Public holidays from the jollyday library (focus-shift), which keeps the holiday rules of many countries
 * and their subdivisions. Only days of type "public holiday" close a calendar; observances such as
 * 24 December in Germany do not. Wrap in {@link org.contractsla.core.calendar.CachingPublicHolidays}:
 * each call here evaluates the rules. Thread-safe.
 */
public final class JollydayPublicHolidays implements PublicHolidays {

    private final ConcurrentMap<String, HolidayManager> managers = new ConcurrentHashMap<>();

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        requireKnown(region);
        HolidayManager manager = manager(region.country());
        Set<Holiday> found = region.subdivision()
                .map(s -> manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, s))
                .orElseGet(() -> manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY));
        return found.stream().map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void requireKnown(HolidayRegion region) {
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

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(country.toLowerCase(Locale.ROOT),
                c -> HolidayManager.getInstance(ManagerParameters.create(c)));
    }
}
