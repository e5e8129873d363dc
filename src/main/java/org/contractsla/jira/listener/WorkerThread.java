package org.contractsla.jira.listener;

import org.slf4j.Logger;

/**
 * The one background thread of a queue on this node: it runs one step after another until stopped, survives any
 * failure of a step (logged), and is waited for when stopped, so that no worker of a disabled app goes on calling
 * its stores.
 */
final class WorkerThread {

    /** One turn of the worker: wait a while for work, and do it. */
    interface Step {
        void run() throws InterruptedException;
    }

    private final String name;
    private final Step step;
    private final Logger log;
    private volatile Thread thread;

    /**
     * @param name the thread's name, as thread dumps show it
     * @param step what it does each turn
     * @param log  where an unexpected failure of a step is logged
     */
    WorkerThread(String name, Step step, Logger log) {
        this.name = name;
        this.step = step;
        this.log = log;
    }

    void start() {
        Thread t = new Thread(this::loop, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the thread and waits for it, at most 5 s. */
    void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (thread == Thread.currentThread()) {
            try {
                step.run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) { // never let the worker die
                log.error("{}: unexpected failure", name, e);
            }
        }
    }
}
