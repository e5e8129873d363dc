package org.contractsla.core.entitlement;

import java.util.Objects;
import org.contractsla.core.Reason;

/** One thing a rule found: a reason, and whether it blocks, warns or only informs. Immutable. */
public final class Finding {

    /** How a finding weighs on the decision. */
    public enum Effect {
        /** the request is not entitled */
        BLOCKS,
        /** entitled, but someone should know */
        WARNS,
        /** worth telling, changes nothing */
        INFORMS
    }

    private final Effect effect;
    private final Reason reason;

    private Finding(Effect effect, Reason reason) {
        this.effect = effect;
        this.reason = reason;
    }

    /** @return a finding that blocks, with that message key and arguments */
    public static Finding blocks(String key, Object... args) {
        return new Finding(Effect.BLOCKS, Reason.of(key, args));
    }

    /** @return a finding that warns */
    public static Finding warns(String key, Object... args) {
        return new Finding(Effect.WARNS, Reason.of(key, args));
    }

    /** @return a finding that informs */
    public static Finding informs(String key, Object... args) {
        return new Finding(Effect.INFORMS, Reason.of(key, args));
    }

    /** @return a finding with that effect and an existing reason */
    public static Finding of(Effect effect, Reason reason) {
        return new Finding(Objects.requireNonNull(effect, "effect"), Objects.requireNonNull(reason, "reason"));
    }

    /** @return the effect, not null */
    public Effect effect() {
        return effect;
    }

    /** @return the reason, not null */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding && ((Finding) o).effect == effect && ((Finding) o).reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(effect, reason);
    }

    @Override
    public String toString() {
        return effect + " " + reason;
    }
}
