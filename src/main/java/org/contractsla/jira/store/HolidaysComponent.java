package org.contractsla.jira.store;

import java.time.LocalDate;
import java.util.Set;
import javax.inject.Named;
import org.contractsla.core.calendar.CachingPublicHolidays;
import org.contractsla.core.calendar.HolidayRegion;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.holidays.JollydayPublicHolidays;

/** Public holidays from jollyday, loaded once per region and year and shared by the whole app. */
@Named
public class HolidaysComponent implements PublicHolidays {

    private final PublicHolidays delegate = CachingPublicHolidays.of(new JollydayPublicHolidays());

    @Override
    public Set<LocalDate> holidays(HolidayRegion region, int year) {
        return delegate.holidays(region, year);
    }

    @Override
    public void requireKnown(HolidayRegion region) {
        delegate.requireKnown(region);
    }
}
