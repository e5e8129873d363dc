package org.contractsla.core.portal;

import java.util.Objects;

/**
 * One lock per customer (striped over a fixed number), shared by everything that changes a customer's forms:
 * their files are added, and a form is claimed for sending, one after the other, so that a file is either on the
 * form when it is sent or refused because it was sent.
 */
public final class CustomerLocks {

    private final Object[] stripes = new Object[64];

    public CustomerLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** @return the lock of that customer's forms */
    public Object of(String customerKey) {
        return stripes[Math.floorMod(Objects.requireNonNull(customerKey, "customerKey").hashCode(), stripes.length)];
    }
}
