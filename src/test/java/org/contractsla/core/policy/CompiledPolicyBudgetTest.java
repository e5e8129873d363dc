package org.contractsla.core.policy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.ChunkBudget;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.calendar.WeeklySchedule;
import org.contractsla.core.calendar.WorkingTimeline;
import org.junit.Test;

/** The timelines of one policy keep their compiled chunks within one budget, however many there are. */
public class CompiledPolicyBudgetTest {

    private static BusinessCalendar office(String id) {
        return BusinessCalendar.builder(id, ZoneId.of("Europe/Berlin"))
                .weekly(WeeklySchedule.sameEachDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DailyInterval.parse("09:00-17:00")))
                .build();
    }

    @Test
    public void shouldKeepTheChunksOfAllItsTimelinesWithinOneBudget() {
        Policy policy = Policy.of(List.of(office("a"), office("b")), List.of(), Set.of());
        ChunkBudget budget = ChunkBudget.of(3_000); // about ten chunks of an office calendar
        CompiledPolicy compiled = CompiledPolicy.of(policy, FixedPublicHolidays.none(), budget);
        List<WorkingTimeline> timelines = List.of(compiled.timeline("a", false), compiled.timeline("b", true),
                compiled.timeline("a", false, new CalendarOverride(ZoneId.of("America/New_York"), null)));
        Duration[] firstWeeks = new Duration[timelines.size()];
        long most = 0;
        for (int year = 1950; year < 2100; year++) {
            Instant start = Instant.parse(year + "-01-01T00:00:00Z");
            for (int t = 0; t < timelines.size(); t++) {
                firstWeeks[t] = timelines.get(t).between(start, start.plus(Duration.ofDays(7)));
                most = Math.max(most, budget.keptIntervals());
                // an office chunk holds 280 to 290 intervals: together, the three keep what the budget allows
                int kept = timelines.stream().mapToInt(WorkingTimeline::keptChunks).sum();
                assertTrue("kept chunks " + kept, kept * 280 <= budget.maxIntervals() + 300);
            }
        }
        // all three count against the one budget, which never holds more than it allows plus the chunk that
        // took it over (fewer than 300 intervals for an office calendar)
        assertTrue("most kept " + most, most > 2 * 300 && most <= budget.maxIntervals() + 300);
        // dropped and compiled again, the counts stay right: seven days from a closed hour hold five working days
        for (Duration week : firstWeeks) {
            assertEquals(Duration.ofHours(5 * 8), week);
        }
    }
}
