package org.contractsla.core.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.contractsla.core.severity.Severity;

/**
 * What an issue tracker records of a request: when it was created and by whom, how its status and resolution
 * changed, and its comments. {@link #history} reads from it the history the clocks are measured on (domain spec
 * §3.1, §3.3), so that a clock can always be rebuilt from the issue:
 * <ul>
 *   <li>each status change is a status entry (pauses follow from the policy's pause statuses);</li>
 *   <li>a resolution set on an unresolved request resolves it; a resolution cleared on a resolved one reopens it;
 *       a resolution changed to another one changes nothing;</li>
 *   <li>a response is a public comment by the support team: by a user with a licence, not the reporter. Comments
 *       restricted to a group or role are internal; the reporter's own comments answer nobody. In a project that
 *       names response statuses, reaching one of them after receipt is a response too.</li>
 * </ul>
 * Something recorded before the creation (clocks of cluster nodes differ by moments) counts at the creation.
 * Immutable.
 */
public final class IssueActivity {

    /** The status became {@code status} at {@code at}. */
    public record StatusChange(Instant at, String status) {
        /** Checks its parts. */
        public StatusChange {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The resolution was set ({@code resolved}) or cleared at {@code at}. */
    public record ResolutionChange(Instant at, boolean resolved) {
        /** Checks its parts. */
        public ResolutionChange {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A comment.
     *
     * @param authorKey the author's user key; null if the author is unknown (deleted, anonymous)
     * @param visibleToReporter not restricted to a group or role
     * @param byLicensedUser the author holds a licence of the tracker: a member of the support team
     */
    public record Comment(Instant at, String authorKey, boolean visibleToReporter, boolean byLicensedUser) {
        /** Checks its parts. */
        public Comment {
            Objects.requireNonNull(at, "at");
        }
    }

    private final Instant created;
    private final String reporterKey;
    private final List<StatusChange> statusChanges;
    private final List<ResolutionChange> resolutionChanges;
    private final List<Comment> comments;

    /**
     * @param created           creation of the issue: the request's receipt, not null
     * @param reporterKey       the reporter's user key, or null if there is none
     * @param statusChanges     status changes, any order, not null
     * @param resolutionChanges resolution changes, any order, not null
     * @param comments          comments, any order, not null
     */
    public IssueActivity(Instant created, String reporterKey, List<StatusChange> statusChanges,
            List<ResolutionChange> resolutionChanges, List<Comment> comments) {
        this.created = Objects.requireNonNull(created, "created");
        this.reporterKey = reporterKey;
        this.statusChanges = List.copyOf(statusChanges);
        this.resolutionChanges = List.copyOf(resolutionChanges);
        this.comments = List.copyOf(comments);
    }

    /** @return when the issue was created: the request's receipt */
    public Instant created() {
        return created;
    }

    /** @return the reporter's user key, or null if there is none */
    public String reporterKey() {
        return reporterKey;
    }

    /**
     * @param key         the request's key, not null
     * @param planId      the plan at receipt, not null
     * @param severity    the severity at receipt, not null
     * @param goalChanges the request's severity and plan changes as recorded (entries of those two types only),
     *                    not null
     * @return the history of the request, entries in time order (at one instant: status, resolution, goal
     *         changes, responses)
     */
    public RequestHistory history(String key, String planId, Severity severity, List<RequestHistory.Entry> goalChanges) {
        return history(key, planId, severity, goalChanges, Set.of());
    }

    /**
     * As {@link #history(String, String, Severity, List)}, for a project where reaching one of some statuses (a
     * configured transition, such as to "Answered") answers the customer as a public comment of the team does.
     *
     * @param responseStatuses statuses whose reaching after receipt is a response, not null
     */
    public RequestHistory history(String key, String planId, Severity severity, List<RequestHistory.Entry> goalChanges,
            Set<String> responseStatuses) {
        // each clock reads one kind of entry: they are kept apart by kind, each kind in time order
        RequestHistory.Entry[] statuses = new RequestHistory.Entry[statusChanges.size()];
        RequestHistory.Entry[] responses = new RequestHistory.Entry[comments.size()
                + (responseStatuses.isEmpty() ? 0 : statusChanges.size())];
        int answered = 0;
        for (int i = 0; i < statuses.length; i++) {
            StatusChange s = statusChanges.get(i);
            statuses[i] = RequestHistory.Entry.status(notBeforeCreation(s.at()), s.status());
            if (!responseStatuses.isEmpty() && s.at().isAfter(created) && responseStatuses.contains(s.status())) {
                responses[answered++] = RequestHistory.Entry.response(s.at());
            }
        }
        List<ResolutionChange> resolutionsInOrder = resolutionChanges;
        if (!inOrder(resolutionsInOrder)) { // as a tracker's history usually comes: sorted only when it does not
            resolutionsInOrder = new ArrayList<>(resolutionChanges);
            resolutionsInOrder.sort(java.util.Comparator.comparing(ResolutionChange::at));
        }
        RequestHistory.Entry[] resolutions = new RequestHistory.Entry[resolutionsInOrder.size()];
        int changed = 0;
        boolean resolved = false;
        for (ResolutionChange r : resolutionsInOrder) {
            if (r.resolved() && !resolved) {
                resolutions[changed++] = RequestHistory.Entry.resolved(notBeforeCreation(r.at()));
            } else if (!r.resolved() && resolved) {
                resolutions[changed++] = RequestHistory.Entry.reopened(notBeforeCreation(r.at()));
            }
            resolved = r.resolved();
        }
        RequestHistory.Entry[] goals = new RequestHistory.Entry[goalChanges.size()];
        for (int i = 0; i < goals.length; i++) {
            RequestHistory.Entry e = goalChanges.get(i);
            if (e.type() != RequestHistory.Entry.Type.SEVERITY && e.type() != RequestHistory.Entry.Type.PLAN) {
                throw new IllegalArgumentException("not a severity or plan change: " + e.type());
            }
            goals[i] = e.at().isBefore(created) ? moved(e) : e;
        }
        for (Comment c : comments) {
            if (c.visibleToReporter() && c.byLicensedUser() && c.authorKey() != null
                    && !c.authorKey().equals(reporterKey)) {
                responses[answered++] = RequestHistory.Entry.response(notBeforeCreation(c.at()));
            }
        }
        return RequestHistory.ofGroups(key, created, planId, severity, statuses, trimmed(responses, answered),
                trimmed(resolutions, changed), goals);
    }

    private static RequestHistory.Entry[] trimmed(RequestHistory.Entry[] entries, int n) {
        return n == entries.length ? entries : java.util.Arrays.copyOf(entries, n);
    }

    private static boolean inOrder(List<ResolutionChange> changes) {
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).at().isBefore(changes.get(i - 1).at())) {
                return false;
            }
        }
        return true;
    }

    private Instant notBeforeCreation(Instant at) {
        return at.isBefore(created) ? created : at;
    }

    private RequestHistory.Entry moved(RequestHistory.Entry e) {
        return e.type() == RequestHistory.Entry.Type.SEVERITY
                ? RequestHistory.Entry.severity(created, Severity.parse(e.value()))
                : RequestHistory.Entry.plan(created, e.value(), e.contract());
    }
}
