package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.config.ContractJson;
import org.contractsla.config.Json;
import org.contractsla.core.DomainException;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.contract.Page;
import org.contractsla.jira.store.StoreCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contracts in Active Objects: one {@link ContractEntity} per contract (its document plus indexed keys), one
 * {@link ContactEntity} per authorized contact, and one {@link OrganizationEntity} per organization. Writes run in
 * one transaction under a cluster lock, so customer numbers and organization ids stay unique across the cluster, a
 * contract is never stored for an organization that is not (or is being deleted), and a failed write changes
 * nothing.
 */
@Named
public class ActiveObjectsContracts implements Contracts {

    static final String LOCK = "org.contractsla.contract-sla.contracts";

    private static final Logger LOG = LoggerFactory.getLogger(ActiveObjectsContracts.class);

    /** How long a write waits for the contracts' cluster lock before it answers "try again". */
    static final long LOCK_WAIT_SECONDS = 10;

    /** Contracts read leniently whose notes this node has logged. */
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final ActiveObjects ao;
    private final ClusterLockService locks;
    private final ContractJson json = new ContractJson();

    @Inject
    public ActiveObjectsContracts(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService locks) {
        this.ao = ao;
        this.locks = locks;
    }

    @Override
    public Optional<Contract> byCustomerNumber(String customerNumber) {
        return StoreCalls.guarded("read a contract", () -> {
            ContractEntity[] rows = ao.find(ContractEntity.class, eq(ContractEntity.CUSTOMER_NUMBER), customerNumber);
            return rows.length == 0 ? Optional.<Contract>empty() : Optional.of(read(rows[0]));
        });
    }

