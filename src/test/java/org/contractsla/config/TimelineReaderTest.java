package org.contractsla.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

/** The simulator reads a request of a support project as Jira does: with that project's settings. */
public class TimelineReaderTest {

    private static final Policy POLICY = Policy.of(List.of(BusinessCalendar.twentyFourSeven("always",
            java.time.ZoneOffset.UTC)), List.of(Plan.builder("gold").goal(Metric.FIRST_RESPONSE, Severity.S3,
                    GoalDefinition.of(Duration.ofHours(8), "always", false)).build()), Set.of("Waiting for customer"))
            .withSupportProjects(Set.of("SUP", "OPS")).withProjectSettings(Map.of(
                    "SUP", ProjectSettings.of(null, Set.of("Answered")),
                    "OPS", ProjectSettings.of(Set.of("On hold"), Set.of())));

    private static MetricClock response(String project, String status) {
        String json = "{\"now\":\"2026-03-02T12:00:00Z\",\"requests\":[{\"key\":\"SUP-1\","
                + "\"received\":\"2026-03-02T09:00:00Z\",\"plan\":\"gold\",\"severity\":\"S3\""
                + (project == null ? "" : ",\"project\":\"" + project + "\"")
                + ",\"events\":[{\"at\":\"2026-03-02T10:00:00Z\",\"type\":\"status\",\"status\":\"" + status + "\"}]}]}";
        RequestHistory h = new TimelineReader(POLICY).read(json).requests().get(0);
        return new MeasuringRequestClocks(CompiledPolicy.of(POLICY, FixedPublicHolidays.none()))
                .measure(h, Instant.parse("2026-03-02T12:00:00Z")).get(Metric.FIRST_RESPONSE);
    }

    @Test
    public void shouldReadARequestWithItsProjectsSettings() {
        assertEquals("SUP answers by reaching Answered", "MET",
                response("SUP", "Answered").measurement().orElseThrow().state().name());
        assertEquals("without a project, a status answers nobody", "RUNNING",
                response(null, "Answered").measurement().orElseThrow().state().name());
        assertTrue("OPS pauses on hold", response("OPS", "On hold").measurement().orElseThrow().isPaused());
        assertTrue("OPS does not pause where the configuration does",
                !response("OPS", "Waiting for customer").measurement().orElseThrow().isPaused());
        assertTrue(response("HELP", "Waiting for customer").measurement().orElseThrow().isPaused());
    }
}
