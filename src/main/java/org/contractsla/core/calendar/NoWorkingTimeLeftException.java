package org.contractsla.core.calendar;

import org.contractsla.core.DomainException;

/**
 * A calendar has no working time left, up to the last instant the engine counts, to reach an amount of working
 * time: a goal on it can never be reached. Key {@code calendar.error.noWorkingTime} with the calendar's id.
 */
public final class NoWorkingTimeLeftException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** @param calendarId the calendar's id, not null */
    public NoWorkingTimeLeftException(String calendarId) {
        super("calendar.error.noWorkingTime", calendarId);
    }
}
