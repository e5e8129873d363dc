package org.contractsla.config;

import java.util.List;

/**
 * A document the app stored, as read: its value and what was repaired or left out to read it under today's rules
 * (see {@link StoredReading}).
 *
 * @param value    what it holds
 * @param repaired what today's rules refused and was read as the older release read it
 * @param leftOut  what could not be read at all and was left out
 * @param <T>      what the document holds
 */
public record Stored<T>(T value, List<ConfigException> repaired, List<ConfigException> leftOut) {

    /** @return whether the document read as today's rules want it */
    public boolean clean() {
        return repaired.isEmpty() && leftOut.isEmpty();
    }
}
