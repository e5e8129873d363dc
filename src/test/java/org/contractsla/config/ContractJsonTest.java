package org.contractsla.config;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Organization;
import org.junit.Test;

/** The contracts document: organizations by id, and version 1 documents that named them by name. */
public class ContractJsonTest {

    private final ContractJson json = new ContractJson();

    private ConfigException refused(String document) {
        try {
            json.readDocument(document);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("accepted: " + document);
    }

    @Test
    public void shouldGiveEachNameOfAVersionOneDocumentAnOrganizationOfItsOwn() {
        ContractJson.Document d = json.readDocument("{\"schemaVersion\":1,\"contracts\":["
                + "{\"customerNumber\":\"K-1\",\"organization\":\"Nordlicht Logistik GmbH\",\"plan\":\"p\",\"start\":\"2026-01-01\"},"
                + "{\"customerNumber\":\"K-2\",\"organization\":\"Nordlicht Logistik GmbH\",\"plan\":\"p\",\"start\":\"2026-01-01\"},"
                + "{\"customerNumber\":\"K-3\",\"organization\":\"NORDLICHT LOGISTIK GMBH \",\"plan\":\"p\",\"start\":\"2026-01-01\"},"
                + "{\"customerNumber\":\"K-4\",\"organization\":\"Wis\u0142a Cloud Services\",\"plan\":\"p\",\"start\":\"2026-01-01\"},"
                + "{\"customerNumber\":\"K-5\",\"organization\":\"Fj\u00e4llvind Analytik AB\",\"plan\":\"p\",\"start\":\"2026-01-01\"}]}");
        // the same name once trimmed is one organization; a name that differs in case is another
        assertEquals(List.of(Organization.of("nordlicht-logistik-gmbh", "Nordlicht Logistik GmbH"),
                Organization.of("nordlicht-logistik-gmbh-2", "NORDLICHT LOGISTIK GMBH"),
                Organization.of("wisla-cloud-services", "Wis\u0142a Cloud Services"),
                Organization.of("fjallvind-analytik-ab", "Fj\u00e4llvind Analytik AB")), d.organizations());
        assertEquals(List.of("nordlicht-logistik-gmbh", "nordlicht-logistik-gmbh", "nordlicht-logistik-gmbh-2",
                "wisla-cloud-services", "fjallvind-analytik-ab"),
                d.contracts().stream().map(Contract::organizationId).toList());
        // written back, it is a version 2 document that reads the same
        assertEquals(d, json.readDocument(json.writeDocument(d)));
    }

    @Test
    public void shouldKeepTheAccountAnAddressWasMatchedToAndNameWhatIsWrongWithIt() {
        String head = "{\"customerNumber\":\"K-1\",\"organization\":\"acme\",\"plan\":\"p\",\"start\":\"2026-01-01\","
                + "\"contacts\":[\"jdoe\",";
        Contract c = json.read(Json.parse(head + "{\"email\":\"Ops@Acme.example\",\"userKey\":\"JIRAUSER10100\"},"
                + "\"help@acme.example\"]}"), "");
        assertEquals(List.of(false, true, true), c.contacts().stream().map(k -> k.userKey().isPresent()).toList());
        assertEquals(true, c.authorizes("JIRAUSER10100"));
        Contract back = json.read(json.write(c), "");
        assertEquals(c, back);
        assertEquals("{\"email\":\"ops@acme.example\",\"userKey\":\"JIRAUSER10100\"}",
                json.write(c).get("contacts").get(2).toString());
        Object[][] rows = {
            {"{\"email\":\"jdoe\",\"userKey\":\"k\"}]}", "contacts[1].email", "contract.error.contact.email"},
            {"{\"email\":\"a@b.example\",\"userKey\":\"a b\"}]}", "contacts[1].userKey", "contract.error.contact.userKey"},
            {"{\"email\":\"a@b.example\"}]}", "contacts[1].userKey", "config.error.field.missing"},
            {"{\"email\":\"a@b.example\",\"userKey\":\"k\",\"name\":\"x\"}]}", "contacts[1].name", null}};
        for (Object[] row : rows) {
            try {
                json.read(Json.parse(head + row[0]), "");
                org.junit.Assert.fail("took " + row[0]);
            } catch (ConfigException e) {
                assertEquals(String.valueOf(row[0]), row[1], e.path());
                if (row[2] != null) {
                    assertEquals(String.valueOf(row[0]), row[2], e.key());
                }
            }
        }
    }

    @Test
    public void shouldNameWhatIsWrongWithAVersionTwoDocument() {
        String orgs = "\"organizations\":[{\"id\":\"acme\",\"name\":\"Acme\"}]";
        Object[][] rows = {
            // document, path, key
            {"{\"schemaVersion\":2," + orgs + ",\"contracts\":[{\"customerNumber\":\"K-1\",\"organization\":\"beta\","
                + "\"plan\":\"p\",\"start\":\"2026-01-01\"}]}", "contracts[0].organization", "contract.error.organization.unknown"},
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"acme\",\"name\":\"Acme\"},{\"id\":\"acme\",\"name\":\"ACME\"}],"
                + "\"contracts\":[]}", "organizations[1].id", "organization.error.id.taken"},
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"Acme GmbH\",\"name\":\"Acme\"}],\"contracts\":[]}",
                "organizations[0].id", "organization.error.id.form"},
            // lower case only: a database comparing without regard to case would take ACME for acme
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"ACME\",\"name\":\"Acme\"}],\"contracts\":[]}",
                "organizations[0].id", "organization.error.id.form"},
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"acme\",\"name\":\"" + "x".repeat(256) + "\"}],"
                + "\"contracts\":[]}", "organizations[0].name", "organization.error.name.length"},
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"acme\",\"name\":\"Acme\",\"serviceDeskId\":-3}],"
                + "\"contracts\":[]}", "organizations[0].serviceDeskId", "organization.error.serviceDesk.range"},
            {"{\"schemaVersion\":2,\"organizations\":[{\"id\":\"acme\",\"name\":\"Acme\",\"serviceDeskId\":\"7\"}],"
                + "\"contracts\":[]}", "organizations[0].serviceDeskId", "config.error.type.integer"},
            {"{\"schemaVersion\":2,\"contracts\":[]}", "organizations", "config.error.field.missing"},
            {"{\"schemaVersion\":1,\"organizations\":[],\"contracts\":[]}", "organizations", "config.error.field.unknown"},
            {"{\"schemaVersion\":3,\"contracts\":[]}", "schemaVersion", "config.error.schemaVersion"}};
        for (Object[] row : rows) {
            ConfigException e = refused((String) row[0]);
            assertEquals((String) row[0], row[1], e.path());
            assertEquals((String) row[0], row[2], e.key());
        }
    }
}
