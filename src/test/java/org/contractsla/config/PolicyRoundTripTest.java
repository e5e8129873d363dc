package org.contractsla.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.contractsla.core.policy.CaseQuota;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.ContactLimit;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.QuotaPeriod;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** Export and re-import give back the same configuration, and older documents still read. */
public class PolicyRoundTripTest {

    private final PolicyReader reader = new PolicyReader();
    private final PolicyWriter writer = new PolicyWriter();

    private Policy presets() throws IOException {
        return reader.read(Files.readString(Path.of("examples/presets.json")));
    }

    @Test
    public void shouldExportAndReimportEveryPresetIdentically() throws IOException {
        Policy original = presets();
        String exported = writer.write(original);
        Policy reimported = reader.read(exported);
        assertEquals(original, reimported);
        assertEquals(exported, writer.write(reimported));
        for (Plan p : original.plans().values()) {
            assertEquals(p.id(), p, reimported.plan(p.id()).get());
        }
    }

    @Test
    public void shouldCarryEveryPlanAttributeOfTheEightPresets() throws IOException {
        Policy p = presets();
        assertEquals(List.of("maintenance", "emergency-call", "demo", "standard", "basic", "advanced", "premium",
                "service-desk"), List.copyOf(p.plans().keySet()));
        Plan emergency = p.plan("emergency-call").get();
        assertEquals(CaseQuota.of(1, QuotaPeriod.TERM), emergency.quota());
        assertEquals(true, emergency.incidentPack());
        assertEquals(OutOfEntitlement.BILLABLE, emergency.outOfEntitlement());
        Plan basic = p.plan("basic").get();
        assertEquals(CaseQuota.of(10, QuotaPeriod.QUARTER), basic.quota());
        assertEquals(ContactLimit.between(1, 1), basic.contacts());
        assertEquals(java.util.Set.of(Channel.PORTAL), basic.channels());
        assertEquals(java.util.Set.of(Severity.S3, Severity.S4), basic.coveredSeverities());
        Plan serviceDesk = p.plan("service-desk").get();
        assertEquals(ContactLimit.between(0, 10), serviceDesk.contacts());
        assertEquals("usage-question", serviceDesk.effortBudgets().get(0).category());
        assertEquals(java.time.Duration.ofMinutes(15), serviceDesk.effortBudgets().get(0).perMonth());
        assertEquals("Europe/Stockholm", p.calendars().get("stockholm-staffed").zone().getId());
    }

    @Test
    public void shouldCarryEachSupportProjectsOwnReadingOfItsWorkflow() {
        String doc = "{\"schemaVersion\":2,\"pauseStatuses\":[\"Waiting for customer\"],"
                + "\"supportProjects\":[\"SUP\",\"OPS\"],\"projectSettings\":{"
                + "\"SUP\":{\"responseStatuses\":[\"Answered\"]},"
                + "\"OPS\":{\"pauseStatuses\":[\"Waiting for vendor\",\"On hold\"],\"responseStatuses\":[]}},"
                + "\"calendars\":[],\"plans\":[]}";
        Policy p = reader.read(doc);
        assertEquals(org.contractsla.core.policy.ProjectSettings.of(null, java.util.Set.of("Answered")),
                p.settingsOf("SUP"));
        assertEquals(java.util.Set.of("Waiting for vendor", "On hold"), p.settingsOf("OPS").pauseStatuses()
                .orElseThrow());
        assertEquals("a project without settings of its own", org.contractsla.core.policy.ProjectSettings.DEFAULT,
                p.settingsOf("HELP"));
        assertEquals(p, reader.read(writer.write(p)));
        assertEquals("dropped with its project", java.util.Map.of("SUP", p.settingsOf("SUP")),
                p.withSupportProjects(java.util.Set.of("SUP")).projectSettings());
        try {
            reader.read(doc.replace("\"supportProjects\":[\"SUP\",\"OPS\"]", "\"supportProjects\":[\"SUP\"]"));
            org.junit.Assert.fail("OPS is no support project");
        } catch (ConfigException e) {
            assertEquals("projectSettings", e.path());
            assertEquals("policy.error.projectSettings.project", e.key());
        }
        try {
            reader.read(doc.replace("\"responseStatuses\":[\"Answered\"]", "\"responseStatus\":[\"Answered\"]"));
            org.junit.Assert.fail("a misspelt field");
        } catch (ConfigException e) {
            assertEquals("projectSettings.SUP.responseStatus", e.path());
        }
    }

    @Test
    public void shouldReadAVersionOneDocumentAsThePlanItWas() {
        String v1 = "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"4h\",\"calendar\":\"c\"}}}}]}";
        Plan plan = reader.read(v1).plan("p").get();
        assertEquals(CaseQuota.unlimited(), plan.quota());
        assertEquals(4, plan.coveredSeverities().size());
        assertEquals(4, plan.channels().size());
        // once migrated, it is written at the current version with the defaults spelled out
        String exported = writer.write(reader.read(v1));
        assertEquals(true, exported.contains("\"schemaVersion\" : " + Policy.SCHEMA_VERSION));
        assertEquals(true, exported.contains("\"quota\" : \"unlimited\""));
    }

    @Test
    public void shouldRefuseAttributesThatVersionOneDidNotHave() {
        // version 1 had no quotas: such a document was written by hand or by a broken tool, and its quota would
        // silently mean nothing; name the field instead
        String v1WithQuota = "{\"schemaVersion\":1,\"calendars\":[],\"plans\":[{\"id\":\"p\",\"goals\":{},"
                + "\"quota\":{\"cases\":3,\"per\":\"month\"}}]}";
        try {
            reader.read(v1WithQuota);
            fail("read a version 1 document with a quota");
        } catch (ConfigException e) {
            assertEquals("plans[0].quota", e.path());
            assertEquals("config.error.field.unknown", e.key());
        }
    }
}
