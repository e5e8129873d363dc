package org.contractsla.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests, set to an instant and moved on by hand: never the wall clock. */
public final class SetClock extends Clock {

    /** The instant it says now. */
    public Instant now;

    /** @param now the instant it says now */
    public SetClock(Instant now) {
        this.now = now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
