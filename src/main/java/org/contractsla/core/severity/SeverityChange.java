package org.contractsla.core.severity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.contractsla.core.Reason;

/**
 * One change of a request's severity, as it is kept and shown on the issue (domain spec §1: who, when, from → to,
 * reason). Immutable.
 *
 * @param requestId the request (issue) id, not null
 * @param at        when, not null
 * @param userKey   who, by user key; null for the app itself (the severity a request was opened with)
 * @param from      the severity before, null for the first one
 * @param to        the severity after, not null
 * @param note      the reason the person gave, null if none
 * @param rules     why the app's rules changed what was asked for (production gate, S1 checklist), in rule order
 */
public record SeverityChange(String requestId, Instant at, String userKey, Severity from, Severity to, String note,
        List<Reason> rules) {

    /** Checks the parts that are always there; the instant to the millisecond, as stores keep it. */
    public SeverityChange {
        Objects.requireNonNull(requestId, "requestId");
        at = Objects.requireNonNull(at, "at").truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Objects.requireNonNull(to, "to");
        rules = List.copyOf(rules);
    }
}
