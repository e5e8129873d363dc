package org.contractsla.core.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.DailyInterval;
import org.contractsla.core.calendar.MaintenanceWindow;

/**
 * The naive reference the engine is checked against: it walks the timeline one minute at a time and asks,
 * for each minute, "is its local wall-clock time inside a working interval of its local date, is the clock
 * paused, which goal is in force?". A minute that holds an event (receipt, pause, goal change, stop, measuring
 * instant off the whole minute) is cut there and its pieces counted to the millisecond: a minute's working
 * state is the same throughout, as calendars are defined on whole minutes. It shares no code with the engine
 * beyond the calendar definition. Valid on zones whose offsets are whole minutes.
 */
public final class MinuteSteppingOracle {

    public static final long MINUTE = 60_000L;

    /** A goal as the oracle sees it: target in minutes, a calendar definition and its holidays. */
    public static final class OracleGoal {
        final long targetMinutes;
        final BusinessCalendar calendar;
        final Predicate<LocalDate> holiday;
        final String holidays;
        final boolean excludeMaintenance;
        private final ZoneRules rules;
        private final Map<Long, boolean[]> days = new HashMap<>();

        public OracleGoal(long targetMinutes, BusinessCalendar calendar, Set<LocalDate> holidays, boolean excludeMaintenance) {
            this(targetMinutes, calendar, holidays::contains, holidays.toString(), excludeMaintenance);
        }

        /** @param holiday whether a date is a public holiday of the calendar; described as {@code holidays} */
        public OracleGoal(long targetMinutes, BusinessCalendar calendar, Predicate<LocalDate> holiday, String holidays,
                boolean excludeMaintenance) {
            this.targetMinutes = targetMinutes;
            this.calendar = calendar;
            this.holiday = holiday;
            this.holidays = holidays;
            this.excludeMaintenance = excludeMaintenance;
            this.rules = calendar.zone().getRules();
        }

        /** Is the minute starting at this instant worked? */
        boolean working(long epochMilli) {
            long localSecond = Math.floorDiv(epochMilli, 1000L)
                    + rules.getOffset(Instant.ofEpochMilli(epochMilli)).getTotalSeconds();
            long day = Math.floorDiv(localSecond, 86_400L);
            int minuteOfDay = (int) (Math.floorMod(localSecond, 86_400L) / 60);
            return days.computeIfAbsent(day, this::minutesOf)[minuteOfDay];
        }

        private boolean[] minutesOf(long epochDay) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            boolean[] minutes = new boolean[1440];
            if (holiday.test(date) || calendar.closedDates().contains(date)) {
                return minutes;
            }
            List<DailyInterval> open = calendar.partialDays().get(date);
            if (open == null) {
                DayOfWeek dow = date.getDayOfWeek();
                open = calendar.weekly().on(dow);
            }
            for (int m = 0; m < 1440; m++) {
                int second = m * 60;
                boolean in = false;
                for (DailyInterval iv : open) {
                    in |= iv.contains(second);
                }
                if (in && excludeMaintenance) {
                    for (MaintenanceWindow w : calendar.maintenanceWindows()) {
                        if (occurs(w, date) && w.interval().contains(second)) {
                            in = false;
                        }
                    }
                }
                minutes[m] = in;
            }
            return minutes;
        }

