package org.contractsla.jira.web;

/** One option of a select on the agents' panel. Immutable; its getters are allowlisted. */
public final class ChoiceView {
    private final String value;
    private final String label;
    private final boolean selected;

    ChoiceView(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    /** @return what the form sends */
    public String getValue() {
        return value;
    }

    /** @return what the agent reads, in their language */
    public String getLabel() {
        return label;
    }

    /** @return whether it is the one in force */
    public boolean getSelected() {
        return selected;
    }
}
