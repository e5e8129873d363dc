package org.contractsla.core.severity;

/** The kind of system a request is about. */
public enum Environment {
    PRODUCTION, TEST, INSTALLATION;

    /** @return true for a productive system */
    public boolean productive() {
        return this == PRODUCTION;
    }
}
