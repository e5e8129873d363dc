package org.contractsla.jira.store;

import java.util.List;
import java.util.Optional;
import javax.inject.Named;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.Page;

/**
 * The app's contracts as a Spring component. Held in memory for now, so they do not survive a restart and
 * are not shared between cluster nodes: the Active Objects store replaces this class behind the same port.
 */
@Named
public class ContractsComponent implements Contracts {

    private final Contracts delegate = new InMemoryContracts();

    @Override
    public Optional<Contract> byCustomerNumber(String customerNumber) {
        return delegate.byCustomerNumber(customerNumber);
    }

    @Override
    public List<Contract> byContact(String userKey, String emailAddress) {
        return delegate.byContact(userKey, emailAddress);
    }

    @Override
    public List<Contract> byOrganization(String organization) {
        return delegate.byOrganization(organization);
    }

    @Override
    public int countByPlan(String planId) {
        return delegate.countByPlan(planId);
    }

    @Override
    public Page<Contract> search(String text, int offset, int limit) {
        return delegate.search(text, offset, limit);
    }

    @Override
    public void add(Contract contract) {
        delegate.add(contract);
    }

    @Override
    public void replace(Contract contract) {
        delegate.replace(contract);
    }

    @Override
    public boolean remove(String customerNumber) {
        return delegate.remove(customerNumber);
    }

    @Override
    public void replaceAll(List<Contract> contracts) {
        delegate.replaceAll(contracts);
    }
}
