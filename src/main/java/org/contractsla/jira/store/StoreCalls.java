package org.contractsla.jira.store;

import com.atlassian.beehive.ClusterLock;
import java.util.function.Supplier;
import org.contractsla.config.ConfigException;
import org.contractsla.core.DomainException;
import org.contractsla.core.StorageUnavailableException;

/**
 * How every store of the app calls the platform under it (Active Objects, plugin settings, cluster locks): the
 * platform's failures become {@link StorageUnavailableException} ("try again"), the app's own refusals pass as
 * they are, and a stored document that no longer reads is an {@link UnreadableDocumentException} (damaged data,
 * not a passing failure).
 */
public final class StoreCalls {

    private StoreCalls() {
    }

    /** A stored document that does not read as what it should be: for an administrator, not to try again. */
    public static final class UnreadableDocumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * @param what  which document, for the log (a customer number or a revision; no personal data)
         * @param cause why it does not read
         */
        public UnreadableDocumentException(String what, ConfigException cause) {
            super(what + " cannot be read at " + cause.path() + ": " + cause.key(), cause);
        }
    }

    /**
     * @param what what the call does, for the log
     * @param call the call
     * @return what it returns
     * @throws StorageUnavailableException in place of any failure of the platform
     */
    public static <T> T guarded(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException | StorageUnavailableException | UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StorageUnavailableException(what, e);
        }
    }

    /**
     * Takes a cluster lock, waiting at most {@code seconds} for it.
     *
     * @param lock    the lock
     * @param seconds how long to wait
     * @param what    names the lock in the failure, for the log ("quota lock of K-1")
     * @return the lock, now held
     * @throws StorageUnavailableException if it stayed busy that long, or the wait was interrupted (the thread keeps
     *                                     its interrupt)
     */
    public static ClusterLock take(ClusterLock lock, long seconds, String what) {
        try {
            if (!lock.tryLock(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new StorageUnavailableException(what + " busy", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException(what + " not taken", e);
        }
        return lock;
    }

    /** Releases a cluster lock after the work is done or failed: a failure to release changes no answer. */
    public static void unlock(ClusterLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(StoreCalls.class).warn("Could not release a cluster lock", e);
        }
    }
}
