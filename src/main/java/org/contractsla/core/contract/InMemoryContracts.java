package org.contractsla.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.contractsla.core.DomainException;

/** Contracts and organizations held in memory, for tests, the simulator and the offline preview. Thread-safe. */
public final class InMemoryContracts implements Contracts {

    private TreeMap<String, Contract> byNumber = new TreeMap<>();
    private TreeMap<String, Organization> organizations = new TreeMap<>();

    @Override
    public synchronized Optional<Contract> byCustomerNumber(String customerNumber) {
        return Optional.ofNullable(byNumber.get(customerNumber));
    }

    @Override
    public List<Contract> byContact(String userKey) {
        return matching(c -> c.authorizes(userKey));
    }

    @Override
    public List<Contract> awaiting(String address) {
        return matching(c -> c.awaits(address));
    }

    @Override
    public synchronized boolean update(String customerNumber, java.util.function.UnaryOperator<Contract> change) {
        Contract c = byNumber.get(customerNumber);
        if (c == null) {
            return false;
        }
        Contract changed = change.apply(c);
        if (!changed.customerNumber().equals(customerNumber)) {
            throw new IllegalArgumentException("an update keeps the customer number");
        }
        requireOrganization(organizations, changed);
        byNumber.put(customerNumber, changed);
        return true;
    }

    @Override
    public synchronized boolean resolveContact(String customerNumber, String address, String userKey) {
        Contract c = byNumber.get(customerNumber);
        if (c == null || !c.awaits(address)) {
            return false;
        }
        byNumber.put(customerNumber, c.withContact(Contact.resolved(address, userKey)));
        return true;
    }

    @Override
    public List<Contract> byOrganization(String organizationId) {
        return matching(c -> c.organizationId().equals(organizationId));
    }

    @Override
    public int countByPlan(String planId) {
        return matching(c -> c.planId().equals(planId)).size();
    }

    @Override
    public int countByOrganization(String organizationId) {
        return byOrganization(organizationId).size();
    }

    @Override
    public Page<Contract> search(String text, int offset, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Page.of(matching(c -> c.matches(text) || !t.isEmpty() && nameContains(c.organizationId(), t)), offset,
                limit);
    }

    private synchronized boolean nameContains(String organizationId, String lowerText) {
        Organization o = organizations.get(organizationId);
        return o != null && o.name().toLowerCase(Locale.ROOT).contains(lowerText);
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
        requireOrganization(organizations, contract);
        byNumber.put(contract.customerNumber(), contract);
    }

    @Override
    public synchronized void replace(Contract contract) {
        if (!byNumber.containsKey(contract.customerNumber())) {
            throw new DomainException("contract.error.notFound", contract.customerNumber());
        }
        requireOrganization(organizations, contract);
        byNumber.put(contract.customerNumber(), contract);
    }

    @Override
    public synchronized boolean remove(String customerNumber) {
        return byNumber.remove(customerNumber) != null;
    }

    @Override
    public synchronized Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public synchronized List<Organization> organizations() {
        return new ArrayList<>(organizations.values());
    }

    @Override
    public synchronized void putOrganization(Organization organization) {
        organizations.put(organization.id(), organization);
    }

    @Override
    public synchronized boolean removeOrganization(String id) {
        long using = byNumber.values().stream().filter(c -> c.organizationId().equals(id)).count();
        if (using > 0) {
            throw new DomainException("organization.error.inUse", id, using);
        }
        return organizations.remove(id) != null;
    }

    @Override
    public synchronized void replaceAll(List<Organization> newOrganizations, List<Contract> contracts) {
        TreeMap<String, Organization> orgs = new TreeMap<>();
        for (Organization o : newOrganizations) {
            if (orgs.put(o.id(), o) != null) {
                throw new DomainException("organization.error.id.taken", o.id());
            }
        }
        TreeMap<String, Contract> next = new TreeMap<>();
        for (Contract c : contracts) {
            if (next.put(c.customerNumber(), c) != null) {
                throw new DomainException("contract.error.customerNumber.taken", c.customerNumber());
            }
            requireOrganization(orgs, c);
        }
        organizations = orgs;
        byNumber = next;
    }

    private static void requireOrganization(TreeMap<String, Organization> organizations, Contract c) {
        if (!organizations.containsKey(c.organizationId())) {
            throw new DomainException("contract.error.organization.unknown", c.organizationId());
        }
    }
}
