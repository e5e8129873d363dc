package org.contractsla.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.ContractStatus;
import org.contractsla.core.contract.Organization;

/**
 * Contracts in JSON (docs/config-format.md, "Contracts"): one contract or organization as an object, or a document
 * {@code {"schemaVersion":2,"organizations":[…],"contracts":[…]}}. A document of version 1, whose contracts named
 * their organization by name, is read with one organization per name ({@link LegacyOrganizations}). Every problem
 * is a {@link ConfigException} naming the field. Thread-safe.
 */
public final class ContractJson {

    /** The version of the contracts document this code writes; it reads this one and version 1. */
    public static final int SCHEMA_VERSION = 2;

    /** A contracts document: organizations, and contracts each of one of them. */
    public record Document(List<Organization> organizations, List<Contract> contracts) {

        /** @param organizations organizations, ids unique; @param contracts contracts, numbers unique */
        public Document {
            organizations = List.copyOf(organizations);
            contracts = List.copyOf(contracts);
        }
    }

    private static final Set<String> FIELDS = Set.of("customerNumber", "organization", "plan", "start", "termMonths",
            "end", "status", "licenceIds", "contacts", "zone", "holidays", "notes");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("id", "name", "serviceDeskId");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PublicHolidays known;

    /** Checks holiday regions for their format only: for contracts already stored. */
    public ContractJson() {
        this(null);
    }

    /**
     * @param known where public holidays come from: a contract naming a region it has no holidays for is
     *              refused; null to check the format only
     */
    public ContractJson(PublicHolidays known) {
        this.known = known;
    }

    /**
     * @param json a contracts document, of version 1 or 2
     * @return its organizations and contracts: ids and customer numbers unique, every contract of one of the
     *         organizations
     * @throws ConfigException naming the first field that is wrong
     */
    public Document readDocument(String json) {
        return readDocument(Json.parse(json), "");
    }

