package org.contractsla.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/**
 * Configurations stored under older releases, one for each rule tightened since configurations were stored: each
 * still loads, as that release read it or with the element left out, and says so.
 */
public class StoredPolicyTest {

    private final PolicyReader reader = new PolicyReader();

    private static String calendar(String id, String weekly) {
        return "{\"id\":\"" + id + "\",\"zone\":\"Europe/Berlin\",\"weekly\":" + weekly + "}";
    }

    private static String plan(String id, String duration, String calendar) {
        return "{\"id\":\"" + id + "\",\"goals\":{\"firstResponse\":{\"S2\":{\"duration\":\"" + duration
                + "\",\"calendar\":\"" + calendar + "\"}}}}";
    }

    private static String document(String calendars, String plans) {
        return "{\"schemaVersion\":2,\"supportProjects\":[\"SUP\"],\"calendars\":[" + calendars + "],\"plans\":["
                + plans + "]}";
    }

    private static final String OFFICE = calendar("office", "{\"MON-FRI\":[\"08:00-17:00\"]}");

    private Duration firstResponse(Policy p, String plan) {
        return p.plan(plan).get().goal(Metric.FIRST_RESPONSE, Severity.S2).get().target();
    }

    @Test
    public void shouldReadDurationsFromBeforeWholeMinutesAsThatReleaseDidRoundedUp() {
        String stored = document(OFFICE, plan("seconds", "PT1H30M20S", "office") + "," + plan("days", "P1D", "office")
                + "," + plan("fraction", "1.51h", "office"));
        try {
            reader.read(stored);
            fail("today's rules took it");
        } catch (ConfigException expected) {
            assertEquals("config.error.duration.minutes", expected.key());
        }
        Stored<Policy> s = reader.readStored(stored);
        assertEquals(Duration.ofMinutes(91), firstResponse(s.value(), "seconds"));
        assertEquals(Duration.ofHours(24), firstResponse(s.value(), "days"));
        assertEquals(Duration.ofMinutes(91), firstResponse(s.value(), "fraction")); // 90.6 minutes, rounded up
        assertEquals(List.of("plans[0].goals.firstResponse.S2.duration", "plans[1].goals.firstResponse.S2.duration",
                "plans[2].goals.firstResponse.S2.duration"), s.repaired().stream().map(ConfigException::path).toList());
        assertEquals(List.of(), s.leftOut());
    }

    @Test
    public void shouldReadAGoalLongerThanTheLongestAsTheLongest() {
        Stored<Policy> s = reader.readStored(document(OFFICE, plan("long", "20000h", "office")));
        assertEquals(org.contractsla.core.clock.Goal.MAX_TARGET, firstResponse(s.value(), "long"));
        assertEquals("goal.error.duration.tooLong", s.repaired().get(0).key());
    }

    @Test
    public void shouldCutOffFractionsOfASecondAsTheReleaseBeforeDid() {
        Stored<Policy> s = reader.readStored(document(calendar("office", "{\"MON-FRI\":[\"08:00:00.5-17:00\"]}"),
                plan("basic", "8h", "office")));
        assertEquals("calendar.error.interval.format", s.repaired().get(0).key());
        assertEquals(s.value().calendars().get("office"),
                reader.read(document(OFFICE, plan("basic", "8h", "office"))).calendars().get("office"));
    }

    @Test
    public void shouldLeaveOutACalendarBeyondTodaysLimitsWithThePlansOnIt() {
        StringBuilder many = new StringBuilder("{\"MON\":[");
        for (int h = 0; h < 13; h++) {
            many.append(h == 0 ? "" : ",").append(String.format("\"%02d:00-%02d:30\"", h, h));
        }
        many.append("]}");
        Stored<Policy> s = reader.readStored(document(calendar("busy", many.toString()) + "," + OFFICE,
                plan("onBusy", "8h", "busy") + "," + plan("onOffice", "8h", "office")));
        assertEquals(Set.of("office"), s.value().calendars().keySet());
        assertEquals(Set.of("onOffice"), s.value().plans().keySet());
        assertEquals(List.of("calendar.error.interval.tooMany", "policy.error.calendar.unknown"),
                s.leftOut().stream().map(ConfigException::key).toList());
        assertEquals(Set.of("SUP"), s.value().supportProjects());
    }

