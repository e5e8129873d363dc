package org.contractsla.jira.web;

import java.time.Duration;
import org.contractsla.i18n.Messages;

/** Working time as people read it, in their language: "45 min", "8 h", "7 h 30 min". */
public final class Durations {

    private Durations() {
    }

    /** @return the duration in whole minutes, rounded down */
    public static String text(Messages m, Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return m.text("panel.duration.minutes", minutes);
        }
        return minutes % 60 == 0 ? m.text("panel.duration.hours", minutes / 60)
                : m.text("panel.duration.hoursMinutes", minutes / 60, minutes % 60);
    }
}
