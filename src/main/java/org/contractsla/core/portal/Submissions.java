package org.contractsla.core.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: each form sent once. A form carries a token made when it was shown; a second send of the same form by the
 * same customer (a double click, a reload of the answer) gets the answer of the first instead of a second request.
 * A token is the customer's own: another customer sending it is a new form.
 */
public interface Submissions {

    /** @return the answer to that customer's form, if it was sent before */
    Optional<SubmittingRequests.Sent> sent(String customerKey, String token);

    /**
     * Claims the form for sending. Claimed forms wait for nobody: the caller that claimed it sends it, a second
     * caller while it is under way gets false and shows the answer once it is {@link #remember remembered}.
     *
     * @return whether this caller may send it
     */
    boolean claim(String customerKey, String token);

    /** Keeps the answer to a sent form: from here on, sending it again answers with this. */
    void remember(String customerKey, String token, SubmittingRequests.Sent sent);

    /** Lets the form be sent again: sending it failed before anything was created. */
    void release(String customerKey, String token);

    /** @return whether that customer's form was sent or is being sent: it takes nothing more */
    default boolean settled(String customerKey, String token) {
        return sent(customerKey, token).isPresent();
    }

    /** In memory, for one node, the latest {@value #KEPT} forms. Thread-safe. */
    final class InMemory implements Submissions {
        /** forms whose answer a reload may still ask for */
        static final int KEPT = 10_000;
        private static final SubmittingRequests.Sent UNDER_WAY = null;

        private final Map<String, Optional<SubmittingRequests.Sent>> forms = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<SubmittingRequests.Sent>> eldest) {
                return size() > KEPT;
            }
        };

        private static String key(String customerKey, String token) {
            return Objects.requireNonNull(customerKey, "customerKey") + "\n" + Objects.requireNonNull(token, "token");
        }

        @Override
        public synchronized Optional<SubmittingRequests.Sent> sent(String customerKey, String token) {
            Optional<SubmittingRequests.Sent> known = forms.get(key(customerKey, token));
            return known == null ? Optional.empty() : known;
        }

        @Override
        public synchronized boolean claim(String customerKey, String token) {
            return forms.putIfAbsent(key(customerKey, token), Optional.ofNullable(UNDER_WAY)) == null;
        }

        @Override
        public synchronized void remember(String customerKey, String token, SubmittingRequests.Sent sent) {
            forms.put(key(customerKey, token), Optional.of(sent));
        }

        @Override
        public synchronized boolean settled(String customerKey, String token) {
            return forms.containsKey(key(customerKey, token));
        }

        @Override
        public synchronized void release(String customerKey, String token) {
            forms.remove(key(customerKey, token));
        }
    }
}