    @Test
    public void shouldLeaveOutAGoalPlanThatCouldNeverBeReachedAndABadProjectKey() {
        String always = "{\"id\":\"maint\",\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"08:00-09:00\"]},"
                + "\"maintenanceWindows\":[{\"repeat\":\"daily\",\"time\":\"08:00-09:00\"}]}";
        String excluding = "{\"id\":\"never\",\"goals\":{\"firstResponse\":{\"S2\":{\"duration\":\"1h\","
                + "\"calendar\":\"maint\",\"excludeMaintenance\":true}}}}";
        String doc = "{\"schemaVersion\":2,\"supportProjects\":[\"SUP\",\"sup\"],\"calendars\":[" + always + ","
                + OFFICE + "],\"plans\":[" + excluding + "," + plan("fine", "8h", "office") + "]}";
        Stored<Policy> s;
        try {
            s = reader.readStored(doc);
        } catch (ConfigException e) {
            throw new AssertionError("stored document did not load: " + e.getMessage(), e);
        }
        assertTrue(s.value().plan("fine").isPresent());
        assertTrue(s.value().plan("never").isEmpty());
        assertEquals(Set.of("maint", "office"), s.value().calendars().keySet()); // the calendar itself is fine
        assertEquals(Set.of("SUP"), s.value().supportProjects());
        assertEquals(List.of("policy.error.calendar.alwaysInMaintenance", "policy.error.project.key"),
                s.leftOut().stream().map(ConfigException::key).toList());
    }

    @Test
    public void shouldStillRefuseADamagedDocument() {
        try {
            reader.readStored("{\"schemaVersion\":2,\"calendars\":\"not a list\",\"plans\":[]}");
            fail("read a damaged document");
        } catch (ConfigException e) {
            assertEquals("calendars", e.path());
        }
    }

    @Test
    public void shouldReadAContractStoredUnderOlderRulesWithoutWhatNoLongerReads() {
        String stored = "{\"customerNumber\":\"K-1\",\"organization\":\"acme\",\"plan\":\"basic\","
                + "\"start\":\"2025-01-01\",\"licenceIds\":[\"OK-1\",\"WITH SPACE\"],"
                + "\"contacts\":[\"jdoe\",\"broken@nodot\",\"ops@acme.example\"],\"notes\":\"" + "n".repeat(5000) + "\"}";
        ContractJson json = new ContractJson();
        Stored<org.contractsla.core.contract.Contract> s = json.readStored(stored);
        assertEquals(List.of("OK-1"), s.value().licenceIds());
        assertEquals(List.of("jdoe", "ops@acme.example"),
                s.value().contacts().stream().map(org.contractsla.core.contract.Contact::value).toList());
        assertEquals(org.contractsla.core.contract.Contract.NOTES_MAX, s.value().notes().length());
        assertEquals(List.of("contract.error.notes.length"), s.repaired().stream().map(ConfigException::key).toList());
        assertEquals(2, s.leftOut().size());
        // what reads as it is needs no notes
        assertTrue(json.readStored(json.write(s.value()).toString()).clean());
    }

    @Test
    public void shouldLoadACalendarWhoseHolidayRegionTheLibraryNoLongerKnows() {
        String doc = document(calendar("office", "{\"MON-FRI\":[\"08:00-17:00\"]}").replace("}}",
                "},\"holidays\":{\"country\":\"XX\"}}"), plan("basic", "8h", "office"));
        Stored<Policy> s = reader.readStored(doc);
        assertTrue(s.value().calendars().containsKey("office"));
    }

    @Test
    public void shouldLoadAContractWhoseDatesTodaysRangeRefuses() {
        String stored = "{\"customerNumber\":\"K-1\",\"organization\":\"acme\",\"plan\":\"basic\","
                + "\"start\":\"2025-01-01\",\"end\":\"9999-01-01\"}";
        Stored<org.contractsla.core.contract.Contract> s = new ContractJson().readStored(stored);
        assertEquals("K-1", s.value().customerNumber());
    }

    @Test
    public void shouldLeaveOutOnlyTheListElementThatDoesNotRead() {
        String windows = "{\"id\":\"office\",\"zone\":\"UTC\",\"weekly\":{\"MON-FRI\":[\"08:00-17:00\",\"18:00-17:00\"]}}";
        Stored<Policy> s = reader.readStored(document(windows, plan("basic", "8h", "office")));
        assertEquals(Set.of("office"), s.value().calendars().keySet()); // the calendar stays, without the interval
        assertEquals(Set.of("basic"), s.value().plans().keySet());
        assertEquals(1, s.leftOut().size());
        assertTrue(s.leftOut().get(0).path(), s.leftOut().get(0).path().startsWith("calendars[0].weekly"));
    }
}
