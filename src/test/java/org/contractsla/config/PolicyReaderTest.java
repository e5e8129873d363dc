package org.contractsla.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class PolicyReaderTest {

    private final PolicyReader reader = new PolicyReader();

    @Test
    public void shouldReadShippedPresets() throws Exception {
        Policy p = reader.read(Files.readString(Path.of("examples/presets.json")));
        assertEquals(List.of("maintenance", "emergency-call", "demo", "standard", "basic", "advanced", "premium",
                "service-desk"), List.copyOf(p.plans().keySet()));
        assertEquals(Duration.ofMinutes(90), p.plan("emergency-call").orElseThrow()
                .goal(Metric.FIRST_RESPONSE, Severity.S3).orElseThrow().target());
        assertEquals("berlin-09-17", p.plan("maintenance").orElseThrow()
                .goal(Metric.FIRST_RESPONSE, Severity.S4).orElseThrow().calendarId());
        assertEquals(2, p.calendars().get("stockholm-staffed").maintenanceWindows().size());
    }

    private void assertRejected(String json, String path, String key) {
        rejected(json, path, key);
    }

    private ConfigException rejected(String json, String path, String key) {
        try {
            reader.read(json);
        } catch (ConfigException e) {
            assertEquals(json, path, e.path());
            assertEquals(json, key, e.key());
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private static String calendar(String weekly) {
        return "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"Europe/Berlin\",\"weekly\":" + weekly
                + "}],\"plans\":[]}";
    }

    @Test
    public void shouldNameTheFieldOfEveryProblem() {
        // not JSON at all
        assertRejected("{", "", "config.error.json.syntax");
        // wrong schema version
        assertRejected("{\"schemaVersion\":3,\"calendars\":[],\"plans\":[]}", "schemaVersion", "config.error.schemaVersion");
        // field not in the format
        assertRejected("{\"schemaVersion\":1,\"calendars\":[],\"plans\":[],\"colour\":1}", "colour", "config.error.field.unknown");
        // reversed interval
        assertRejected(calendar("{\"MON\":[\"17:00-09:00\"]}"), "calendars[0].weekly.MON[0]", "calendar.error.interval.reversed");
        // overlapping intervals
        assertRejected(calendar("{\"MON\":[\"09:00-12:00\",\"11:00-13:00\"]}"), "calendars[0].weekly",
                "calendar.error.interval.overlap");
        // a day twice through a range
        assertRejected(calendar("{\"MON-FRI\":[\"09:00-12:00\"],\"FRI\":[\"13:00-14:00\"]}"), "calendars[0].weekly.FRI",
                "config.error.weekly.dayTwice");
        // unknown zone
        assertRejected("{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"Mars/Olympus\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[]}", "calendars[0].zone", "calendar.error.zone.unknown");
        // bad duration
        assertRejected("{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],\"plans\":"
                + "[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"soon\",\"calendar\":\"c\"}}}}]}",
                "plans[0].goals.firstResponse.S1.duration", "config.error.duration.format");
        // goal on a calendar that does not exist
        assertRejected("{\"schemaVersion\":1,\"calendars\":[],\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":"
                + "{\"S1\":{\"duration\":\"4h\",\"calendar\":\"nope\"}}}}]}", "", "policy.error.calendar.unknown");
        // a severity that does not exist
        assertRejected("{\"schemaVersion\":1,\"calendars\":[],\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":"
                + "{\"S5\":{\"duration\":\"4h\",\"calendar\":\"c\"}}}}]}", "plans[0].goals.firstResponse.S5",
                "config.error.field.unknown");
        // monthly window in week 6
        assertRejected("{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\","
                + "\"maintenanceWindows\":[{\"repeat\":\"monthly\",\"week\":6,\"day\":\"SAT\",\"time\":\"09:00-18:00\"}]}],"
                + "\"plans\":[]}", "calendars[0].maintenanceWindows[0].week", "calendar.error.maintenance.week");
    }

    @Test
    public void shouldReadDurationsInEveryDocumentedForm() {
        String template = "{\"schemaVersion\":1,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"%s\",\"calendar\":\"c\"}}}}]}";
        String[][] rows = {{"4h", "PT4H"}, {"90m", "PT1H30M"}, {"1h30m", "PT1H30M"}, {"1.5h", "PT1H30M"},
            {"PT36H", "PT36H"}};
        for (String[] row : rows) {
            Duration d = reader.read(String.format(template, row[0])).plan("p").orElseThrow()
                    .goal(Metric.FIRST_RESPONSE, Severity.S1).orElseThrow().target();
            assertEquals(row[0], Duration.parse(row[1]), d);
        }
    }

    @Test
    public void shouldRefuseDurationsTooLargeNamingThemAsTyped() {
        String template = "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"%s\",\"calendar\":\"c\"}}}}]}";
        String at = "plans[0].goals.firstResponse.S1.duration";
        for (String typed : new String[] {
            "99999999999999999999m",   // more minutes than a number holds: named as typed, not "not a duration"
            "1h99999999999999999999m",
            "PT2562047788015215H",     // fits as hours, overflows as milliseconds
            "PT99999999999999999999H", // more hours than a number holds
            "999999999h",
            "99999999999999999999h",
            "10000h1m",                // one minute over the longest goal
            "600001M"}) {              // in minutes and capitals: still named as typed, not as PT10000H1M
            ConfigException e = rejected(String.format(template, typed), at, "goal.error.duration.tooLong");
            assertEquals(typed, List.of(10_000L, typed), e.args());
            assertEquals("A goal may be at most 10,000 hours long; it is " + typed + ".",
                    new org.contractsla.i18n.Messages(java.util.Locale.ENGLISH).text(e.key(), e.args()));
        }
        assertEquals(Duration.ofHours(10_000), reader.read(String.format(template, "10000h")).plan("p").orElseThrow()
                .goal(Metric.FIRST_RESPONSE, Severity.S1).orElseThrow().target());
        // an effort budget too, and a message that quotes the budget as written
        ConfigException budget = rejected("{\"schemaVersion\":2,\"calendars\":[],\"plans\":[{\"id\":\"p\",\"goals\":{},"
                + "\"effortBudgets\":[{\"category\":\"usage\",\"perMonth\":\"800h\"}]}]}",
                "plans[0].effortBudgets[0].perMonth", "plan.error.effort.range");
        assertEquals("An effort budget must lie between 1 minute and 744 hours a month, not 800h.",
                new org.contractsla.i18n.Messages(java.util.Locale.ENGLISH).text(budget.key(), budget.args()));
    }

    @Test
    public void shouldReadDurationsInWholeMinutesAndRefuseDaysWithAHint() {
        String template = "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\"}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S1\":{\"duration\":\"%s\",\"calendar\":\"c\"}}}}]}";
        String at = "plans[0].goals.firstResponse.S1.duration";
        Object[][] read = {
            {"1h30m", 90}, {"1H30M", 90}, {"1h 30m", 90}, {"1.5h", 90}, {"1.5H", 90}, {"90m", 90}, {"PT1H30M", 90},
            {"pt1h30m", 90}, {"PT90M", 90}, {"0.25h", 15}};
        for (Object[] row : read) {
            assertEquals((String) row[0], Duration.ofMinutes((Integer) row[1]), reader.read(String.format(template,
                    row[0])).plan("p").orElseThrow().goal(Metric.FIRST_RESPONSE, Severity.S1).orElseThrow().target());
        }
        String[][] refused = {
            {"P1D", "config.error.duration.days"},      // a day of working time: 24 hours or one working day?
            {"P1DT2H", "config.error.duration.days"},
            {"p2w", "config.error.duration.days"},
            {"P1M", "config.error.duration.days"},      // a month, not a minute: ISO's date part
            {"1d", "config.error.duration.days"},
            {"2 days", "config.error.duration.days"},
            {"PT30S", "config.error.duration.minutes"}, // clocks count minutes
            {"PT1M30S", "config.error.duration.minutes"},
            {"1.01h", "config.error.duration.minutes"}, // 60.6 minutes
            {"30s", "config.error.duration.format"},
            {"P", "config.error.duration.format"},
            {"PTX", "config.error.duration.format"},
            {"0m", "goal.error.duration.notPositive"}};
        for (String[] row : refused) {
            ConfigException e = rejected(String.format(template, row[0]), at, row[1]);
            assertEquals(row[0], row[0], e.args().get(0));
        }
    }

    @Test
    public void shouldRefuseDatesTooFarOffToWorkWith() {
        String template = "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":\"24x7\","
                + "\"closedDates\":[\"%s\"]}],\"plans\":[]}";
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "1899-12-31"}) {
            assertRejected(String.format(template, date), "calendars[0].closedDates[0]", "config.error.date.range");
        }
        for (String date : new String[] {"1900-01-01", "2299-12-31", "9999-12-31"}) {
            assertEquals(date, 1, reader.read(String.format(template, date)).calendars().get("c").closedDates().size());
        }
    }

    @Test
    public void shouldRefuseAGoalThatExcludesMaintenanceCoveringAllItsCalendarsWorkingTime() {
        String template = "{\"schemaVersion\":2,\"calendars\":[{\"id\":\"c\",\"zone\":\"UTC\",\"weekly\":"
                + "{\"MON-FRI\":[\"09:00-17:00\"]},\"maintenanceWindows\":[{\"repeat\":\"daily\",\"time\":\"00:00-24:00\"}]}],"
                + "\"plans\":[{\"id\":\"p\",\"goals\":{\"firstResponse\":{\"S2\":{\"duration\":\"4h\",\"calendar\":\"c\","
                + "\"excludeMaintenance\":%s}}}}]}";
        assertRejected(String.format(template, "true"), "", "policy.error.calendar.alwaysInMaintenance");
        assertEquals(1, reader.read(String.format(template, "false")).plans().size()); // counting through it is fine
    }
}
