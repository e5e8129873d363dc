package org.contractsla.jira.web;

import java.util.List;

/** One field of the customers' request form, as the portal's template shows it. Immutable; getters allowlisted. */
public final class FieldView {
    private final String name;
    private final String kind;
    private final String label;
    private final String help;
    private final String value;
    private final boolean required;
    private final String error;
    private final int maxLength;
    private final List<ChoiceView> choices;
    private final boolean checklist;

    FieldView(String name, String kind, String label, String help, String value, boolean required, String error,
            int maxLength, List<ChoiceView> choices, boolean checklist) {
        this.name = name;
        this.kind = kind;
        this.label = label;
        this.help = help;
        this.value = value;
        this.required = required;
        this.error = error;
        this.maxLength = maxLength;
        this.choices = List.copyOf(choices);
        this.checklist = checklist;
    }

    /** @return the name the form sends it under */
    public String getName() {
        return name;
    }

    /** @return {@code line}, {@code text} or {@code choice} */
    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    /** @return what the field asks for, in the customer's language; empty if nothing to add */
    public String getHelp() {
        return help;
    }

    /** @return what was typed, kept through errors and language switches; empty if nothing */
    public String getValue() {
        return value;
    }

    public boolean getRequired() {
        return required;
    }

    /** @return what is wrong with it, in the customer's language; empty if nothing */
    public String getError() {
        return error;
    }

    public boolean getHasError() {
        return !error.isEmpty();
    }

    public int getMaxLength() {
        return maxLength;
    }

    /** @return the options of a choice, the one typed selected; empty for text */
    public List<ChoiceView> getChoices() {
        return choices;
    }

    /** @return whether it belongs to the S1 checklist, shown when the answers suggest S1 */
    public boolean getChecklist() {
        return checklist;
    }
}
