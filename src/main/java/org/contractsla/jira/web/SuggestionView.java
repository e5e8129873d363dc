package org.contractsla.jira.web;

/** One answer pair of the impact questions and the severity it suggests. Immutable; getters allowlisted. */
public final class SuggestionView {
    private final String impact;
    private final String workaround;
    private final String level;
    private final String text;

    SuggestionView(String impact, String workaround, String level, String text) {
        this.impact = impact;
        this.workaround = workaround;
        this.level = level;
        this.text = text;
    }

    public String getImpact() {
        return impact;
    }

    public String getWorkaround() {
        return workaround;
    }

    /** @return S1 to S4 */
    public String getLevel() {
        return level;
    }

    /** @return the suggestion with the level's definition, in the customer's language */
    public String getText() {
        return text;
    }
}
