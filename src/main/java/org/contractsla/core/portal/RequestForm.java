package org.contractsla.core.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.contractsla.core.severity.Environment;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityProposal;

/**
 * The customers' request form as the app reads it: what was typed, checked field by field, and the severity its
 * impact answers suggest (domain spec §1, §4). The customer proposes; the team decides.
 */
public final class RequestForm {

    private RequestForm() {
    }

    /** One thing wrong with one field (null: the category), as a message key and its arguments. */
    public record Problem(FormField field, String key, List<Object> args) {
        public Problem {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    /** The severity the answers suggest, and why (a message key whose argument is nothing or the level). */
    public record Suggestion(Severity severity, String reasonKey) {
    }

    /**
     * What a customer typed, for one category; answers of fields the category does not ask are dropped. Blank
     * answers count as none; the rest is kept as typed, ends trimmed.
     *
     * @param category the category, or null if none (or an unknown one) was chosen
     * @param values   the answers by field
     */
    public record Draft(RequestCategory category, Map<FormField, String> values) {
        public Draft {
            Map<FormField, String> kept = new EnumMap<>(FormField.class);
            if (category != null) {
                values.forEach((f, v) -> {
                    if (f != null && v != null && !v.isBlank() && category.fields().contains(f)) {
                        kept.put(f, v.strip());
                    }
                });
            }
            values = Collections.unmodifiableMap(kept);
        }

        /**
         * @param categoryId the category's id as the form sends it, or null
         * @param sent       the form's answers by field id; unknown names are ignored
         */
        public static Draft of(String categoryId, Map<String, String> sent) {
            Map<FormField, String> values = new EnumMap<>(FormField.class);
            sent.forEach((name, value) -> {
                FormField f = FormField.byId(name);
                if (f != null) {
                    values.put(f, value);
                }
            });
            return new Draft(categoryId == null ? null : RequestCategory.byId(categoryId), values);
        }

        /** @return the answer, or null if none */
        public String value(FormField field) {
            return values.get(field);
        }
    }

    /**
     * @return every problem of the draft, in the form's order of fields; empty if it can be sent
     */
    public static List<Problem> check(Draft draft) {
        List<Problem> problems = new ArrayList<>();
        RequestCategory category = draft.category();
        if (category == null) {
            problems.add(new Problem(null, "portal.error.category", List.of()));
            return problems;
        }
        boolean s1 = suggest(draft).severity() == Severity.S1;
        for (FormField f : category.fields()) {
            String value = draft.value(f);
            boolean checklist = f == FormField.S1_OPERATION_IMPOSSIBLE || f == FormField.S1_EARLIER_STATE_AVOIDS;
            if (value == null) {
                if (category.requires(f)) {
                    problems.add(new Problem(f, "portal.error.required", List.of()));
                } else if (checklist && s1) {
                    problems.add(new Problem(f, "portal.error.s1Checklist", List.of()));
                }
            } else if (value.length() > f.maxLength()) {
                problems.add(new Problem(f, "portal.error.tooLong", List.of(f.maxLength(), value.length())));
            } else if (f.kind() == FormField.Kind.CHOICE && !f.choices().contains(value)) {
                problems.add(new Problem(f, "portal.error.choice", List.of()));
            }
        }
        return problems;
    }

    /**
     * The severity the impact answers suggest: production stopped without a workaround is critical, with one
     * major; important functions impaired without a workaround major, with one minor; part of a function minor;
     * few users or a question cosmetic. Requests other than incidents are questions: cosmetic.
     */
    public static Suggestion suggest(Draft draft) {
        if (draft.category() != RequestCategory.INCIDENT) {
            return new Suggestion(Severity.S4, "portal.suggestion.notIncident");
        }
        FormField.Impact impact = FormField.Impact.byId(String.valueOf(draft.value(FormField.IMPACT)));
        boolean workaround = "yes".equals(draft.value(FormField.WORKAROUND));
        if (impact == null || draft.value(FormField.WORKAROUND) == null) { // both answers, or no suggestion yet
            return new Suggestion(Severity.S3, "portal.suggestion.unknown");
        }
        Severity severity = switch (impact) {
            case STOPPED -> workaround ? Severity.S2 : Severity.S1;
            case IMPAIRED -> workaround ? Severity.S3 : Severity.S2;
            case PARTIAL -> Severity.S3;
            case MINOR -> Severity.S4;
        };
        return new Suggestion(severity, "portal.suggestion." + impact.id() + (workaround ? ".workaround" : ""));
    }

    /** @return the severity proposed with the request: the suggestion, in the environment named, with the checklist */
    public static SeverityProposal proposal(Draft draft) {
        String environment = draft.value(FormField.ENVIRONMENT);
        Environment env = environment == null ? Environment.PRODUCTION
                : Environment.valueOf(environment.toUpperCase(java.util.Locale.ROOT));
        SeverityProposal proposal = SeverityProposal.of(suggest(draft).severity(), env);
        String impossible = draft.value(FormField.S1_OPERATION_IMPOSSIBLE);
        String earlier = draft.value(FormField.S1_EARLIER_STATE_AVOIDS);
        if (impossible != null && earlier != null) {
            proposal = proposal.withChecklist("yes".equals(impossible), "yes".equals(earlier));
        }
        return proposal;
    }
}
