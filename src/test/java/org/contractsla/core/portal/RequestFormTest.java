package org.contractsla.core.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class RequestFormTest {

    private static Map<String, String> incident() {
        Map<String, String> sent = new HashMap<>();
        sent.put("summary", "Backups fail since the update");
        sent.put("customerNumber", "K-10042");
        sent.put("product", "Backup Server");
        sent.put("version", "12.4 patch 3");
        sent.put("environment", "production");
        sent.put("doing", "Nightly backup");
        sent.put("actual", "Job ends with error 0x1F");
        sent.put("impact", "impaired");
        sent.put("workaround", "no");
        return sent;
    }

    private static List<String> problems(Map<String, String> sent, String category) {
        return RequestForm.check(RequestForm.Draft.of(category, sent)).stream()
                .map(p -> (p.field() == null ? "-" : p.field().id()) + ":" + p.key()).collect(Collectors.toList());
    }

    @Test
    public void shouldTakeACompleteIncidentAndNameEachMissingOrWrongField() {
        assertEquals(List.of(), problems(incident(), "incident"));
        Map<String, String> sent = incident();
        sent.put("product", "   ");
        sent.put("environment", "moon");
        sent.put("summary", "x".repeat(256));
        sent.put("unknown", "ignored");
        assertEquals(List.of("summary:portal.error.tooLong", "product:portal.error.required",
                "environment:portal.error.choice"), problems(sent, "incident"));
        assertEquals(List.of("-:portal.error.category"), problems(sent, "complaint"));
        assertEquals(List.of("-:portal.error.category"), problems(sent, null));
    }

    @Test
    public void shouldAskOnlyWhatTheCategoryNeeds() {
        Map<String, String> question = new HashMap<>();
        question.put("summary", "How do I restore one file?");
        question.put("customerNumber", "K-10042");
        question.put("product", "Backup Server");
        assertEquals(List.of("description:portal.error.required"), problems(question, "usage-question"));
        question.put("description", "Step by step, please.");
        question.put("impact", "moon"); // not asked for a question: dropped, not refused
        assertEquals(List.of(), problems(question, "usage-question"));
        assertNull(RequestForm.Draft.of("usage-question", question).value(FormField.IMPACT));
    }

    @Test
    public void shouldSuggestTheSeverityFromTheImpactAndAskTheChecklistForS1() {
        Map<String, String> sent = incident();
        String[][] cases = {{"stopped", "no", "S1"}, {"stopped", "yes", "S2"}, {"impaired", "no", "S2"},
            {"impaired", "yes", "S3"}, {"partial", "no", "S3"}, {"minor", "no", "S4"}};
        for (String[] c : cases) {
            sent.put("impact", c[0]);
            sent.put("workaround", c[1]);
            assertEquals(c[0] + "/" + c[1], Severity.valueOf(c[2]),
                    RequestForm.suggest(RequestForm.Draft.of("incident", sent)).severity());
        }
        sent.put("impact", "stopped");
        sent.put("workaround", "no");
        assertEquals(List.of("operationImpossibleWithoutFix:portal.error.s1Checklist",
                "earlierStateAvoidsProblem:portal.error.s1Checklist"), problems(sent, "incident"));
        sent.put("operationImpossibleWithoutFix", "yes");
        sent.put("earlierStateAvoidsProblem", "no");
        sent.put("environment", "test");
        assertEquals(List.of(), problems(sent, "incident"));
        RequestForm.Draft draft = RequestForm.Draft.of("incident", sent);
        assertEquals(Severity.S1, RequestForm.proposal(draft).severity());
        assertEquals(Environment.TEST, RequestForm.proposal(draft).environment());
        assertEquals(java.util.Optional.of(true), RequestForm.proposal(draft).operationImpossibleWithoutFix());
        assertEquals(java.util.Optional.of(false), RequestForm.proposal(draft).earlierStateAvoidsProblem());
        assertEquals(Severity.S4, RequestForm.suggest(RequestForm.Draft.of("feature-request", sent)).severity());
    }
}
