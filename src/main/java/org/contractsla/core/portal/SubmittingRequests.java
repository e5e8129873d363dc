package org.contractsla.core.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.clock.ClockMeasurement;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.request.AssessingRequests;
import org.contractsla.core.request.MetricClock;
import org.contractsla.core.request.RequestAssessment;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Severity;

/**
 * Use case: a customer sends the request form (domain spec §4). The form is checked field by field; the request is
 * checked for entitlement as its reporter asks it (a customer number of another organization gets the answer of
 * one that does not exist); one the plan turns away is not created, and the customer is told why and what to do;
 * any other is created once per form in the tracker, opened (its quota unit booked, its decision kept) and answered
 * with its key, the response goal and when it is due.
 */
public final class SubmittingRequests {

    /** Port: creates the request in the tracker, as the portal's service account, with the customer as reporter. */
    public interface Tracker {
        /**
         * @return the created request
         * @throws RuntimeException if the tracker refused it; nothing was created
         */
        Created create(NewRequest request);

        /**
         * @param requestId a request's id
         * @return what the tracker shows of it now, empty if it is gone
         */
        Optional<Found> find(String requestId);

        /** @return whether files can be attached to requests (Jira: attachments are enabled) */
        default boolean takesFiles() {
            return false;
        }

        /** @return the largest file the tracker takes as an attachment, in bytes */
        default long largestFile() {
            return Long.MAX_VALUE;
        }

        /**
         * Attaches a file the customer sent with the form to the created request, as the customer's.
         *
         * @param content the file's bytes; the caller closes it
         * @throws RuntimeException if it could not be attached; the request stands
         */
        default void attach(Created request, String reporterKey, AttachedFiles.File file, java.io.InputStream content) {
            throw new UnsupportedOperationException("this tracker takes no files");
        }
    }

    /** A request as the tracker shows it: its key, summary and workflow status. */
    public record Found(String key, String summary, String status) {
    }

    /**
     * Port: tells the customer their request was received (an e-mail in their language). Called once per created
     * request; a failure here does not undo the request, which the customer sees on the page anyway.
     */
    public interface Acknowledging {
        /**
         * @param reporterKey the customer
         * @param language    the language they wrote in
         * @param zone        their time zone, for the due time
         */
        void acknowledge(Sent sent, String reporterKey, java.util.Locale language, java.time.ZoneId zone);

        /** Tells nobody. */
        Acknowledging NONE = (sent, reporterKey, language, zone) -> { };
    }

    /** What the tracker is asked to create. */
    public record NewRequest(String reporterKey, RequestCategory category, Map<FormField, String> values,
            Severity proposedSeverity, java.util.Locale language) {
        public NewRequest {
            Objects.requireNonNull(category, "category");
            values = Map.copyOf(values);
        }
    }

    /** A created request: its id (the issue's) and the key the customer quotes. */
    public record Created(String id, String key) {
        public Created {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
        }
    }

    /** How a send ended. */
    public sealed interface Outcome {
    }

    /** The form has problems: nothing was checked or created. */
    public record Invalid(List<RequestForm.Problem> problems) implements Outcome {
    }

    /** The plan turns the request away: nothing was created. */
    public record Refused(EntitlementDecision decision) implements Outcome {
    }

    /**
     * The same form is being sent right now (a double click): nothing more was created; its answer shows once the
     * first send is done.
     */
    public record UnderWay() implements Outcome {
    }

    /**
     * The request was created (now, or by an earlier send of the same form).
     *
     * @param responseGoal the goal for the first response, or null if its plan sets none
     * @param responseDue  when that goal is used up, or null if not known
     * @param attached     the names of the files attached to it
     * @param notAttached  the names of the form's files that could not be attached
     */
    public record Sent(Created request, EntitlementDecision decision, Duration responseGoal, Instant responseDue,
            List<String> attached, List<String> notAttached) implements Outcome {
        public Sent {
            attached = List.copyOf(attached);
            notAttached = List.copyOf(notAttached);
        }

        /** Without files. */
        public Sent(Created request, EntitlementDecision decision, Duration responseGoal, Instant responseDue) {
            this(request, decision, responseGoal, responseDue, List.of(), List.of());
        }

        /** @return the same answer, with the files as attached */
        Sent withFiles(List<String> attached, List<String> notAttached) {
            return new Sent(request, decision, responseGoal, responseDue, attached, notAttached);
        }
    }

    private final CheckingEntitlement checking;
    private final CountingRequests counting;
    private final AssessingRequests assessing;
    private final Tracker tracker;
    private final Submissions submissions;
    private final Acknowledging acknowledging;
    private final AttachedFiles files;
    private final CustomerLocks locks;

    public SubmittingRequests(CheckingEntitlement checking, CountingRequests counting, AssessingRequests assessing,
            Tracker tracker, Submissions submissions) {
        this(checking, counting, assessing, tracker, submissions, Acknowledging.NONE, new AttachedFiles.InMemory(),
                new CustomerLocks());
    }

    /**
     * @param files the files customers attached to their forms: attached to the request once it is created
     * @param locks the customers' locks, shared with the adding of files: a form is claimed for sending while no
     *              file is being added to it
     */
    public SubmittingRequests(CheckingEntitlement checking, CountingRequests counting, AssessingRequests assessing,
            Tracker tracker, Submissions submissions, Acknowledging acknowledging, AttachedFiles files,
            CustomerLocks locks) {
        this.files = Objects.requireNonNull(files, "files");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.acknowledging = Objects.requireNonNull(acknowledging, "acknowledging");
        this.checking = Objects.requireNonNull(checking, "checking");
        this.counting = Objects.requireNonNull(counting, "counting");
        this.assessing = Objects.requireNonNull(assessing, "assessing");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
    }

