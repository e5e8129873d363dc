package org.contractsla.jira.web;

/** The contract of a request on the agents' panel. Immutable; its getters are allowlisted. */
public final class ContractView {
    private final String customerNumber;
    private final String organization;
    private final String plan;
    private final String term;
    private final String notInForce;
    private final String quota;

    ContractView(String customerNumber, String organization, String plan, String term, String notInForce,
            String quota) {
        this.customerNumber = customerNumber;
        this.organization = organization;
        this.plan = plan;
        this.term = term;
        this.notInForce = notInForce;
        this.quota = quota;
    }

    /** @return the number the customer quotes */
    public String getCustomerNumber() {
        return customerNumber;
    }

    /** @return the organization's name */
    public String getOrganization() {
        return organization;
    }

    /** @return the plan's id */
    public String getPlan() {
        return plan;
    }

    /** @return its term, first to last day */
    public String getTerm() {
        return term;
    }

    /** @return a warning if it is not in force today, else null */
    public String getNotInForce() {
        return notInForce;
    }

    /** @return the requests left in the current period */
    public String getQuota() {
        return quota;
    }
}
