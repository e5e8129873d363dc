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
import java.util.List;
import java.util.Set;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contact;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.ContractStatus;

/**
 * Contracts in JSON (docs/config-format.md, "Contracts"): one contract as an object, or a document
 * {@code {"schemaVersion":1,"contracts":[…]}}. Every problem is a {@link ConfigException} naming the field.
 * Thread-safe.
 */
public final class ContractJson {

    /** The version of the contracts document this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> FIELDS = Set.of("customerNumber", "organization", "plan", "start", "termMonths",
            "end", "status", "licenceIds", "contacts", "zone", "holidays", "notes");
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
     * @param json a contracts document
     * @return its contracts, customer numbers unique
     * @throws ConfigException naming the first field that is wrong
     */
    public List<Contract> readDocument(String json) {
        JsonFields root = JsonFields.object(PolicyReader.parse(json), "", Set.of("schemaVersion", "contracts"));
        int version = root.integer("schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw new ConfigException("schemaVersion", "config.error.schemaVersion", List.of(version, SCHEMA_VERSION));
        }
        List<JsonNode> nodes = root.array("contracts");
        List<Contract> result = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "contracts[" + i + "]";
            Contract c = read(nodes.get(i), path);
            if (!numbers.add(c.customerNumber())) {
                throw new ConfigException(path + ".customerNumber", "contract.error.customerNumber.taken",
                        List.of(c.customerNumber()));
            }
            result.add(c);
        }
        return result;
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
            String text = JsonFields.textAt(contacts.get(i), p);
            JsonFields.at(p, () -> b.contact(Contact.parse(text)));
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

    /** @return the contract as an object, every field written */
    public ObjectNode write(Contract c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("customerNumber", c.customerNumber());
        n.put("organization", c.organization());
        n.put("plan", c.planId());
        n.put("start", c.start().toString());
        n.put("termMonths", c.termMonths());
        n.put("end", c.end().toString());
        n.put("status", c.status().id());
        ArrayNode licences = n.putArray("licenceIds");
        c.licenceIds().forEach(licences::add);
        ArrayNode contacts = n.putArray("contacts");
        c.contacts().forEach(k -> contacts.add(k.value()));
        c.zone().ifPresent(z -> n.put("zone", z.getId()));
        c.holidayRegion().ifPresent(r -> PolicyWriter.holidayRegion(n.putObject("holidays"), r));
        n.put("notes", c.notes());
        return n;
    }

    /** @return a contracts document holding them */
    public String writeDocument(List<Contract> contracts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode list = root.putArray("contracts");
        contracts.forEach(c -> list.add(write(c)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
