package org.contractsla.core.calendar;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Which days a monthly window falls on: a table written from the calendar, weeks 1 to 5 and the last week. */
public class MaintenanceWindowTest {

    private static final DailyInterval NIGHT = DailyInterval.parse("02:00-04:00");

    /** @return the days of that month the window falls on */
    private static List<Integer> days(MaintenanceWindow w, int year, int month) {
        List<Integer> days = new ArrayList<>();
        LocalDate first = LocalDate.of(year, month, 1);
        for (LocalDate d = first; d.getMonthValue() == month; d = d.plusDays(1)) {
            if (w.occursOn(d)) {
                days.add(d.getDayOfMonth());
            }
        }
        return days;
    }

    @Test
    public void shouldFallOnTheNthAndTheLastWeekdayOfTheMonth() {
        // Mondays of March 2026: 2, 9, 16, 23, 30. Of February 2026: 2, 9, 16, 23. Saturdays of August 2026: 1, 8,
        // 15, 22, 29. Sundays of May 2026: 3, 10, 17, 24, 31.
        Object[][] table = {
            {1, DayOfWeek.MONDAY, 2026, 3, List.of(2)},
            {2, DayOfWeek.MONDAY, 2026, 3, List.of(9)},
            {3, DayOfWeek.MONDAY, 2026, 3, List.of(16)},
            {4, DayOfWeek.MONDAY, 2026, 3, List.of(23)},
            {5, DayOfWeek.MONDAY, 2026, 3, List.of(30)},
            {-1, DayOfWeek.MONDAY, 2026, 3, List.of(30)},
            {5, DayOfWeek.MONDAY, 2026, 2, List.of()},
            {-1, DayOfWeek.MONDAY, 2026, 2, List.of(23)},
            {1, DayOfWeek.SATURDAY, 2026, 8, List.of(1)},
            {5, DayOfWeek.SATURDAY, 2026, 8, List.of(29)},
            {-1, DayOfWeek.SATURDAY, 2026, 8, List.of(29)},
            {4, DayOfWeek.SUNDAY, 2026, 5, List.of(24)},
            {-1, DayOfWeek.SUNDAY, 2026, 5, List.of(31)},
        };
        for (Object[] row : table) {
            MaintenanceWindow w = MaintenanceWindow.monthly((Integer) row[0], (DayOfWeek) row[1], NIGHT);
            assertEquals(row[0] + " " + row[1] + " " + row[3] + "/" + row[2], row[4],
                    days(w, (Integer) row[2], (Integer) row[3]));
        }
        assertEquals(List.of(3, 10, 17, 24, 31), days(MaintenanceWindow.weekly(DayOfWeek.SUNDAY, NIGHT), 2026, 5));
        assertEquals(31, days(MaintenanceWindow.daily(NIGHT), 2026, 5).size());
    }
}
