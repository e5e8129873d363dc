package org.contractsla.jira.rest;

import java.util.concurrent.Semaphore;
import javax.inject.Named;

/**
 * How many simulations one node runs at once. Any agent may post a simulation that keeps a core busy for seconds,
 * so a node runs at most {@link #DEFAULT} of them together and turns further ones away until one ends. Thread-safe.
 */
@Named
public class SimulationSlots {

    /** Simulations a node runs at once: the work of two cores at most, whatever else the node has to do. */
    static final int DEFAULT = 2;

    /** What a client turned away is told to wait before it asks again, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;

    public SimulationSlots() {
        this(DEFAULT);
    }

    SimulationSlots(int slots) {
        this.slots = new Semaphore(slots);
    }

    /** @return true if a slot was free and is now taken: give it back with {@link #release()} */
    boolean tryAcquire() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }

    /** @return slots free at this moment */
    int available() {
        return slots.availablePermits();
    }
}
