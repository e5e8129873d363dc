package org.contractsla.core.severity;

import java.util.Locale;
import org.contractsla.core.EnumIds;

/**
 * The four severity levels, S1 the most urgent. Default names and definitions live in i18n under
 * {@code severity.s1.name}, {@code severity.s1.definition} and so on; plans may override them.
 */
public enum Severity {
    S1, S2, S3, S4;

    /** @return the message key of the level's default name (Critical / Kritisch …) */
    public String nameKey() {
        return "severity." + name().toLowerCase(Locale.ROOT) + ".name";
    }

    /** @return the message key of the level's default definition */
    public String definitionKey() {
        return "severity." + name().toLowerCase(Locale.ROOT) + ".definition";
    }

    /** @return true if this level is more urgent than the other (S1 is more urgent than S2) */
    public boolean moreUrgentThan(Severity other) {
        return ordinal() < other.ordinal();
    }

    /**
     * @param text {@code S1}…{@code S4} in any case, as every other choice is read ({@link EnumIds#byId}), not null
     * @return the level
     * @throws org.contractsla.core.DomainException {@code severity.error.unknown} for anything else
     */
    public static Severity parse(String text) {
        return EnumIds.byId(Severity.class, java.util.Objects.requireNonNull(text, "text"))
                .orElseThrow(() -> new org.contractsla.core.DomainException("severity.error.unknown", text));
    }
}
