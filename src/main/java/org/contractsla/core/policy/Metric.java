package org.contractsla.core.policy;

import java.util.Locale;

/** What an SLA clock measures (domain spec §3.1). */
public enum Metric {
    /** receipt until the first public reply by support */
    FIRST_RESPONSE("firstResponse"),
    /** receipt until resolution */
    RESOLUTION("resolution"),
    /** longest allowed gap between public updates while the request is open */
    UPDATE_INTERVAL("updateInterval");

    private final String id;

    Metric(String id) {
        this.id = id;
    }

    /** @return the id used in the configuration format ({@code firstResponse} …) */
    public String id() {
        return id;
    }

    /** @return the metric with that configuration id, if any */
    public static java.util.Optional<Metric> byId(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /** @return the message key of the metric's name */
    public String nameKey() {
        return "metric." + id.toLowerCase(Locale.ROOT) + ".name";
    }
}
