package org.contractsla.core.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.contractsla.core.DomainException;

/** Checks and orders the intervals of one day. */
final class DailyIntervals {

    /**
     * The most working intervals one day may have. Enough for any staffing pattern we know of; the limit keeps
     * a compiled calendar small (a chunk of about 398 days holds at most this many intervals a day, plus those
     * that maintenance windows split off).
     */
    static final int MAX_PER_DAY = 12;

    private DailyIntervals() {
    }

    /**
     * @param intervals   the intervals of one day, not null
     * @param where       what the day is, a {@link java.time.DayOfWeek} or a {@link java.time.LocalDate}, for the
     *                    error message (messages write both in the reader's language)
     * @return the intervals sorted by start, immutable
     * @throws DomainException {@code calendar.error.interval.tooMany} if there are more than {@link #MAX_PER_DAY},
     *                         {@code calendar.error.interval.overlap} if two intervals overlap
     */
    static List<DailyInterval> sortedWithoutOverlap(Collection<DailyInterval> intervals, Object where) {
        if (intervals.size() > MAX_PER_DAY) {
            throw new DomainException("calendar.error.interval.tooMany", where, intervals.size(), MAX_PER_DAY);
        }
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
