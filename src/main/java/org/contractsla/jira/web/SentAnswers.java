package org.contractsla.jira.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The portal's answers to sent forms, kept for the page the browser is sent to after its POST, so that a reload or
 * the back button shows the answer again instead of sending the form a second time. Each answer is found by a token
 * no one can guess, and only by the customer it was given to; it is kept an hour, on this node, as the forms'
 * answers are (Data Center keeps a customer on one node), and at most {@link #MOST} of them. Thread-safe.
 */
final class SentAnswers {

    /** how long an answer is kept */
    static final Duration KEPT = Duration.ofHours(1);
    /** how many answers are kept at most; the oldest go first */
    static final int MOST = 1_000;

    private record Kept(String customerKey, PortalView view, Instant until) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** by token, oldest first */
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    SentAnswers(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param customerKey the customer the answer was given to, not null
     * @param view        the answer's page, not changed afterwards
     * @return the token that finds it again
     */
    synchronized String keep(String customerKey, PortalView view) {
        Instant now = clock.instant();
        dropExpired(now);
        if (kept.size() >= MOST) {
            Iterator<String> oldest = kept.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        kept.put(token, new Kept(Objects.requireNonNull(customerKey, "customerKey"), Objects.requireNonNull(view,
                "view"), now.plus(KEPT)));
        return token;
    }

    /**
     * @return the answer kept under that token for that customer; empty if there is none, it expired, or it was given
     *         to someone else (who learns nothing of it)
     */
    synchronized Optional<PortalView> find(String customerKey, String token) {
        dropExpired(clock.instant());
        Kept k = token == null ? null : kept.get(token);
        return k != null && k.customerKey().equals(customerKey) ? Optional.of(k.view()) : Optional.empty();
    }

    private void dropExpired(Instant now) {
        Iterator<Kept> oldestFirst = kept.values().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().until().isAfter(now)) {
            oldestFirst.remove();
        }
    }
}
