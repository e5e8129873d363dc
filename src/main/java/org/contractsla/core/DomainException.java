package org.contractsla.core;

import java.util.List;
import java.util.Objects;

/**
 * A rejected input or definition, named by a message key from {@code i18n/contract-sla*.properties}.
 *
 * <p>The core never holds display text: adapters resolve {@link #key()} with {@link #args()} for the
 * viewer's locale. The exception message is the key itself, so logs stay searchable.
 */
public class DomainException extends IllegalArgumentException {

    private final String key;
    private final List<Object> args;

    /**
     * @param key  message key, not null
     * @param args message arguments in the order the message uses them, not null
     */
    public DomainException(String key, Object... args) {
        super(Objects.requireNonNull(key, "key"));
        this.key = key;
        this.args = List.of(args);
    }

    /** @return the message key, not null */
    public String key() {
        return key;
    }

    /** @return the message arguments, immutable, not null */
    public List<Object> args() {
        return args;
    }
}
