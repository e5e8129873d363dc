package org.contractsla.jira.web;

/** One request category on the portal's first step. Immutable; getters allowlisted. */
public final class CategoryView {
    private final String id;
    private final String name;
    private final String description;
    private final boolean selected;

    CategoryView(String id, String name, String description, boolean selected) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.selected = selected;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean getSelected() {
        return selected;
    }
}