    /**
     * @param reporterKey the customer who sent it, not null
     * @param token       the form's token
     * @return the answer a form of that customer got when it was sent; empty if it was not (or is no longer known)
     */
    public Optional<Sent> sent(String reporterKey, String token) {
        return token == null ? Optional.empty() : submissions.sent(Objects.requireNonNull(reporterKey, "reporterKey"),
                token);
    }

    /**
     * @param draft       what was typed, not null
     * @param reporterKey the customer, not null
     * @param projectKey  the support project the portal creates in, not null
     * @param token       the form's token (one request per token), not null
     * @param language    the language the customer chose, for what the tracker keeps and the acknowledgement
     * @param zone        the customer's time zone, for the acknowledgement
     * @param now         the instant of the send, not null
     */
    public Outcome submit(RequestForm.Draft draft, String reporterKey, String projectKey, String token,
            java.util.Locale language, java.time.ZoneId zone, Instant now) {
        Optional<Sent> before = submissions.sent(reporterKey, token);
        if (before.isPresent()) {
            return before.get(); // sent before: the same answer, nothing checked, booked or mailed again
        }
        List<RequestForm.Problem> problems = RequestForm.check(draft);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        EntitlementRequest request = question(draft, reporterKey, now);
        EntitlementDecision decision = checking.checkAsReporter(request);
        if (decision.handling() == EntitlementDecision.Handling.REJECT) {
            // a send of the same form may have taken the last unit meanwhile: then its answer, not a refusal
            return submissions.sent(reporterKey, token).<Outcome>map(s -> s).orElse(new Refused(decision));
        }
        boolean claimed;
        synchronized (locks.of(reporterKey)) { // from here on the form takes no more files
            claimed = submissions.claim(reporterKey, token);
        }
        if (!claimed) {
            return submissions.sent(reporterKey, token).<Outcome>map(s -> s).orElse(new UnderWay());
        }
        Created created = null;
        try {
            created = tracker.create(new NewRequest(reporterKey, draft.category(), draft.values(),
                    RequestForm.suggest(draft).severity(), language));
        } finally {
            if (created == null) {
                submissions.release(reporterKey, token); // nothing was created: the form may be sent again
            }
        }
        // the request exists from here on: whatever fails now, sending the form again must not create another
        Sent sent = new Sent(created, decision, null, null);
        try {
            sent = sent(created, decision, now); // the goal as checked, before anything else can fail
        } catch (RuntimeException e) {
            // no goal to tell: the page says the plan sets none, and the team answers anyway
        }
        submissions.remember(reporterKey, token, sent);
        try {
            EntitlementDecision booked = counting.opened(created.id(), projectKey, request).orElse(decision);
            if (!booked.equals(decision)) { // another request took the last unit meanwhile: tell what was booked
                sent = sent(created, booked, now);
                submissions.remember(reporterKey, token, sent);
            }
        } catch (RuntimeException e) {
            // not booked now: the quota listener and the nightly reconciliation count the request
        }
        sent = attach(created, reporterKey, token, sent);
        submissions.remember(reporterKey, token, sent);
        try {
            acknowledging.acknowledge(sent, reporterKey, language, zone);
        } catch (RuntimeException e) {
            // the request stands: the page tells its number, and the team answers it
        }
        return sent;
    }

    /** @return whether the tracker takes files: the form then asks for them */
    public boolean takesFiles() {
        try {
            return tracker.takesFiles();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Attaches the form's files to the created request; one that fails is named, the others still go. */
    private Sent attach(Created created, String reporterKey, String token, Sent sent) {
        List<String> attached = new java.util.ArrayList<>();
        List<String> notAttached = new java.util.ArrayList<>();
        List<AttachedFiles.File> held;
        try {
            held = files.of(reporterKey, token);
        } catch (RuntimeException e) {
            return sent;
        }
        for (AttachedFiles.File file : held) {
            try (java.io.InputStream content = files.open(reporterKey, token, file.id())) {
                tracker.attach(created, reporterKey, file, content);
                attached.add(file.name());
            } catch (java.io.IOException | RuntimeException e) {
                notAttached.add(file.name()); // the customer is told to send it by e-mail, quoting the key
            }
        }
        try {
            files.clear(reporterKey, token);
        } catch (RuntimeException e) {
            // left behind: the store forgets old forms' files by itself
        }
        return sent.withFiles(attached, notAttached);
    }

    /** @return the entitlement question the form asks: as the reporter, on the portal, now */
    public static EntitlementRequest question(RequestForm.Draft draft, String reporterKey, Instant now) {
        return EntitlementRequest.builder(Channel.PORTAL, now).reporter(reporterKey)
                .customerNumber(draft.value(FormField.CUSTOMER_NUMBER))
                .category(draft.category() == null ? null : draft.category().id())
                .severity(RequestForm.proposal(draft)).build();
    }

    private Sent sent(Created created, EntitlementDecision decision, Instant now) {
        String plan = decision.planId().orElse(null);
        if (plan == null) {
            return new Sent(created, decision, null, null);
        }
        RequestHistory history = RequestHistory.of(created.key(), now, plan,
                decision.severity().orElse(Severity.S3), List.of());
        RequestAssessment assessment = assessing.measure(history, decision, now);
        Optional<ClockMeasurement> response = Optional.ofNullable(assessment.clocks().get(Metric.FIRST_RESPONSE))
                .flatMap(MetricClock::measurement);
        return new Sent(created, decision, response.map(ClockMeasurement::goal).orElse(null),
                response.flatMap(ClockMeasurement::due).orElse(null));
    }
}