    /**
     * @param document a parsed contracts document
     * @param at       its path, for messages ("" at the top)
     * @return as {@link #readDocument(String)}
     */
    public Document readDocument(JsonNode document, String at) {
        JsonFields version = JsonFields.object(document, at, Set.of("schemaVersion", "organizations", "contracts"));
        int v = version.integer("schemaVersion");
        if (v != 1 && v != SCHEMA_VERSION) {
            throw new ConfigException(version.path("schemaVersion"), "config.error.schemaVersion", List.of(v, "1, 2"));
        }
        JsonFields root = JsonFields.object(document, at, v == 1 ? Set.of("schemaVersion", "contracts")
                : Set.of("schemaVersion", "organizations", "contracts"));
        Map<String, Organization> organizations = new LinkedHashMap<>();
        LegacyOrganizations legacy = new LegacyOrganizations();
        if (v == SCHEMA_VERSION) {
            List<JsonNode> nodes = root.array("organizations");
            for (int i = 0; i < nodes.size(); i++) {
                String path = root.path("organizations") + "[" + i + "]";
                Organization o = readOrganization(nodes.get(i), path);
                if (organizations.put(o.id(), o) != null) {
                    throw new ConfigException(path + ".id", "organization.error.id.taken", List.of(o.id()));
                }
            }
        }
        List<JsonNode> nodes = root.array("contracts");
        List<Contract> result = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = root.path("contracts") + "[" + i + "]";
            JsonNode node = nodes.get(i);
            if (v == 1 && node.isObject() && node.has("organization") && node.get("organization").isTextual()) {
                String name = node.get("organization").asText(); // named by name then: one organization per name
                Organization o = JsonFields.at(path + ".organization", () -> legacy.of(name));
                organizations.putIfAbsent(o.id(), o);
                node = node.deepCopy();
                ((ObjectNode) node).put("organization", o.id());
            }
            Contract c = read(node, path);
            if (!numbers.add(c.customerNumber())) {
                throw new ConfigException(path + ".customerNumber", "contract.error.customerNumber.taken",
                        List.of(c.customerNumber()));
            }
            if (!organizations.containsKey(c.organizationId())) {
                throw new ConfigException(path + ".organization", "contract.error.organization.unknown",
                        List.of(c.organizationId()));
            }
            result.add(c);
        }
        return new Document(new ArrayList<>(organizations.values()), result);
    }

    /**
     * @param node an organization object: {@code {"id", "name", "serviceDeskId"?}}
     * @param path its path, for messages
     * @return the organization
     */
    public Organization readOrganization(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, ORGANIZATION_FIELDS);
        String id = f.text("id");
        JsonFields.at(f.path("id"), () -> Organization.requireId(id));
        String name = f.text("name");
        Organization o = JsonFields.at(f.path("name"), () -> Organization.of(id, name));
        if (!f.has("serviceDeskId")) {
            return o;
        }
        JsonNode serviceDesk = f.required("serviceDeskId");
        if (!serviceDesk.isIntegralNumber() || !serviceDesk.canConvertToLong()) {
            throw new ConfigException(f.path("serviceDeskId"), "config.error.type.integer", List.of());
        }
        return JsonFields.at(f.path("serviceDeskId"), () -> o.linkedTo(serviceDesk.asLong()));
    }

    /** @return the organization as an object */
    public ObjectNode writeOrganization(Organization o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", o.id());
        n.put("name", o.name());
        o.serviceDeskId().ifPresent(id -> n.put("serviceDeskId", id));
        return n;
    }

    /**
     * Reads a contract the app stored, possibly under an older release (see {@link StoredReading}): notes longer
     * than today's limit are cut to it; a contact or licence id today's rules refuse is left out.
     *
     * @param json the stored contract
     * @return the contract and what was repaired or left out
     * @throws ConfigException if it does not read even so
     */
    public Stored<Contract> readStored(String json) {
        return new StoredReading<>(n -> read(n, ""), List.of("contacts", "licenceIds")).read(Json.parse(json), null);
    }

    /**
     * @param node a contract object
     * @param path its path, for messages ("" for a top-level body)
     * @return the contract
     */
    public Contract read(JsonNode node, String path) {
        JsonFields f = JsonFields.object(node, path, FIELDS);
        String number = f.text("customerNumber");
        String organization = f.text("organization");
        JsonFields.at(f.path("organization"), () -> Organization.requireId(organization));
        String plan = f.text("plan");
        LocalDate start = f.date("start");
        Contract.Builder b = JsonFields.at(f.path("customerNumber"),
                () -> Contract.builder(number, organization, plan, start));
        if (f.has("termMonths")) {
            int term = f.integer("termMonths");
            JsonFields.at(f.path("termMonths"), () -> b.termMonths(term));
        }
        if (f.has("end")) {
            b.end(f.date("end"));
        }
        if (f.has("status")) {
            b.status(f.choice("status", ContractStatus.class));
        }
        List<JsonNode> licences = f.optionalArray("licenceIds");
        for (int i = 0; i < licences.size(); i++) {
            String p = f.path("licenceIds") + "[" + i + "]";
            String id = JsonFields.textAt(licences.get(i), p);
            JsonFields.at(p, () -> b.licenceId(id));
        }
        List<JsonNode> contacts = f.optionalArray("contacts");
        for (int i = 0; i < contacts.size(); i++) {
            String p = f.path("contacts") + "[" + i + "]";
            Contact contact = contact(contacts.get(i), p);
            JsonFields.at(p, () -> b.contact(contact));
        }
        if (f.has("zone")) {
            b.zone(f.zone("zone"));
        }
        if (f.has("holidays")) {
            b.holidayRegion(f.holidayRegion("holidays", known));
        }
        String notes = f.optionalAnyText("notes", "");
        JsonFields.at(f.path("notes"), () -> b.notes(notes));
        return JsonFields.at(path, b::build);
    }

    /**
     * A contact: a user key or an e-mail address as text; {@code {"email","userKey"}} for an address already
     * matched to the account with that key; {@code {"userKey"}} for a user key that looks like an address (keys
     * of accounts from before Jira 8.4 are their user names). The app writes the objects where text would not say.
     */
    private static Contact contact(JsonNode node, String p) {
        if (node != null && node.isObject()) {
            JsonFields f = JsonFields.object(node, p, Set.of("email", "userKey"));
            String key = f.text("userKey");
            if (!f.has("email")) {
                return JsonFields.at(f.path("userKey"), () -> Contact.ofUserKey(key));
            }
            String email = f.text("email");
            Contact address = JsonFields.at(f.path("email"), () -> Contact.parse(email));
            if (!address.isEmail()) {
                throw new ConfigException(f.path("email"), "contract.error.contact.email", List.of(email));
            }
            return JsonFields.at(f.path("userKey"), () -> address.resolvedTo(key));
        }
        String text = JsonFields.textAt(node, p);
        return JsonFields.at(p, () -> Contact.parse(text));
    }

    /** @return the contract as an object, every field written */
    public ObjectNode write(Contract c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("customerNumber", c.customerNumber());
        n.put("organization", c.organizationId());
        n.put("plan", c.planId());
        n.put("start", c.start().toString());
        n.put("termMonths", c.termMonths());
        n.put("end", c.end().toString());
        n.put("status", c.status().id());
        ArrayNode licences = n.putArray("licenceIds");
        c.licenceIds().forEach(licences::add);
        ArrayNode contacts = n.putArray("contacts");
        for (Contact k : c.contacts()) {
            if (k.isEmail() && k.userKey().isPresent()) {
                contacts.addObject().put("email", k.value()).put("userKey", k.userKey().get());
            } else if (!k.isEmail() && k.value().indexOf('@') >= 0) { // text would read as an address
                contacts.addObject().put("userKey", k.value());
            } else {
                contacts.add(k.value());
            }
        }
        c.zone().ifPresent(z -> n.put("zone", z.getId()));
        c.holidayRegion().ifPresent(r -> PolicyWriter.holidayRegion(n.putObject("holidays"), r));
        n.put("notes", c.notes());
        return n;
    }

    /** @return a contracts document holding them */
    public String writeDocument(Document document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode organizations = root.putArray("organizations");
        document.organizations().forEach(o -> organizations.add(writeOrganization(o)));
        List<Contract> contracts = document.contracts();
        ArrayNode list = root.putArray("contracts");
        contracts.forEach(c -> list.add(write(c)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
