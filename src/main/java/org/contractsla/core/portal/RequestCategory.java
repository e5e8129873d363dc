package org.contractsla.core.portal;

import static org.contractsla.core.portal.FormField.ACTUAL;
import static org.contractsla.core.portal.FormField.CIRCUMSTANCES;
import static org.contractsla.core.portal.FormField.CONTACT;
import static org.contractsla.core.portal.FormField.CUSTOMER_NUMBER;
import static org.contractsla.core.portal.FormField.DESCRIPTION;
import static org.contractsla.core.portal.FormField.DEVICE_IDS;
import static org.contractsla.core.portal.FormField.DOING;
import static org.contractsla.core.portal.FormField.ENVIRONMENT;
import static org.contractsla.core.portal.FormField.ERROR_MESSAGE;
import static org.contractsla.core.portal.FormField.EXPECTED;
import static org.contractsla.core.portal.FormField.HARDWARE;
import static org.contractsla.core.portal.FormField.IMPACT;
import static org.contractsla.core.portal.FormField.LICENCE_ID;
import static org.contractsla.core.portal.FormField.PLATFORM;
import static org.contractsla.core.portal.FormField.PRODUCT;
import static org.contractsla.core.portal.FormField.S1_EARLIER_STATE_AVOIDS;
import static org.contractsla.core.portal.FormField.S1_OPERATION_IMPOSSIBLE;
import static org.contractsla.core.portal.FormField.STEPS;
import static org.contractsla.core.portal.FormField.SUMMARY;
import static org.contractsla.core.portal.FormField.VERSION;
import static org.contractsla.core.portal.FormField.WORKAROUND;

import java.util.List;
import java.util.Set;

/**
 * What a customer asks for, chosen first on the request form (domain spec §4): each category asks for the fields
 * support needs for it, some of them required. Names and descriptions are message keys
 * ({@code portal.category.<id>.name}, {@code .description}).
 */
public enum RequestCategory {
    INCIDENT("incident", List.of(SUMMARY, CUSTOMER_NUMBER, CONTACT, PRODUCT, VERSION, PLATFORM, HARDWARE, ENVIRONMENT,
            LICENCE_ID, DEVICE_IDS, ERROR_MESSAGE, DOING, STEPS, EXPECTED, ACTUAL, CIRCUMSTANCES, IMPACT, WORKAROUND,
            S1_OPERATION_IMPOSSIBLE, S1_EARLIER_STATE_AVOIDS),
            Set.of(SUMMARY, CUSTOMER_NUMBER, PRODUCT, VERSION, ENVIRONMENT, DOING, ACTUAL, IMPACT, WORKAROUND)),
    USAGE_QUESTION("usage-question", List.of(SUMMARY, CUSTOMER_NUMBER, CONTACT, PRODUCT, VERSION, PLATFORM,
            DESCRIPTION), Set.of(SUMMARY, CUSTOMER_NUMBER, PRODUCT, DESCRIPTION)),
    ORDER_CHANGE("order-change", List.of(SUMMARY, CUSTOMER_NUMBER, CONTACT, PRODUCT, LICENCE_ID, DESCRIPTION),
            Set.of(SUMMARY, CUSTOMER_NUMBER, DESCRIPTION)),
    FEATURE_REQUEST("feature-request", List.of(SUMMARY, CUSTOMER_NUMBER, CONTACT, PRODUCT, VERSION, DESCRIPTION,
            EXPECTED), Set.of(SUMMARY, CUSTOMER_NUMBER, PRODUCT, DESCRIPTION));

    private final String id;
    private final List<FormField> fields;
    private final Set<FormField> required;

    RequestCategory(String id, List<FormField> fields, Set<FormField> required) {
        this.id = id;
        this.fields = fields;
        this.required = required;
    }

    /** @return the id the form sends and the entitlement check reads */
    public String id() {
        return id;
    }

    /** @return its fields, in the form's order */
    public List<FormField> fields() {
        return fields;
    }

    /** @return whether the field must be answered (the S1 checklist: when S1 is suggested, see {@link RequestForm}) */
    public boolean requires(FormField field) {
        return required.contains(field);
    }

    public String nameKey() {
        return "portal.category." + id + ".name";
    }

    public String descriptionKey() {
        return "portal.category." + id + ".description";
    }

    /** @return the category with that id, or null */
    public static RequestCategory byId(String id) {
        for (RequestCategory c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        return null;
    }
}
