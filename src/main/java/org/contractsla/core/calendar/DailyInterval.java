package org.contractsla.core.calendar;

import java.time.LocalTime;
import java.util.Objects;
import org.contractsla.core.DomainException;

/**
 * A half-open range of local time within one day, {@code [start, end)}, at second precision.
 * The end may be midnight at the end of the day, written {@code 24:00}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DailyInterval implements Comparable<DailyInterval> {

    static final int SECONDS_PER_DAY = 86_400;

    private final int startSecond;
    private final int endSecond;

    private DailyInterval(int startSecond, int endSecond) {
        if (startSecond < 0 || endSecond > SECONDS_PER_DAY) {
            throw new DomainException("calendar.error.interval.range", format(startSecond), format(endSecond));
        }
        if (endSecond <= startSecond) {
            throw new DomainException("calendar.error.interval.reversed", format(startSecond), format(endSecond));
        }
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }

    /**
     * @param startInclusive first local time inside the interval, not null
     * @param endExclusive   first local time after it, not null; must be after the start
     * @return the interval
     * @throws DomainException {@code calendar.error.interval.reversed} if the end is not after the start
     */
    public static DailyInterval of(LocalTime startInclusive, LocalTime endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        return new DailyInterval(startInclusive.toSecondOfDay(), endExclusive.toSecondOfDay());
    }

    /**
     * @param startInclusive first local time inside the interval, not null
     * @return the interval from that time to the end of the day (24:00)
     */
    public static DailyInterval untilEndOfDay(LocalTime startInclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        return new DailyInterval(startInclusive.toSecondOfDay(), SECONDS_PER_DAY);
    }

    /** @return the whole day, 00:00–24:00 */
    public static DailyInterval wholeDay() {
        return new DailyInterval(0, SECONDS_PER_DAY);
    }

    /**
     * Parses {@code HH:mm-HH:mm} (or with seconds), where the end may be {@code 24:00}.
     *
     * @param text the interval, not null
     * @return the interval
     * @throws DomainException {@code calendar.error.interval.format} if the text is not of that form
     */
    public static DailyInterval parse(String text) {
        Objects.requireNonNull(text, "text");
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new DomainException("calendar.error.interval.format", text);
        }
        int start = parseTime(text.substring(0, dash).trim(), text);
        int end = parseTime(text.substring(dash + 1).trim(), text);
        return new DailyInterval(start, end);
    }

    private static int parseTime(String time, String whole) {
        if (time.equals("24:00") || time.equals("24:00:00")) {
            return SECONDS_PER_DAY;
        }
        LocalTime parsed;
        try {
            parsed = LocalTime.parse(time);
        } catch (java.time.DateTimeException e) {
            throw new DomainException("calendar.error.interval.format", whole);
        }
        if (parsed.getNano() != 0) { // the interval counts whole seconds: "08:00:00.5" would silently become 08:00
            throw new DomainException("calendar.error.interval.format", whole);
        }
        return parsed.toSecondOfDay();
    }

    /** @return seconds after local midnight where the interval starts */
    public int startSecond() {
        return startSecond;
    }

    /** @return seconds after local midnight where the interval ends (exclusive), at most 86 400 */
    public int endSecond() {
        return endSecond;
    }

    /** @return true if the two intervals share at least one second */
    public boolean overlaps(DailyInterval other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    /** @return true if the local second of day lies inside this interval */
    public boolean contains(int secondOfDay) {
        return secondOfDay >= startSecond && secondOfDay < endSecond;
    }

    @Override
    public int compareTo(DailyInterval o) {
        int c = Integer.compare(startSecond, o.startSecond);
        return c != 0 ? c : Integer.compare(endSecond, o.endSecond);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyInterval && ((DailyInterval) o).startSecond == startSecond
                && ((DailyInterval) o).endSecond == endSecond;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(startSecond, endSecond);
    }

    /** @return {@code HH:mm-HH:mm}, the form {@link #parse} reads */
    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static String format(int second) {
        int h = second / 3600;
        int m = (second / 60) % 60;
        int s = second % 60;
        return s == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, s);
    }
}
