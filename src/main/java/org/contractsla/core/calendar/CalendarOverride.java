package org.contractsla.core.calendar;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A contract's own time zone and holiday region for the calendars its goals run on (domain spec §2.3): a
 * calendar staffed 09:00–17:00 then means 09:00–17:00 where the customer is, closed on the customer's public
 * holidays. Weekly intervals, closed dates, partial days and maintenance windows keep their local times.
 *
 * @param zone     the zone to use instead of the calendar's, or null to keep it
 * @param holidays the holiday region to use instead of the calendar's, or null to keep it
 */
public record CalendarOverride(ZoneId zone, HolidayRegion holidays) {

    /** Every calendar as defined. */
    public static final CalendarOverride NONE = new CalendarOverride(null, null);

    /**
     * @param calendar a calendar, not null
     * @return that calendar in this zone and with these holidays; the calendar itself if nothing changes
     */
    public BusinessCalendar apply(BusinessCalendar calendar) {
        ZoneId z = zone == null ? calendar.zone() : zone;
        HolidayRegion h = holidays == null ? calendar.holidayRegion().orElse(null) : holidays;
        if (z.equals(calendar.zone()) && Objects.equals(h, calendar.holidayRegion().orElse(null))) {
            return calendar;
        }
        return calendar.with(z, h);
    }
}
