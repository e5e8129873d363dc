package org.contractsla.config;

import java.util.List;
import java.util.Objects;

/**
 * A configuration or timeline file that cannot be read: where (a JSON path such as
 * {@code calendars[0].weekly.MON[1]}), and what, as a message key with arguments.
 */
public final class ConfigException extends RuntimeException {

    private final String path;
    private final String key;
    private final List<Object> args;

    /**
     * @param path JSON path of the offending field, not null ("" for the whole document)
     * @param key  message key, not null
     * @param args message arguments
     */
    public ConfigException(String path, String key, List<Object> args) {
        super(path + ": " + key + args);
        this.path = Objects.requireNonNull(path, "path");
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.copyOf(args);
    }

    /** @return the JSON path of the offending field */
    public String path() {
        return path;
    }

    /** @return the message key */
    public String key() {
        return key;
    }

    /** @return the message arguments */
    public List<Object> args() {
        return args;
    }
}
