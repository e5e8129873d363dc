package org.contractsla.jira.issue;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.request.IssueActivity;

/**
 * Reads what Jira recorded of an issue into the core's {@link IssueActivity}: status and resolution changes from
 * the change history, comments with their visibility and whether their author belongs to the support team. The
 * core decides what counts (a response, a resolution, a reopening).
 *
 * <p>The support team: authors who hold a Jira licence (customers hold none). Jira keeps no record of who held a
 * licence when a comment was written, so the answer is today's: a comment of an agent who has since lost their
 * licence stops counting when the clock is next rebuilt. Who is the reporter is the core's question.
 */
@Named
public class JiraIssueActivity {

    private final ChangeHistoryManager changes;
    private final CommentManager comments;
    private final ApplicationRoleManager licences;

    @Inject
    public JiraIssueActivity(@ComponentImport ChangeHistoryManager changes, @ComponentImport CommentManager comments,
            @ComponentImport ApplicationRoleManager licences) {
        this.changes = changes;
        this.comments = comments;
        this.licences = licences;
    }

    /**
     * @param issue an issue, not null
     * @return what Jira recorded of it, received when it was created
     */
    public IssueActivity of(Issue issue) {
        return of(issue, projectId -> true);
    }

    /**
     * @param issue          an issue, not null
     * @param supportProject whether the project of that id is a support project
     * @return what Jira recorded of it, received when it became a support request: when it was created, or when it
     *         was last moved into the support projects from elsewhere (as the quota counts it); what happened before
     *         counts at that instant
     */
    public IssueActivity of(Issue issue, LongPredicate supportProject) {
        Instant created = received(issue, supportProject);
        List<IssueActivity.StatusChange> statuses = new ArrayList<>();
        List<ChangeItemBean> statusItems = changes.getChangeItemsForField(issue, "status");
        // the status it was created in: the first change starts from it; with no change, it is the current one
        String initial = statusItems.isEmpty()
                ? (issue.getStatus() == null ? null : issue.getStatus().getName())
                : statusItems.get(0).getFromString();
        if (initial != null) {
            statuses.add(new IssueActivity.StatusChange(created, initial));
        }
        for (ChangeItemBean item : statusItems) {
            if (item.getCreated() != null && item.getToString() != null) {
                statuses.add(new IssueActivity.StatusChange(item.getCreated().toInstant(), item.getToString()));
            }
        }
        List<IssueActivity.ResolutionChange> resolutions = new ArrayList<>();
        for (ChangeItemBean item : changes.getChangeItemsForField(issue, "resolution")) {
            if (item.getCreated() != null) {
                boolean set = item.getTo() != null && !item.getTo().isEmpty();
                resolutions.add(new IssueActivity.ResolutionChange(item.getCreated().toInstant(), set));
            }
        }
        List<IssueActivity.Comment> read = new ArrayList<>();
        boolean moved = !created.equals(issue.getCreated().toInstant());
        for (Comment c : comments.getComments(issue)) {
            if (c.getCreated() == null || moved && c.getCreated().toInstant().isBefore(created)) {
                continue; // written before it became a support request: it answered no customer's request
            }
            ApplicationUser author = c.getAuthorApplicationUser();
            boolean visible = c.getGroupLevel() == null && c.getRoleLevelId() == null;
            boolean support = author != null && licences.hasAnyRole(author);
            read.add(new IssueActivity.Comment(c.getCreated().toInstant(), author == null ? null : author.getKey(),
                    visible, support));
        }
        ApplicationUser reporter = issue.getReporter();
        return new IssueActivity(created, reporter == null ? null : reporter.getKey(), statuses, resolutions, read);
    }

    /** Moves are recorded as changes of the field {@code project}, from one project id to another. */
    private Instant received(Issue issue, LongPredicate supportProject) {
        Instant received = issue.getCreated().toInstant();
        for (ChangeItemBean item : changes.getChangeItemsForField(issue, "project")) {
            if (item.getCreated() != null && isSupport(item.getTo(), supportProject)
                    && !isSupport(item.getFrom(), supportProject)) {
                received = item.getCreated().toInstant();
            }
        }
        return received;
    }

    private static boolean isSupport(String projectId, LongPredicate supportProject) {
        try {
            return projectId != null && supportProject.test(Long.parseLong(projectId.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
