package org.contractsla.core;

/**
 * A store could not be read or written just now (the database or the cluster's settings failed): nothing was
 * changed, and the same request may succeed when tried again. Thrown by port implementations in place of their
 * platform's own failures; adapters answer it as "try again", never as a fault of the input.
 */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what  what could not be done, for the log (no personal data)
     * @param cause the platform's failure
     */
    public StorageUnavailableException(String what, Throwable cause) {
        super(what, cause);
    }
}
