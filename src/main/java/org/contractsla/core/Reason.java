package org.contractsla.core;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule decided as it did: a message key with its arguments, resolved into the viewer's language by
 * an adapter. Immutable.
 */
public final class Reason {

    private final String key;
    private final List<Object> args;

    private Reason(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    /**
     * @param key  message key, not null
     * @param args message arguments, not null
     * @return the reason
     */
    public static Reason of(String key, Object... args) {
        return new Reason(Objects.requireNonNull(key, "key"), List.of(args));
    }

    /** @return the message key, not null */
    public String key() {
        return key;
    }

    /** @return the message arguments, immutable */
    public List<Object> args() {
        return args;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason && ((Reason) o).key.equals(key) && ((Reason) o).args.equals(args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, args);
    }

    @Override
    public String toString() {
        return key + args;
    }
}
