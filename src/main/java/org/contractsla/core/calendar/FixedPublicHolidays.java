package org.contractsla.core.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.contractsla.core.DomainException;

/**
 * In-memory holidays: explicit dates per region. Used by tests and by offline previews that must not
 * depend on a holiday library. Immutable and thread-safe.
 */
public final class FixedPublicHolidays implements PublicHolidays {

    private final Map<HolidayRegion, Set<LocalDate>> dates;

    private FixedPublicHolidays(Map<HolidayRegion, Set<LocalDate>> dates) {
        this.dates = dates;
    }

    /** @return a source that knows no region */
    public static FixedPublicHolidays none() {
        return new FixedPublicHolidays(Map.of());
    }

    /**
     * @param region the region, not null
     * @param dates  its holidays (any years), not null
     * @return a copy of this source that also knows that region
     */
    public FixedPublicHolidays with(HolidayRegion region, Set<LocalDate> dates) {
        Map<HolidayRegion, Set<LocalDate>> copy = new HashMap<>(this.dates);
        Set<LocalDate> merged = new HashSet<>(copy.getOrDefault(region, Set.of()));
        merged.addAll(Objects.requireNonNull(dates, "dates"));
        copy.put(Objects.requireNonNull(region, "region"), Set.copyOf(merged));
        return new FixedPublicHolidays(Map.copyOf(copy));
    }

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        requireKnown(region);
        return dates.get(region).stream().filter(d -> d.getYear() == year).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void requireKnown(HolidayRegion region) {
        if (!dates.containsKey(region)) {
            throw new DomainException("calendar.error.country.unknown", region.toString());
        }
    }
}
