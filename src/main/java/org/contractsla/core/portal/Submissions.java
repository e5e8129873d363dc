package org.contractsla.core.portal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Port: each form sent once. A form carries a token made when it was shown; a second send of the same token (a
 * double click, a reload of the answer) gets the request the first one created instead of a second request.
 */
public interface Submissions {

    /**
     * @param token  the form's token, not null
     * @param create creates the request; called at most once per token
     * @return the request created for that token, now or before
     */
    SubmittingRequests.Created once(String token, Supplier<SubmittingRequests.Created> create);

    /** In memory, for one node: a second send waits for the first and gets its request. */
    final class InMemory implements Submissions {
        private final Map<String, FutureTask<SubmittingRequests.Created>> sent = new ConcurrentHashMap<>();

        @Override
        public SubmittingRequests.Created once(String token, Supplier<SubmittingRequests.Created> create) {
            Objects.requireNonNull(token, "token");
            FutureTask<SubmittingRequests.Created> mine = new FutureTask<>(create::get);
            FutureTask<SubmittingRequests.Created> first = sent.putIfAbsent(token, mine);
            if (first == null) {
                mine.run();
                first = mine;
            }
            try {
                return first.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the request was created", e);
            } catch (ExecutionException e) {
                sent.remove(token, first); // it failed: the form may be sent again
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
