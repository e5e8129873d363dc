package org.contractsla.jira.web;

/** A file the customer attached to the portal's form. Immutable; its getters are allowlisted. */
public final class FileView {
    private final String id;
    private final String name;
    private final String size;
    private final String removeLabel;

    FileView(String id, String name, String size, String removeLabel) {
        this.id = id;
        this.name = name;
        this.size = size;
        this.removeLabel = removeLabel;
    }

    /** @return what a screen reader says for the button that takes it off the form: the file named */
    public String getRemoveLabel() {
        return removeLabel;
    }

    /** @return what the form sends to remove it */
    public String getId() {
        return id;
    }

    /** @return its name */
    public String getName() {
        return name;
    }

    /** @return its size, in the customer's language */
    public String getSize() {
        return size;
    }
}
