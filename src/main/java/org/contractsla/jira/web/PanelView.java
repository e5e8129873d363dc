package org.contractsla.jira.web;

import java.util.List;

/** The agents' issue panel of one request, built by {@link AgentPanel}. Immutable; its getters are allowlisted. */
public final class PanelView {
    private final String severity;
    private final String severityName;
    private final String severityDefinition;
    private final String severityNote;
    private final List<String> severityChanges;
    private final ContractView contract;
    private final List<String> notices;
    private final List<ClockView> clocks;
    private final String issueKey;
    private final List<ChoiceView> levels;
    private final List<ChoiceView> environments;
    private final boolean canEdit;

    PanelView(String severity, String severityName, String severityDefinition, String severityNote,
            List<String> severityChanges, ContractView contract, List<String> notices, List<ClockView> clocks,
            String issueKey, List<ChoiceView> levels, List<ChoiceView> environments, boolean canEdit) {
        this.canEdit = canEdit;
        this.issueKey = issueKey;
        this.levels = levels;
        this.environments = environments;
        this.severityChanges = severityChanges;
        this.severity = severity;
        this.severityName = severityName;
        this.severityDefinition = severityDefinition;
        this.severityNote = severityNote;
        this.contract = contract;
        this.notices = notices;
        this.clocks = clocks;
    }

    /** @return the level, {@code S1} … {@code S4} */
    public String getSeverity() {
        return severity;
    }

    /** @return its name in the viewer's language */
    public String getSeverityName() {
        return severityName;
    }

    /** @return its definition in the viewer's language */
    public String getSeverityDefinition() {
        return severityDefinition;
    }

    /** @return a note while the severity is the default, else null */
    public String getSeverityNote() {
        return severityNote;
    }

    /** @return every change of the severity, oldest first: when, from, to, who, why */
    public List<String> getSeverityChanges() {
        return severityChanges;
    }

    /** @return whether the severity was ever set */
    public boolean getHasSeverityChanges() {
        return !severityChanges.isEmpty();
    }

    /** @return the contract, null if the request has none */
    public ContractView getContract() {
        return contract;
    }

    /** @return the entitlement decision's warnings and the notes on how the request is handled */
    public List<String> getNotices() {
        return notices;
    }

    /** @return whether there are notices to show */
    public boolean getHasNotices() {
        return !notices.isEmpty();
    }

    /** @return whether the viewer may set the severity (a licensed user who may edit the issue): the form shows */
    public boolean getCanEdit() {
        return canEdit;
    }

    /** @return the issue's key, for the severity form */
    public String getIssueKey() {
        return issueKey;
    }

    /** @return the severity levels the form offers, the one in force selected */
    public List<ChoiceView> getLevels() {
        return levels;
    }

    /** @return the environments the form offers (production first) */
    public List<ChoiceView> getEnvironments() {
        return environments;
    }

    /** @return the clocks of the metrics the plan sets goals for, in the order of the metrics */
    public List<ClockView> getClocks() {
        return clocks;
    }
}
