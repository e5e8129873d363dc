package org.contractsla.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SimulatorTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Simulator simulator = new Simulator(Clock.fixed(Instant.parse("2026-01-05T11:00:00Z"), ZoneOffset.UTC),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void shouldPrintClocksOfShippedExamples() throws Exception {
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", "examples/timelines.json"});
        assertEquals(error(), 0, code);
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode sup1 = root.get("requests").get(0).get("clocks").get("firstResponse");
        assertEquals("MET", sup1.get("state").asText());
        assertEquals("2025-03-08T13:00+01:00", sup1.get("due").asText());
        assertEquals("PT3H30M", sup1.get("elapsed").asText());
        JsonNode sup5 = root.get("requests").get(4).get("clocks").get("firstResponse");
        assertEquals("2025-12-30T11:00+01:00", sup5.get("breachedAt").asText());
        assertEquals("NO_GOAL", root.get("requests").get(5).get("clocks").get("firstResponse").get("state").asText());
    }

    @Test
    public void shouldNameFieldAndExitWithTwoOnMalformedPolicyInGerman() throws Exception {
        Path policy = folder.newFile("policy.json").toPath();
        Files.writeString(policy, "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\","
                + "\"weekly\":{\"MON\":[\"9-17\"]}}],\"plans\":[]}");
        int code = simulator.run(new String[] {"--policy", policy.toString(), "--timeline", "examples/timelines.json",
            "--lang", "de"});
        assertEquals(2, code);
        assertTrue(error(), error().contains("calendars[0].weekly.MON[0]"));
        assertTrue(error(), error().contains("ist nicht lesbar"));
    }

    @Test
    public void shouldRefuseMoreIntervalsADayThanACalendarMayHaveNamingTheWeekdayInGerman() throws Exception {
        // 720 one-minute intervals a day: compiled for centuries, such a calendar exhausted a 2 GB heap
        StringBuilder intervals = new StringBuilder();
        for (int m = 0; m < 24 * 60; m += 2) {
            intervals.append(intervals.length() == 0 ? "" : ",").append(String.format("\"%02d:%02d-%02d:%02d\"",
                    m / 60, m % 60, (m + 1) / 60, (m + 1) % 60));
        }
        Path policy = folder.newFile("policy.json").toPath();
        Files.writeString(policy, "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\","
                + "\"weekly\":{\"MON-SUN\":[" + intervals + "]}}],\"plans\":[]}");
        int code = simulator.run(new String[] {"--policy", policy.toString(), "--timeline", "examples/timelines.json",
            "--lang", "de"});
        assertEquals(2, code);
        assertTrue(error(), error().contains("calendars[0].weekly"));
        assertTrue(error(), error().contains("Am Montag sind 720 Arbeitsintervalle angegeben"));
    }

    @Test
    public void shouldNameTheCalendarWhoseCountryHasNoKnownHolidays() throws Exception {
        Path policy = folder.newFile("policy.json").toPath();
        Files.writeString(policy, Files.readString(Path.of("examples/presets.json"))
                .replace("\"holidays\": { \"country\": \"PL\" }", "\"holidays\": { \"country\": \"UK\" }"));
        assertEquals(2, simulator.run(new String[] {"--policy", policy.toString(), "--timeline",
            "examples/timelines.json"}));
        assertTrue(error(), error().contains("calendars[3].holidays.country"));
        assertTrue(error(), error().contains("\"UK\""));
    }

    @Test
    public void shouldNameFieldOfMalformedTimeline() throws Exception {
        Path timeline = folder.newFile("timeline.json").toPath();
        Files.writeString(timeline, "{\"requests\":[{\"key\":\"A-1\",\"received\":\"yesterday\",\"plan\":\"demo\","
                + "\"severity\":\"S2\"}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            timeline.toString()}));
        assertTrue(error(), error().contains("requests[0].received"));
    }

    @Test
    public void shouldNameTheFieldOfAnInstantOutsideTheSupportedYears() throws Exception {
        String[][] rows = {
            {"received", "-999999999-01-01T00:00:00Z", "requests[0].received"}, // overflowed milliseconds before
            {"received", "1899-12-31T23:59:59Z", "requests[0].received"},
            {"now", "+999999999-12-31T23:59:59Z", "now"},                     // overflowed a date before
            {"now", "1800-01-01T00:00:00Z", "now"},                           // was taken as "nothing known yet"
            {"at", "2300-01-01T00:00:01Z", "requests[0].events[0].at"}};
        for (String[] row : rows) {
            err.reset();
            String received = row[0].equals("received") ? row[1] : "2026-01-05T09:00:00+01:00";
            String at = row[0].equals("at") ? row[1] : "2026-01-05T10:00:00+01:00";
            String now = row[0].equals("now") ? ",\"now\":\"" + row[1] + "\"" : "";
            Path timeline = folder.newFile().toPath();
            Files.writeString(timeline, "{\"requests\":[{\"key\":\"A-1\",\"received\":\"" + received + "\","
                    + "\"plan\":\"demo\",\"severity\":\"S2\",\"events\":[{\"at\":\"" + at + "\",\"type\":\"response\"}]}]"
                    + now + "}");
            assertEquals(row[1], 2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
                timeline.toString()}));
            assertTrue(error(), error().contains(row[2] + ": The time " + row[1] + " lies outside the supported years"));
        }
        err.reset();
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            "examples/timelines.json", "--now", "2400-01-01T00:00:00Z"}));
        assertTrue(error(), error().contains("The time 2400-01-01T00:00:00Z lies outside the supported years"));
    }

    @Test
    public void shouldRejectUnknownPlanInTimeline() throws Exception {
        Path timeline = folder.newFile("timeline.json").toPath();
        Files.writeString(timeline, "{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T09:00:00+01:00\","
                + "\"plan\":\"gold\",\"severity\":\"S2\"}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            timeline.toString()}));
        assertTrue(error(), error().contains("There is no plan \"gold\""));
    }

    @Test
    public void shouldExplainUsageForMissingOrUnknownOptions() {
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json"}));
        assertTrue(error(), error().contains("--timeline is required"));
        assertEquals(2, simulator.run(new String[] {"--colour", "red"}));
        assertTrue(error(), error().contains("Unknown option \"--colour\""));
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            "examples/timelines.json", "--lang", "en", "--lang", "en"}));
        assertTrue(error(), error().contains("The option --lang is given twice"));
    }

    @Test
    public void shouldUseInjectedClockWhenTimelineGivesNoNow() throws Exception {
        Path timeline = folder.newFile("timeline.json").toPath();
        Files.writeString(timeline, "{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T11:00:00+01:00\","
                + "\"plan\":\"premium\",\"severity\":\"S1\"}]}");
        assertEquals(error(), 0, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            timeline.toString(), "--zone", "UTC"}));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("2026-01-05T11:00Z", root.get("now").asText());
        JsonNode clock = root.get("requests").get(0).get("clocks").get("firstResponse");
        assertEquals("BREACHED", clock.get("state").asText());
        assertEquals("2026-01-05T10:30Z", clock.get("breachedAt").asText());
        assertEquals("PT1H", clock.get("elapsed").asText());
        assertEquals("2026-01-05T10:30Z", clock.get("due").asText());
    }

    @Test
    public void shouldBookQuotaAlongTheTimelineAndExplainInGerman() throws Exception {
        Path contracts = folder.newFile("contracts.json").toPath();
        Files.writeString(contracts, "{\"schemaVersion\":1,\"contracts\":[{\"customerNumber\":\"PL-1\","
                + "\"organization\":\"Wisla\",\"plan\":\"basic\",\"start\":\"2026-01-01\",\"contacts\":[\"ops@w.example\"]}]}");
        Path timeline = folder.newFile("timeline.json").toPath();
        StringBuilder requests = new StringBuilder();
        for (int i = 1; i <= 11; i++) { // eleven requests in one quarter, listed newest first
            requests.append(i == 1 ? "" : ",").append("{\"key\":\"W-").append(i).append("\",\"received\":\"2026-02-")
                    .append(String.format("%02d", 22 - i)).append("T10:00:00+01:00\",\"plan\":\"basic\",\"severity\":\"S3\"}");
        }
        Files.writeString(timeline, "{\"requests\":[" + requests + "]}");
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", timeline.toString(),
            "--contracts", contracts.toString(), "--reporter", "OPS@w.example", "--lang", "de", "--now", "2026-03-01T12:00:00+01:00"});
        assertEquals(error(), 0, code);
        JsonNode list = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("requests");
        // W-11 came first, W-2 was the tenth: both held a unit; W-1, received last, found the quarter used up
        assertEquals("ENTITLED", list.get(10).get("entitlement").get("outcome").asText());
        assertEquals("ENTITLED_WITH_WARNINGS", list.get(1).get("entitlement").get("outcome").asText());
        JsonNode last = list.get(0).get("entitlement");
        assertEquals("NOT_ENTITLED", last.get("outcome").asText());
        assertEquals("entitlement.quota.usedUp", last.get("reasons").get(0).get("key").asText());
        assertEquals("Alle 10 Anfragen dieses Zeitraums (1. Januar 2026 bis 31. M\u00e4rz 2026) sind aufgebraucht.",
                last.get("reasons").get(0).get("text").asText());
    }

    @Test
    public void shouldRunTheClocksInTheZoneOfTheContractFound() throws Exception {
        Path contracts = folder.newFile("contracts.json").toPath();
        Files.writeString(contracts, "{\"schemaVersion\":1,\"contracts\":[{\"customerNumber\":\"US-1\","
                + "\"organization\":\"Hudson Data\",\"plan\":\"standard\",\"start\":\"2026-01-01\","
                + "\"zone\":\"America/New_York\",\"contacts\":[\"ops@hudson.example\"]}]}");
        Path timeline = folder.newFile("timeline.json").toPath();
        // 10:00 in New York, 16:00 in Berlin; S2 is 4 working hours on the 08:00-18:00 calendar
        Files.writeString(timeline, "{\"requests\":[{\"key\":\"H-1\",\"received\":\"2026-03-02T10:00:00-05:00\","
                + "\"plan\":\"standard\",\"severity\":\"S2\"}]}");
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", timeline.toString(),
            "--contracts", contracts.toString(), "--reporter", "ops@hudson.example", "--zone", "UTC",
            "--now", "2026-03-02T15:00:00Z"});
        assertEquals(error(), 0, code);
        JsonNode h1 = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("requests").get(0);
        assertEquals("US-1", h1.get("entitlement").get("customerNumber").asText());
        // 14:00 in New York the same day, not 10:00 in Berlin the next
        assertEquals("2026-03-02T19:00Z", h1.get("clocks").get("firstResponse").get("due").asText());
    }

    @Test
    public void shouldCheckOneRequestWithoutTimeline() throws Exception {
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--contracts", "examples/contracts.json",
            "--reporter", "someone@else.example", "--customer", "K-10042", "--now", "2025-06-01T12:00:00+02:00"});
        assertEquals(error(), 0, code);
        JsonNode d = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("entitlement");
        assertEquals("NOT_ENTITLED", d.get("outcome").asText());
        assertEquals("You are not a named contact of contract K-10042. Ask one of your named contacts to open the "
                + "request, or have yourself added.", d.get("reasons").get(0).get("text").asText());
    }

    @Test
    public void shouldNameTheContractFieldThatIsWrong() throws Exception {
        Path contracts = folder.newFile("bad-contracts.json").toPath();
        Files.writeString(contracts, "{\"schemaVersion\":1,\"contracts\":[{\"customerNumber\":\"A-1\","
                + "\"organization\":\"A\",\"plan\":\"basic\",\"start\":\"2026-01-01\",\"contacts\":[\"not an email@\"]}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--contracts", contracts.toString()}));
        assertTrue(error(), error().contains("contracts[0].contacts[0]"));
    }

    @Test
    public void shouldTakeS1AsS2UntilTheS1ChecklistIsMet() throws Exception {
        String[] base = {"--policy", "examples/presets.json", "--contracts", "examples/contracts.json",
            "--reporter", "anna.berg", "--customer", "K-10042", "--severity", "S1", "--now", "2025-06-02T12:00:00+02:00"};
        assertEquals(error(), 0, simulator.run(base));
        JsonNode unanswered = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("entitlement");
        assertEquals(unanswered.toString(), "ENTITLED_WITH_WARNINGS", unanswered.get("outcome").asText());
        assertEquals("severity.rule.s1Checklist.unanswered", unanswered.get("reasons").get(0).get("key").asText());
        out.reset();
        String[] answered = java.util.Arrays.copyOf(base, base.length + 2);
        answered[base.length] = "--s1-checklist";
        answered[base.length + 1] = "yes,no";
        assertEquals(error(), 0, simulator.run(answered));
        assertEquals("ENTITLED", new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("entitlement")
                .get("outcome").asText());
        answered[base.length + 1] = "maybe";
        assertEquals(2, simulator.run(answered));
        assertTrue(error(), error().contains("--s1-checklist"));
    }

    private JsonNode output() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private Path file(String content) throws Exception {
        Path p = folder.newFile().toPath();
        Files.writeString(p, content);
        return p;
    }

    @Test
    public void shouldRunTheClocksOnWhatTheDecisionSaysAndNoteAPlanTheTimelineNamesInstead() throws Exception {
        // anna.berg's contract K-10042 is on "maintenance"; the timeline says "standard" and S1, on a test system
        Path timeline = file("{\"requests\":[{\"key\":\"T-1\",\"received\":\"2025-06-02T09:00:00+02:00\","
                + "\"plan\":\"standard\",\"severity\":\"S1\"}]}");
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", timeline.toString(),
            "--contracts", "examples/contracts.json", "--reporter", "anna.berg", "--environment", "test",
            "--now", "2025-06-02T10:00:00+02:00", "--zone", "Europe/Berlin"});
        assertEquals(error(), 0, code);
        JsonNode t1 = output().get("requests").get(0);
        assertEquals("S3", t1.get("entitlement").get("severity").asText());
        // the clocks say the same: maintenance S3 is 12 h on Mon-Fri 09:00-17:00, not standard S1 (2 h)
        assertEquals("maintenance", t1.get("plan").asText());
        assertEquals("S3", t1.get("severity").asText());
        assertEquals("PT12H", t1.get("clocks").get("firstResponse").get("goal").asText());
        assertEquals("2025-06-03T13:00+02:00", t1.get("clocks").get("firstResponse").get("due").asText());
        assertEquals("request.note.planOfContract", t1.get("notes").get(0).get("key").asText());
        assertEquals("The request was recorded under plan \"standard\", but contract K-10042 is on plan \"maintenance\"; "
                + "its clocks run on \"maintenance\".", t1.get("notes").get(0).get("text").asText());
    }

    @Test
    public void shouldRunNoClockForARequestTurnedAwayAndSayWhy() throws Exception {
        Path timeline = file("{\"requests\":[{\"key\":\"T-1\",\"received\":\"2025-06-02T09:00:00+02:00\","
                + "\"plan\":\"maintenance\",\"severity\":\"S3\"}]}");
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", timeline.toString(),
            "--contracts", "examples/contracts.json", "--reporter", "nobody@else.example", "--lang", "de",
            "--now", "2025-06-02T10:00:00+02:00"});
        assertEquals(error(), 0, code);
        JsonNode t1 = output().get("requests").get(0);
        assertEquals("REJECT", t1.get("entitlement").get("handling").asText());
        assertTrue(t1.get("plan").isNull());
        for (String metric : new String[] {"firstResponse", "resolution", "updateInterval"}) {
            JsonNode clock = t1.get("clocks").get(metric);
            assertEquals(metric, "REJECTED", clock.get("state").asText());
            assertEquals("L\u00e4uft nicht: Die Anfrage ist nicht abgedeckt und wird abgelehnt", clock.get("stateText").asText());
            assertTrue(metric, clock.get("due") == null);
        }
    }

    @Test
    public void shouldListARequestReceivedAfterNowAsNotReceivedWithoutBookingIt() throws Exception {
        Path contracts = file("{\"schemaVersion\":1,\"contracts\":[{\"customerNumber\":\"PL-1\","
                + "\"organization\":\"Wisla\",\"plan\":\"basic\",\"start\":\"2026-01-01\",\"contacts\":[\"ops@w.example\"]}]}");
        StringBuilder requests = new StringBuilder();
        for (int i = 1; i <= 11; i++) { // eleven in one quarter; the eleventh only after "now"
            requests.append(i == 1 ? "" : ",").append("{\"key\":\"W-").append(i).append("\",\"received\":\"2026-02-")
                    .append(String.format("%02d", i)).append("T10:00:00+01:00\",\"plan\":\"basic\",\"severity\":\"S3\"}");
        }
        Path timeline = file("{\"now\":\"2026-02-10T12:00:00+01:00\",\"requests\":[" + requests + "]}");
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", timeline.toString(),
            "--contracts", contracts.toString(), "--reporter", "ops@w.example"});
        assertEquals(error(), 0, code);
        JsonNode list = output().get("requests");
        JsonNode w11 = list.get(10);
        assertEquals("NOT_RECEIVED", w11.get("status").asText());
        assertEquals("Not yet received", w11.get("statusText").asText());
        assertEquals("request.note.notReceived", w11.get("notes").get(0).get("key").asText());
        assertTrue(w11.get("clocks") == null);
        assertTrue(w11.get("entitlement") == null);
        // the tenth, received before "now", was checked and took the quarter's last unit
        assertEquals("ENTITLED_WITH_WARNINGS", list.get(9).get("entitlement").get("outcome").asText());
        assertEquals("RECEIVED", list.get(9).get("status").asText());
    }

    @Test
    public void shouldMarkAGoalThatCanNeverBeReachedAndMeasureTheRest() throws Exception {
        // open on Saturdays only, every Saturday of the month is maintenance, and the S1 goal leaves maintenance out
        Path policy = file("{\"schemaVersion\":2,\"calendars\":[{\"id\":\"sat\",\"zone\":\"UTC\",\"weekly\":"
                + "{\"SAT\":[\"09:00-17:00\"]},\"maintenanceWindows\":["
                + "{\"repeat\":\"monthly\",\"week\":1,\"day\":\"SAT\",\"time\":\"00:00-24:00\"},"
                + "{\"repeat\":\"monthly\",\"week\":2,\"day\":\"SAT\",\"time\":\"00:00-24:00\"},"
                + "{\"repeat\":\"monthly\",\"week\":3,\"day\":\"SAT\",\"time\":\"00:00-24:00\"},"
                + "{\"repeat\":\"monthly\",\"week\":4,\"day\":\"SAT\",\"time\":\"00:00-24:00\"},"
                + "{\"repeat\":\"monthly\",\"week\":5,\"day\":\"SAT\",\"time\":\"00:00-24:00\"}]},"
                + "{\"id\":\"always\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"4h\",\"calendar\":\"sat\","
                + "\"excludeMaintenance\":true}},\"resolution\":{\"S1\":{\"duration\":\"8h\",\"calendar\":\"always\"}}}}]}");
        Path timeline = file("{\"requests\":[{\"key\":\"U-1\",\"received\":\"2026-03-02T09:00:00Z\",\"plan\":\"p\","
                + "\"severity\":\"S1\"},{\"key\":\"U-2\",\"received\":\"2026-03-02T10:00:00Z\",\"plan\":\"p\","
                + "\"severity\":\"S1\"}]}");
        int code = simulator.run(new String[] {"--policy", policy.toString(), "--timeline", timeline.toString(),
            "--now", "2026-03-02T12:00:00Z"});
        assertEquals(error(), 0, code); // the run goes on: before, the first such clock stopped it with exit 2
        for (JsonNode r : output().get("requests")) {
            JsonNode fr = r.get("clocks").get("firstResponse");
            assertEquals("UNREACHABLE", fr.get("state").asText());
            assertEquals("Calendar \"sat\" has no working time left to reach the goal.",
                    fr.get("reason").get("text").asText());
            assertEquals("RUNNING", r.get("clocks").get("resolution").get("state").asText());
        }
    }

    @Test
    public void shouldNameTheRequestAndFieldOfAnUnknownPlan() throws Exception {
        String[][] rows = {
            {"\"plan\":\"gold\"", "", "requests[0].plan"},
            {"\"plan\":\"demo\"", ",\"events\":[{\"at\":\"2026-01-05T10:00:00Z\",\"type\":\"response\"},"
                + "{\"at\":\"2026-01-05T11:00:00Z\",\"type\":\"plan\",\"plan\":\"gold\"}]", "requests[0].events[1].plan"}};
        for (String[] row : rows) {
            err.reset();
            Path timeline = file("{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T09:00:00Z\"," + row[0]
                    + ",\"severity\":\"S2\"" + row[1] + "}]}");
            assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
                timeline.toString()}));
            assertEquals(timeline + ": " + row[2] + ": There is no plan \"gold\".", error().trim());
        }
    }

    @Test
    public void shouldRefuseFieldsAnEventDoesNotTakeAndRequestKeysGivenTwice() throws Exception {
        Path extra = file("{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T09:00:00Z\",\"plan\":\"demo\","
                + "\"severity\":\"S2\",\"events\":[{\"at\":\"2026-01-05T10:00:00Z\",\"type\":\"response\",\"status\":\"Done\"}]}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", extra.toString()}));
        assertTrue(error(), error().contains("requests[0].events[0].status: An event of type \"response\" has no field \"status\"."));
        err.reset();
        Path twice = file("{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T09:00:00Z\",\"plan\":\"demo\","
                + "\"severity\":\"S2\"},{\"key\":\"A-1\",\"received\":\"2026-01-06T09:00:00Z\",\"plan\":\"demo\",\"severity\":\"S3\"}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", twice.toString()}));
        assertTrue(error(), error().contains("requests[1].key: The request key \"A-1\" is used more than once"));
        err.reset();
        Path early = file("{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T09:00:00Z\",\"plan\":\"demo\","
                + "\"severity\":\"S2\",\"events\":[{\"at\":\"2026-01-05T10:00:00Z\",\"type\":\"response\"},"
                + "{\"at\":\"2026-01-05T08:00:00Z\",\"type\":\"resolved\"}]}]}");
        assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", early.toString()}));
        assertTrue(error(), error().contains("requests[0].events[1].at: The event at 2026-01-05T08:00:00Z lies before"));
    }

    @Test
    public void shouldTakeAByteOrderMarkAndNameEachJsonProblem() throws Exception {
        Path bom = folder.newFile().toPath();
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Files.readAllBytes(Path.of("examples/timelines.json"))));
        assertEquals(error(), 0, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline",
            bom.toString()}));
        Path latin1 = folder.newFile().toPath();
        Files.write(latin1, "{\"requests\":[{\"key\":\"Gr\u00fc\u00dfe\"}]}".getBytes(StandardCharsets.ISO_8859_1));
        Path deep = file("[".repeat(40) + "]".repeat(40));
        Path twice = file("{\"now\":\"2026-01-05T12:00:00Z\",\n \"requests\":[{\"key\":\"A\",\"key\":\"B\"}]}");
        Object[][] rows = {
            {latin1, "This is not UTF-8 text: byte 24 cannot be read. Save or send it as UTF-8."},
            {deep, "The document is nested more than 32 levels deep."},
            {twice, "requests[0].key: The key \"key\" appears twice in the same object (line 2, column 30)."}};
        for (Object[] row : rows) {
            err.reset();
            assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--timeline", row[0].toString()}));
            assertEquals(row[0] + ": " + row[1], error().trim());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    public void shouldPrintHelpAndExitWithZero() {
        assertEquals(0, simulator.run(new String[] {"--help"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--contracts FILE"));
        out.reset();
        assertEquals(0, simulator.run(new String[] {"--lang", "de", "--help"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Simuliert SLA-Uhren"));
        assertEquals("", error());
    }

    @Test
    public void shouldWriteUsageErrorsInTheLanguageAsked() {
        String[][] rows = {
            // arguments, what the German message says
            {"--colour red --lang de", "Unbekannte Option \u201e--colour\u201c."},
            // German wherever "--lang de" stands, even beside an English one that is refused as given twice
            {"--lang en --lang de", "Die Option --lang wurde zweimal angegeben"},
            {"--lang de --policy", "Die Option --policy braucht einen Wert."},
            {"--severity --lang de", "Die Option --severity braucht einen Wert."}, // not "--lang" as the severity
            {"--policy examples/presets.json --lang de", "Die Option --timeline ist erforderlich."},
            {"--policy examples/presets.json --timeline examples/timelines.json --severity S1 --lang de",
                "Die Option --severity geh\u00f6rt zur Anspruchspr\u00fcfung, die nur mit --contracts ausgef\u00fchrt wird."},
            {"--policy examples/presets.json --timeline examples/timelines.json --reporter anna.berg --lang de",
                "Die Option --reporter geh\u00f6rt zur Anspruchspr\u00fcfung"}};
        for (String[] row : rows) {
            err.reset();
            assertEquals(row[0], 2, simulator.run(row[0].split(" ")));
            assertTrue(row[0] + " -> " + error(), error().startsWith(row[1]));
            assertTrue(error(), error().contains("Aufruf: simulate"));
        }
    }

    @Test
    public void shouldReadChoicesInAnyCaseAndListTheValuesItTakes() throws Exception {
        int code = simulator.run(new String[] {"--policy", "examples/presets.json", "--contracts", "examples/contracts.json",
            "--reporter", "anna.berg", "--severity", " s1", "--channel", "PORTAL", "--environment", "Test",
            "--now", "2025-06-02T10:00:00+02:00"});
        assertEquals(error(), 0, code);
        assertEquals("S3", output().get("entitlement").get("severity").asText()); // s1 on a test system, lowered
        String[][] rows = {
            {"--channel", "fax", "\"fax\" is not a value for --channel; use one of portal, email, phone, chat."},
            {"--severity", "S5", "\"S5\" is not a value for --severity; use one of S1, S2, S3, S4."},
            {"--environment", "staging", "\"staging\" is not a value for --environment; use one of production, test, installation."}};
        for (String[] row : rows) {
            err.reset();
            assertEquals(2, simulator.run(new String[] {"--policy", "examples/presets.json", "--contracts",
                "examples/contracts.json", row[0], row[1]}));
            assertEquals(row[2], error().trim());
        }
    }

    @Test
    public void shouldRunANewResolutionCycleAfterAReopeningAndCountTheCycles() throws Exception {
        Path policy = folder.newFile("policy.json").toPath();
        Files.writeString(policy, "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\","
                + "\"weekly\":\"24x7\"}],\"plans\":[{\"id\":\"p\",\"goals\":{\"resolution\":{\"S3\":"
                + "{\"duration\":\"90m\",\"calendar\":\"c\"}}}}]}");
        Path timeline = folder.newFile("timeline.json").toPath();
        Files.writeString(timeline, "{\"requests\":[{\"key\":\"A-1\",\"received\":\"2026-01-05T07:00:00Z\","
                + "\"plan\":\"p\",\"severity\":\"S3\",\"events\":["
                + "{\"at\":\"2026-01-05T09:00:00Z\",\"type\":\"resolved\"},"
                + "{\"at\":\"2026-01-05T10:00:00Z\",\"type\":\"reopened\"}]}]}");
        int code = simulator.run(new String[] {"--policy", policy.toString(), "--timeline", timeline.toString()});
        assertEquals(error(), 0, code);
        JsonNode resolution = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("requests").get(0)
                .get("clocks").get("resolution");
        assertEquals(2, resolution.get("cycles").asInt());
        assertEquals(1, resolution.get("breachedCycles").asInt()); // 2 h against 90 min before the reopening
        assertEquals("RUNNING", resolution.get("state").asText()); // 1 h since, at 11:00
        assertEquals("PT1H", resolution.get("elapsed").asText());
    }
}
