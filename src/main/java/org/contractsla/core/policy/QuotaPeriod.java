package org.contractsla.core.policy;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.contractsla.core.EnumIds;

/** The period a case quota counts in: calendar month, quarter or year, or the contract's whole term. */
public enum QuotaPeriod {
    MONTH, QUARTER, YEAR, TERM;

    /** @return the id used in the configuration format, e.g. {@code "quarter"} */
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * @param day       the day a request was received, in the contract's zone, not null
     * @param termStart first day of the contract, not null
     * @param termEnd   first day after the contract, not null
     * @return the window of this period that contains {@code day}
     */
    public QuotaWindow windowOf(LocalDate day, LocalDate termStart, LocalDate termEnd) {
        Objects.requireNonNull(day, "day");
        switch (this) {
            case MONTH:
                LocalDate month = day.withDayOfMonth(1);
                return QuotaWindow.of(month, month.plusMonths(1));
            case QUARTER:
                LocalDate quarter = day.with(IsoFields.DAY_OF_QUARTER, 1);
                return QuotaWindow.of(quarter, quarter.plusMonths(3));
            case YEAR:
                LocalDate year = day.with(TemporalAdjusters.firstDayOfYear());
                return QuotaWindow.of(year, year.plusYears(1));
            default:
                return QuotaWindow.of(Objects.requireNonNull(termStart, "termStart"),
                        Objects.requireNonNull(termEnd, "termEnd"));
        }
    }
}
