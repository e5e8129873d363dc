package org.contractsla.core.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the recomputation of every support request's clocks has come, as any node of a cluster reads it. The
 * configuration revision it runs for tells whether the clocks follow the configuration in force. Immutable.
 *
 * @param revision   the fingerprint of the configuration it measures against, not null
 * @param startedAt  when it started, not null
 * @param finishedAt when it ended, null while it runs
 * @param total      requests to measure
 * @param done       requests measured so far
 * @param changed    requests whose clocks changed
 * @param failed     requests that could not be measured (each logged; measured again at its next change)
 */
public record RecomputationProgress(String revision, Instant startedAt, Instant finishedAt, int total, int done,
        int changed, int failed) {

    /** Checks the parts that are always there. */
    public RecomputationProgress {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** @return whether it is still running (as far as it last said) */
    public boolean running() {
        return finishedAt == null;
    }

    /** Port: where the progress is kept, for every node to read. */
    public interface Store {

        /**
         * @param progress the progress now, replacing what was kept
         * @throws org.contractsla.core.StorageUnavailableException if it could not be kept
         */
        void save(RecomputationProgress progress);

        /** @return the progress of the last recomputation, empty if there was none */
        Optional<RecomputationProgress> last();
    }

    /** In memory: for tests and the preview. Thread-safe. */
    public static final class InMemory implements Store {
        private volatile RecomputationProgress last;

        @Override
        public void save(RecomputationProgress progress) {
            last = Objects.requireNonNull(progress, "progress");
        }

        @Override
        public Optional<RecomputationProgress> last() {
            return Optional.ofNullable(last);
        }
    }
}
