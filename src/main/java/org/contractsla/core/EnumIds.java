package org.contractsla.core;

import java.util.Locale;
import java.util.Optional;

/** Enum constants as the configuration format and REST spell them: the name in lower case. */
public final class EnumIds {

    private EnumIds() {
    }

    /** @return the constant's id, e.g. {@code "quarter"} for {@code QUARTER} */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param type the enum type, not null
     * @param id   an id as {@link #id} spells it, in any case ({@code portal}, {@code PORTAL}) and with any
     *             space around it, or null
     * @param <E>  the enum
     * @return the constant with that id, if any
     */
    public static <E extends Enum<E>> Optional<E> byId(Class<E> type, String id) {
        String trimmed = id == null ? null : id.trim();
        for (E e : type.getEnumConstants()) {
            if (id(e).equalsIgnoreCase(trimmed)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return the ids of the type's constants in order, as a list for messages: {@code "portal, email, phone, chat"} */
    public static <E extends Enum<E>> String ids(Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            b.append(b.length() == 0 ? "" : ", ").append(id(e));
        }
        return b.toString();
    }
}
