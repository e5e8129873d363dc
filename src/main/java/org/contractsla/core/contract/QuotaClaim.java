package org.contractsla.core.contract;

/**
 * The ledger's answer to a request for a unit of quota: whether the request holds one now, and how many
 * units of the window are used afterwards. Immutable.
 */
public final class QuotaClaim {

    private final boolean granted;
    private final int used;
    private final int limit;

    private QuotaClaim(boolean granted, int used, int limit) {
        this.granted = granted;
        this.used = used;
        this.limit = limit;
    }

    /** @return a claim the request holds (new or from before); {@code used} counts it */
    public static QuotaClaim granted(int used, int limit) {
        return new QuotaClaim(true, used, limit);
    }

    /** @return a refused claim: all {@code limit} units were taken */
    public static QuotaClaim refused(int used, int limit) {
        return new QuotaClaim(false, used, limit);
    }

    /** @return whether the request holds a unit */
    public boolean isGranted() {
        return granted;
    }

    /** @return units of the window in use afterwards */
    public int used() {
        return used;
    }

    /** @return units the window has */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return (granted ? "granted " : "refused ") + used + "/" + limit;
    }
}
