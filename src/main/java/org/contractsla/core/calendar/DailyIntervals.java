package org.contractsla.core.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.contractsla.core.DomainException;

/** Checks and orders the intervals of one day. */
final class DailyIntervals {

    private DailyIntervals() {
    }

    /**
     * @param intervals   the intervals of one day, not null
     * @param where       what the day is (a weekday or a date), for the error message
     * @return the intervals sorted by start, immutable
     * @throws DomainException {@code calendar.error.interval.overlap} if two intervals overlap
     */
    static List<DailyInterval> sortedWithoutOverlap(Collection<DailyInterval> intervals, String where) {
        List<DailyInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new DomainException("calendar.error.interval.overlap", where, sorted.get(i - 1).toString(),
                        sorted.get(i).toString());
            }
        }
        return List.copyOf(sorted);
    }
}