    @Override
    public List<Contract> byContact(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return List.of();
        }
        return contactRows(userKey, c -> c.authorizes(userKey));
    }

    @Override
    public List<Contract> awaiting(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return contactRows(address.trim().toLowerCase(Locale.ROOT), c -> c.awaits(address));
    }

    /** The contracts with a contact row of that value (a user key, a matched key or an address) that pass. */
    private List<Contract> contactRows(String value, java.util.function.Predicate<Contract> test) {
        return StoreCalls.guarded("read contracts", () -> {
            Map<String, Contract> found = new java.util.TreeMap<>();
            for (ContactEntity contact : ao.find(ContactEntity.class, eq(ContactEntity.CONTACT_KEY), value)) {
                byCustomerNumber(contact.getCustomerNumber()).filter(test)
                        .ifPresent(c -> found.put(c.customerNumber(), c));
            }
            return new ArrayList<>(found.values());
        });
    }

    @Override
    public boolean update(String customerNumber, java.util.function.UnaryOperator<Contract> change) {
        RuntimeException[] fault = {null}; // the caller's, not the store's: reaches the caller as it is
        boolean found = write(() -> {
            ContractEntity[] rows = ao.find(ContractEntity.class, eq(ContractEntity.CUSTOMER_NUMBER), customerNumber);
            if (rows.length == 0) {
                return false;
            }
            Contract changed;
            try {
                changed = change.apply(read(rows[0]));
                if (!changed.customerNumber().equals(customerNumber)) {
                    throw new IllegalArgumentException("an update keeps the customer number");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                fault[0] = e;
                return true; // nothing written
            }
            requireOrganization(changed);
            delete(customerNumber);
            insert(changed);
            return true;
        });
        if (fault[0] != null) {
            throw fault[0];
        }
        return found;
    }

    @Override
    public boolean resolveContact(String customerNumber, String address, String userKey) {
        return write(() -> {
            ContractEntity[] rows = ao.find(ContractEntity.class, eq(ContractEntity.CUSTOMER_NUMBER), customerNumber);
            if (rows.length == 0) {
                return false;
            }
            Contract stored = read(rows[0]);
            if (!stored.awaits(address)) { // gone, or matched meanwhile: the first match stays
                return false;
            }
            delete(customerNumber);
            insert(stored.withContact(Contact.resolved(address, userKey)));
            return true;
        });
    }

    @Override
    public List<Contract> byOrganization(String organizationId) {
        return StoreCalls.guarded("read contracts", () -> {
            List<Contract> found = sorted(ao.find(ContractEntity.class, eq(ContractEntity.ORGANIZATION_KEY),
                    organizationId));
            found.removeIf(c -> !c.organizationId().equals(organizationId)); // exact, whatever the collation
            return found;
        });
    }

    @Override
    public int countByOrganization(String organizationId) {
        return StoreCalls.guarded("count contracts",
                () -> ao.count(ContractEntity.class, eq(ContractEntity.ORGANIZATION_KEY), organizationId));
    }

    @Override
    public int countByPlan(String planId) {
        return StoreCalls.guarded("count contracts",
                () -> ao.count(ContractEntity.class, eq(ContractEntity.PLAN_ID), planId));
    }

    /**
     * Filters on the stored keys (customer number, organization, contacts) and reads only the contracts of
     * the page, so a search stays cheap with thousands of contracts.
     */
    @Override
    public Page<Contract> search(String text, int offset, int limit) {
        return StoreCalls.guarded("search contracts", () -> searchUnguarded(text, offset, limit));
    }

    private Page<Contract> searchUnguarded(String text, int offset, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Map<String, List<String>> contacts = new HashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>(); // organizations whose name matches
        if (!t.isEmpty()) {
            for (ContactEntity c : ao.find(ContactEntity.class)) {
                contacts.computeIfAbsent(c.getCustomerNumber(), k -> new ArrayList<>()).add(c.getContactKey());
            }
            for (OrganizationEntity o : ao.find(OrganizationEntity.class)) {
                if (o.getName().toLowerCase(Locale.ROOT).contains(t)) {
                    named.add(o.getOrganizationId());
                }
            }
        }
        List<ContractEntity> matching = new ArrayList<>();
        for (ContractEntity row : ao.find(ContractEntity.class)) {
            if (t.isEmpty() || row.getCustomerNumber().toLowerCase(Locale.ROOT).contains(t)
                    || row.getOrganizationKey().toLowerCase(Locale.ROOT).contains(t)
                    || named.contains(row.getOrganizationKey())
                    || contacts.getOrDefault(row.getCustomerNumber(), List.of()).stream()
                            .anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(t))) {
                matching.add(row);
            }
        }
        matching.sort(Comparator.comparing(ContractEntity::getCustomerNumber));
        Page<ContractEntity> rows = Page.of(matching, offset, limit);
        List<Contract> items = new ArrayList<>();
        rows.items().forEach(r -> items.add(read(r)));
        return Page.ofSlice(items, offset, rows.total());
    }

    @Override
    public void add(Contract contract) {
        write(() -> {
            if (ao.count(ContractEntity.class, eq(ContractEntity.CUSTOMER_NUMBER), contract.customerNumber()) > 0) {
                throw new DomainException("contract.error.customerNumber.taken", contract.customerNumber());
            }
            requireOrganization(contract);
            insert(contract);
            return null;
        });
    }

    @Override
    public void replace(Contract contract) {
        write(() -> {
            if (!delete(contract.customerNumber())) {
                throw new DomainException("contract.error.notFound", contract.customerNumber());
            }
            requireOrganization(contract);
            insert(contract);
            return null;
        });
    }

    @Override
    public boolean remove(String customerNumber) {
        return write(() -> delete(customerNumber));
    }

    @Override
    public Optional<Organization> organization(String id) {
        return StoreCalls.guarded("read an organization", () -> {
            for (OrganizationEntity row : ao.find(OrganizationEntity.class, eq(OrganizationEntity.ORGANIZATION_ID), id)) {
                if (row.getOrganizationId().equals(id)) { // exact, whatever the database's collation
                    return Optional.of(read(row));
                }
            }
            return Optional.<Organization>empty();
        });
    }

    @Override
    public List<Organization> organizations() {
        return StoreCalls.guarded("read organizations", () -> {
            List<Organization> result = new ArrayList<>();
            for (OrganizationEntity row : ao.find(OrganizationEntity.class)) {
                result.add(read(row));
            }
            result.sort(Comparator.comparing(Organization::id));
            return result;
        });
    }

    @Override
    public void putOrganization(Organization organization) {
        write(() -> {
            ao.delete(ao.find(OrganizationEntity.class, eq(OrganizationEntity.ORGANIZATION_ID), organization.id()));
            insert(organization);
            return null;
        });
    }

    @Override
    public boolean removeOrganization(String id) {
        return write(() -> {
            int using = ao.count(ContractEntity.class, eq(ContractEntity.ORGANIZATION_KEY), id);
            if (using > 0) {
                throw new DomainException("organization.error.inUse", id, using);
            }
            OrganizationEntity[] rows = ao.find(OrganizationEntity.class, eq(OrganizationEntity.ORGANIZATION_ID), id);
            ao.delete(rows);
            return rows.length > 0;
        });
    }

    @Override
    public void replaceAll(List<Organization> organizations, List<Contract> contracts) {
        Map<String, Organization> orgs = new LinkedHashMap<>();
        for (Organization o : organizations) {
            if (orgs.put(o.id(), o) != null) {
                throw new DomainException("organization.error.id.taken", o.id());
            }
        }
        Map<String, Contract> unique = new LinkedHashMap<>();
        for (Contract c : contracts) {
            if (unique.put(c.customerNumber(), c) != null) {
                throw new DomainException("contract.error.customerNumber.taken", c.customerNumber());
            }
            if (!orgs.containsKey(c.organizationId())) {
                throw new DomainException("contract.error.organization.unknown", c.organizationId());
            }
        }
        write(() -> {
            ao.delete(ao.find(ContactEntity.class));
            ao.delete(ao.find(ContractEntity.class));
            ao.delete(ao.find(OrganizationEntity.class));
            orgs.values().forEach(this::insert);
            unique.values().forEach(this::insert);
            return null;
        });
    }

    /** Called inside a write: the organization is read under the same lock that guards its deletion. */
    private void requireOrganization(Contract contract) {
        if (ao.count(OrganizationEntity.class, eq(OrganizationEntity.ORGANIZATION_ID), contract.organizationId()) == 0) {
            throw new DomainException("contract.error.organization.unknown", contract.organizationId());
        }
    }

    private void insert(Organization o) {
        Map<String, Object> row = new HashMap<>();
        row.put(OrganizationEntity.ORGANIZATION_ID, o.id());
        row.put(OrganizationEntity.NAME, o.name());
        row.put(OrganizationEntity.SERVICE_DESK_ID, o.serviceDeskId().orElse(null));
        ao.create(OrganizationEntity.class, row);
    }

    private static Organization read(OrganizationEntity row) {
        return Organization.of(row.getOrganizationId(), row.getName()).linkedTo(row.getServiceDeskId());
    }

    private <T> T write(Supplier<T> change) {
        ClusterLock lock = StoreCalls.guarded("lock the contracts",
                () -> StoreCalls.take(locks.getLockForName(LOCK), LOCK_WAIT_SECONDS, "contracts lock"));
        try {
            return StoreCalls.guarded("write contracts", () -> ao.executeInTransaction(change::get));
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    private void insert(Contract c) {
        Map<String, Object> row = new HashMap<>();
        row.put(ContractEntity.CUSTOMER_NUMBER, c.customerNumber());
        row.put(ContractEntity.ORGANIZATION_KEY, c.organizationId());
        row.put(ContractEntity.PLAN_ID, c.planId());
        row.put(ContractEntity.DOCUMENT, Json.write(json.write(c)));
        ao.create(ContractEntity.class, row);
        for (Contact contact : c.contacts()) {
            Map<String, Object> contactRow = new HashMap<>();
            contactRow.put(ContactEntity.CUSTOMER_NUMBER, c.customerNumber());
            contactRow.put(ContactEntity.CONTACT_KEY, contact.value());
            ao.create(ContactEntity.class, contactRow);
            if (contact.isEmail() && contact.userKey().isPresent()) { // found by the key it was matched to, too
                Map<String, Object> keyRow = new HashMap<>();
                keyRow.put(ContactEntity.CUSTOMER_NUMBER, c.customerNumber());
                keyRow.put(ContactEntity.CONTACT_KEY, contact.userKey().get());
                ao.create(ContactEntity.class, keyRow);
            }
        }
    }

    private boolean delete(String customerNumber) {
        ContractEntity[] rows = ao.find(ContractEntity.class, eq(ContractEntity.CUSTOMER_NUMBER), customerNumber);
        if (rows.length == 0) {
            return false;
        }
        ao.delete(ao.find(ContactEntity.class, eq(ContactEntity.CUSTOMER_NUMBER), customerNumber));
        ao.delete(rows);
        return true;
    }

    private Contract read(ContractEntity row) {
        try {
            org.contractsla.config.Stored<Contract> stored = json.readStored(row.getDocument());
            if (!stored.clean() && warned.add(row.getCustomerNumber())) { // logged once per contract and node
                LOG.warn("Contract {} was stored under older rules: {} value(s) read as before, {} left out ({});"
                        + " saving it again stores it as read", row.getCustomerNumber(), stored.repaired().size(),
                        stored.leftOut().size(), stored.leftOut().stream().map(e -> e.path() + " " + e.key()).toList());
            }
            return stored.value();
        } catch (org.contractsla.config.ConfigException e) {
            throw new StoreCalls.UnreadableDocumentException("stored contract " + row.getCustomerNumber(), e);
        }
    }

    private List<Contract> sorted(ContractEntity[] rows) {
        List<Contract> result = new ArrayList<>();
        for (ContractEntity row : rows) {
            result.add(read(row));
        }
        result.sort(Comparator.comparing(Contract::customerNumber));
        return result;
    }

    /** The keys a reporter's contacts are stored under: the user key as it is, the address in lower case. */
    /** A where clause comparing one column with a parameter; column names quoted, as every database needs. */
    static String eq(String column) {
        return "\"" + column + "\" = ?";
    }
}
