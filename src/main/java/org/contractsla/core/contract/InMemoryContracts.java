package org.contractsla.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.contractsla.core.DomainException;

/** Contracts held in memory, for tests, the simulator and the offline preview. Thread-safe. */
public final class InMemoryContracts implements Contracts {

    private TreeMap<String, Contract> byNumber = new TreeMap<>();

    @Override
    public synchronized Optional<Contract> byCustomerNumber(String customerNumber) {
        return Optional.ofNullable(byNumber.get(customerNumber));
    }

    @Override
    public List<Contract> byContact(String userKey, String emailAddress) {
        return matching(c -> c.authorizes(userKey, emailAddress));
    }

    @Override
    public List<Contract> byOrganization(String organization) {
        return matching(c -> c.organization().equalsIgnoreCase(organization.trim()));
    }

    @Override
    public int countByPlan(String planId) {
        return matching(c -> c.planId().equals(planId)).size();
    }

    @Override
    public Page<Contract> search(String text, int offset, int limit) {
        return Page.of(matching(c -> c.matches(text)), offset, limit);
    }

    private synchronized List<Contract> matching(Predicate<Contract> p) {
        List<Contract> result = new ArrayList<>();
        for (Contract c : byNumber.values()) {
            if (p.test(c)) {
                result.add(c);
            }
        }
        return result;
    }

    @Override
    public synchronized void add(Contract contract) {
        if (byNumber.containsKey(contract.customerNumber())) {
            throw new DomainException("contract.error.customerNumber.taken", contract.customerNumber());
        }
        byNumber.put(contract.customerNumber(), contract);
    }

    @Override
    public synchronized void replace(Contract contract) {
        if (!byNumber.containsKey(contract.customerNumber())) {
            throw new DomainException("contract.error.notFound", contract.customerNumber());
        }
        byNumber.put(contract.customerNumber(), contract);
    }

    @Override
    public synchronized boolean remove(String customerNumber) {
        return byNumber.remove(customerNumber) != null;
    }

    @Override
    public synchronized void replaceAll(List<Contract> contracts) {
        TreeMap<String, Contract> next = new TreeMap<>();
        for (Contract c : contracts) {
            if (next.put(c.customerNumber(), c) != null) {
                throw new DomainException("contract.error.customerNumber.taken", c.customerNumber());
            }
        }
        byNumber = next;
    }
}
