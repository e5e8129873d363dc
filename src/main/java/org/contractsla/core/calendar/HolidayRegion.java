package org.contractsla.core.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/**
 * Where public holidays come from: a country (ISO 3166-1 alpha-2, e.g. {@code DE}) and optionally a
 * subdivision (e.g. {@code by} for Bavaria). Immutable and thread-safe.
 */
public final class HolidayRegion {

    private final String country;
    private final String subdivision;

    private HolidayRegion(String country, String subdivision) {
        this.country = country;
        this.subdivision = subdivision;
    }

    /**
     * @param country two-letter country code, not null
     * @return the whole country
     */
    public static HolidayRegion country(String country) {
        return of(country, null);
    }

    /**
     * @param country     two-letter country code, not null
     * @param subdivision subdivision code as the holiday library names it, or null for the whole country
     * @return the region
     * @throws DomainException {@code calendar.error.country.format} if the country code is not two letters
     */
    public static HolidayRegion of(String country, String subdivision) {
        Objects.requireNonNull(country, "country");
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new DomainException("calendar.error.country.format", country);
        }
        String s = subdivision == null || subdivision.isBlank() ? null : subdivision.trim().toLowerCase(Locale.ROOT);
        return new HolidayRegion(c, s);
    }

    /** @return the upper-case country code, not null */
    public String country() {
        return country;
    }

    /** @return the lower-case subdivision code, if any */
    public Optional<String> subdivision() {
        return Optional.ofNullable(subdivision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayRegion && ((HolidayRegion) o).country.equals(country)
                && Objects.equals(((HolidayRegion) o).subdivision, subdivision);
    }

    @Override
    public int hashCode() {
        return country.hashCode() * 31 + Objects.hashCode(subdivision);
    }

    /** @return {@code DE} or {@code DE-by} */
    @Override
    public String toString() {
        return subdivision == null ? country : country + "-" + subdivision;
    }
}
