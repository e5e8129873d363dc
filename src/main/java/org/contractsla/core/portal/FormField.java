package org.contractsla.core.portal;

import java.util.List;

/**
 * A field of the customers' request form (domain spec §4): what support needs to know, each with its kind and
 * longest answer. Labels and help are message keys ({@code portal.field.<id>.label}, {@code .help}).
 */
public enum FormField {
    SUMMARY("summary", Kind.LINE, 255),
    CUSTOMER_NUMBER("customerNumber", Kind.LINE, 64),
    CONTACT("contact", Kind.LINE, 255),
    PRODUCT("product", Kind.LINE, 255),
    VERSION("version", Kind.LINE, 255),
    PLATFORM("platform", Kind.LINE, 255),
    HARDWARE("hardware", Kind.LINE, 255),
    ENVIRONMENT("environment", Kind.CHOICE, 16),
    LICENCE_ID("licenceId", Kind.LINE, 255),
    DEVICE_IDS("deviceIds", Kind.LINE, 1000),
    ERROR_MESSAGE("errorMessage", Kind.TEXT, 4000),
    DOING("doing", Kind.TEXT, 4000),
    STEPS("steps", Kind.TEXT, 4000),
    EXPECTED("expected", Kind.TEXT, 4000),
    ACTUAL("actual", Kind.TEXT, 4000),
    CIRCUMSTANCES("circumstances", Kind.TEXT, 4000),
    DESCRIPTION("description", Kind.TEXT, 8000),
    IMPACT("impact", Kind.CHOICE, 16),
    WORKAROUND("workaround", Kind.CHOICE, 8),
    S1_OPERATION_IMPOSSIBLE("operationImpossibleWithoutFix", Kind.CHOICE, 8),
    S1_EARLIER_STATE_AVOIDS("earlierStateAvoidsProblem", Kind.CHOICE, 8);

    /** How the field is answered. */
    public enum Kind {
        /** one line of text */
        LINE,
        /** several lines */
        TEXT,
        /** one of {@link FormField#choices()} */
        CHOICE
    }

    private final String id;
    private final Kind kind;
    private final int maxLength;

    FormField(String id, Kind kind, int maxLength) {
        this.id = id;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    /** @return the name the form sends it under */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** @return the longest answer taken, in characters */
    public int maxLength() {
        return maxLength;
    }

    /** @return the answers a choice takes (message keys {@code portal.field.<id>.<choice>}); empty for text */
    public List<String> choices() {
        return switch (this) {
            case ENVIRONMENT -> List.of("production", "test", "installation");
            case IMPACT -> List.of(Impact.STOPPED.id(), Impact.IMPAIRED.id(), Impact.PARTIAL.id(), Impact.MINOR.id());
            case WORKAROUND, S1_OPERATION_IMPOSSIBLE, S1_EARLIER_STATE_AVOIDS -> List.of("yes", "no");
            default -> List.of();
        };
    }

    /** @return the label's message key */
    public String labelKey() {
        return "portal.field." + id + ".label";
    }

    /** @return the help text's message key */
    public String helpKey() {
        return "portal.field." + id + ".help";
    }

    /** @return the field sent under that name, or null */
    public static FormField byId(String id) {
        for (FormField f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    /** How badly the customer's work is hit, as the form asks it: the ground of the suggested severity. */
    public enum Impact {
        /** production has stopped */
        STOPPED("stopped"),
        /** important functions are badly impaired */
        IMPAIRED("impaired"),
        /** part of a function is lost */
        PARTIAL("partial"),
        /** few users, or a question */
        MINOR("minor");

        private final String id;

        Impact(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Impact byId(String id) {
            for (Impact i : values()) {
                if (i.id.equals(id)) {
                    return i;
                }
            }
            return null;
        }
    }
}