        ZoneId zone() {
            return calendar.zone();
        }
    }

    /** What the oracle says: elapsed milliseconds, due instant (or null while paused), breach instant, state. */
    public static final class Answer {
        public final long elapsedMillis;
        public final Long due;
        public final Long breachedAt;
        public final ClockState state;
        public final long goalMinutes;
        /** not stopped, and in a pause that has not ended */
        public final boolean pausedNow;

        Answer(long elapsedMillis, Long due, Long breachedAt, ClockState state, long goalMinutes, boolean pausedNow) {
            this.elapsedMillis = elapsedMillis;
            this.due = due;
            this.breachedAt = breachedAt;
            this.state = state;
            this.goalMinutes = goalMinutes;
            this.pausedNow = pausedNow;
        }

        @Override
        public String toString() {
            return state + " elapsed=" + elapsedMillis + "ms goal=" + goalMinutes + "min due="
                    + (due == null ? null : Instant.ofEpochMilli(due)) + " breachedAt="
                    + (breachedAt == null ? null : Instant.ofEpochMilli(breachedAt));
        }
    }

    private MinuteSteppingOracle() {
    }

    /**
     * @param received     receipt, epoch ms
     * @param initial      goal at receipt
     * @param changeAt     goal change instants (sorted), epoch ms
     * @param changeGoals  the goals they change to
     * @param pauseFrom    pause starts (sorted, disjoint)
     * @param pauseUntil   pause ends, null for open
     * @param stop         stop event or null
     * @param now          measuring instant
     */
    public static Answer answer(long received, OracleGoal initial, List<Long> changeAt, List<OracleGoal> changeGoals,
            List<Long> pauseFrom, List<Long> pauseUntil, Long stop, long now) {
        boolean stopped = stop != null && stop <= now;
        long end = stopped ? stop : now;
        List<Long> knownAt = new ArrayList<>();
        List<OracleGoal> knownGoal = new ArrayList<>();
        for (int i = 0; i < changeAt.size(); i++) {
            if (changeAt.get(i) <= end) {
                knownAt.add(changeAt.get(i));
                knownGoal.add(changeGoals.get(i));
            }
        }
        OracleGoal finalGoal = knownGoal.isEmpty() ? initial : knownGoal.get(knownGoal.size() - 1);
        long takeover = knownAt.isEmpty() ? received : knownAt.get(knownAt.size() - 1);
        long target = finalGoal.targetMinutes * MINUTE;

        List<long[]> pauses = new ArrayList<>();
        boolean pausedNow = false;
        for (int i = 0; i < pauseFrom.size(); i++) {
            long from = pauseFrom.get(i);
            if (from >= end) {
                continue;
            }
            long until = pauseUntil.get(i) == null ? Long.MAX_VALUE : pauseUntil.get(i);
            if (until > end) {
                if (stopped) {
                    until = end;
                } else {
                    until = Long.MAX_VALUE;
                    pausedNow = true;
                }
            }
            pauses.add(new long[] {from, until});
        }
        // every instant at which something may change within a minute: the minute's working state is constant
        TreeSet<Long> marks = new TreeSet<>(knownAt);
        marks.add(end);
        for (long[] p : pauses) {
            marks.add(p[0]);
            marks.add(p[1]);
        }

        long elapsed = 0;
        Long due = null;
        Long breachedAt = null; // the first counted millisecond beyond the goal
        long cum = 0;
        for (long t = received; ; ) {
            if (t == end) {
                elapsed = cum;
            }
            if (t == takeover && cum > target) {
                breachedAt = t; // the new goal took over already overrun
            }
            if (due == null && t >= takeover && cum >= target) {
                due = t;
            }
            if (t >= end && (due != null || pausedForever(pauses, t))) {
                break;
            }
            long next = Math.floorDiv(t, MINUTE) * MINUTE + MINUTE;
            Long mark = marks.higher(t);
            if (mark != null && mark < next) {
                next = mark;
            }
            long piece = t;
            boolean paused = pauses.stream().anyMatch(p -> p[0] <= piece && piece < p[1]);
            OracleGoal goal = initial;
            for (int i = 0; i < knownAt.size(); i++) {
                if (knownAt.get(i) <= t) {
                    goal = knownGoal.get(i);
                }
            }
            if (!paused && goal.working(t)) {
                long length = next - t;
                if (t >= takeover && breachedAt == null && cum + length > target) {
                    breachedAt = t + Math.max(0, target - cum);
                }
                if (t >= takeover && due == null && cum + length >= target) {
                    due = t + (target - cum);
                }
                cum += length;
            }
            t = next;
        }
        // breached means more working time than the goal: a stop or "now" right after the due instant, before any
        // further millisecond is worked, is within it
        ClockState state;
        if (elapsed > target) {
            state = ClockState.BREACHED;
        } else if (stopped) {
            state = ClockState.MET;
        } else {
            state = pausedNow ? ClockState.PAUSED : ClockState.RUNNING;
        }
        return new Answer(elapsed, due, state == ClockState.BREACHED ? breachedAt : null, state,
                finalGoal.targetMinutes, pausedNow);
    }

    private static boolean pausedForever(List<long[]> pauses, long t) {
        return pauses.stream().anyMatch(p -> p[0] <= t && p[1] == Long.MAX_VALUE);
    }

    /**
     * Whether a maintenance window takes place on a date, found independently of {@link MaintenanceWindow#occursOn}:
     * a monthly window's date is asked of java.time's own adjusters within the date's month (the n-th weekday, which
     * lands in the next month, so on no date of this one, when there is no fifth; the last weekday).
     */
    static boolean occurs(MaintenanceWindow w, LocalDate date) {
        switch (w.recurrence()) {
            case DAILY:
                return true;
            case WEEKLY:
                return date.getDayOfWeek() == w.dayOfWeek();
            default:
                LocalDate meant = w.weekOfMonth() == -1
                        ? date.with(java.time.temporal.TemporalAdjusters.lastInMonth(w.dayOfWeek()))
                        : date.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(w.weekOfMonth(), w.dayOfWeek()));
                return meant.equals(date);
        }
    }
}
