package org.contractsla.core.policy;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/** How many requests a contract may open per period, or no limit. Immutable. */
public final class CaseQuota {

    private static final CaseQuota UNLIMITED = new CaseQuota(0, null);

    private final int cases;
    private final QuotaPeriod period;

    private CaseQuota(int cases, QuotaPeriod period) {
        this.cases = cases;
        this.period = period;
    }

    /** @return no limit */
    public static CaseQuota unlimited() {
        return UNLIMITED;
    }

    /**
     * @param cases  requests per period, 1 to 100 000
     * @param period the period, not null
     * @return the quota
     * @throws DomainException {@code plan.error.quota.range}
     */
    public static CaseQuota of(int cases, QuotaPeriod period) {
        if (cases < 1 || cases > 100_000) {
            throw new DomainException("plan.error.quota.range", cases);
        }
        return new CaseQuota(cases, Objects.requireNonNull(period, "period"));
    }

    /** @return whether there is no limit */
    public boolean isUnlimited() {
        return period == null;
    }

    /** @return requests per period; 0 when unlimited */
    public int cases() {
        return cases;
    }

    /** @return the period, empty when unlimited */
    public Optional<QuotaPeriod> period() {
        return Optional.ofNullable(period);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseQuota && ((CaseQuota) o).cases == cases && ((CaseQuota) o).period == period;
    }

    @Override
    public int hashCode() {
        return Objects.hash(cases, period);
    }

    @Override
    public String toString() {
        return isUnlimited() ? "unlimited" : cases + "/" + period.id();
    }
}
