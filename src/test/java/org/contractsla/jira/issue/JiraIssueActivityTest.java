package org.contractsla.jira.issue;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.contractsla.core.request.RequestHistory;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class JiraIssueActivityTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final ApplicationRoleManager licences = mock(ApplicationRoleManager.class);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser anna = user("anna", true, false);
    private final ApplicationUser agent = user("agent", true, true);

    private ApplicationUser user(String key, boolean active, boolean licensed) {
        ApplicationUser u = mock(ApplicationUser.class);
        when(u.getKey()).thenReturn(key);
        when(u.isActive()).thenReturn(active);
        when(licences.hasAnyRole(u)).thenReturn(licensed);
        return u;
    }

    private static Timestamp at(int minutes) {
        return Timestamp.from(CREATED.plusSeconds(60L * minutes));
    }

    private static ChangeItemBean change(int minutes, String from, String fromString, String to, String toString) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getCreated()).thenReturn(at(minutes));
        when(item.getFrom()).thenReturn(from);
        when(item.getFromString()).thenReturn(fromString);
        when(item.getTo()).thenReturn(to);
        when(item.getToString()).thenReturn(toString);
        return item;
    }

    private static Comment comment(int minutes, ApplicationUser author, String group, Long role) {
        Comment c = mock(Comment.class);
        when(c.getCreated()).thenReturn(new Date(at(minutes).getTime()));
        when(c.getAuthorApplicationUser()).thenReturn(author);
        when(c.getGroupLevel()).thenReturn(group);
        when(c.getRoleLevelId()).thenReturn(role);
        return c;
    }

    private List<String> history() {
        when(issue.getCreated()).thenReturn(at(0));
        when(issue.getReporter()).thenReturn(anna);
        RequestHistory h = new JiraIssueActivity(changes, comments, licences).of(issue)
                .history("SUP-1", "gold", Severity.S3, List.of());
        List<String> out = new ArrayList<>();
        for (RequestHistory.Entry e : h.entries()) {
            out.add(Duration.between(CREATED, e.at()).toMinutes() + " " + e.type() + (e.value() == null ? "" : " " + e.value()));
        }
        return out;
    }

    @Test
    public void shouldReadStatusesFromTheOneItWasCreatedInAndResolutionsFromTheirValues() {
        List<ChangeItemBean> statuses = List.of(change(10, "1", "Open", "3", "In Progress"),
                change(30, "3", "In Progress", "10001", "Waiting for customer"));
        List<ChangeItemBean> resolutions = List.of(change(60, null, null, "10000", "Done"),
                change(90, "10000", "Done", null, null));
        when(changes.getChangeItemsForField(issue, "status")).thenReturn(statuses);
        when(changes.getChangeItemsForField(issue, "resolution")).thenReturn(resolutions);
        assertEquals(List.of("0 STATUS Open", "10 STATUS In Progress", "30 STATUS Waiting for customer", "60 RESOLVED",
                "90 REOPENED"), history());
    }

    @Test
    public void shouldTakeTheCurrentStatusAsTheFirstWhenItNeverChanged() {
        Status waiting = mock(Status.class);
        when(waiting.getName()).thenReturn("Waiting for support");
        when(issue.getStatus()).thenReturn(waiting);
        assertEquals(List.of("0 STATUS Waiting for support"), history());
    }

    @Test
    public void shouldCountPublicCommentsOfLicensedUsersOtherThanTheReporter() {
        ApplicationUser customerColleague = user("bert", true, false);
        ApplicationUser formerCustomer = user("former", false, false); // deactivated when the contract ended
        List<Comment> all = List.of(
                comment(5, anna, null, null),
                comment(6, customerColleague, null, null),
                comment(7, agent, "jira-administrators", null), // restricted to a group
                comment(8, agent, null, 10002L), // restricted to a project role
                comment(9, null, null, null), // an author Jira no longer knows
                comment(20, formerCustomer, null, null),
                comment(25, agent, null, null));
        when(comments.getComments(issue)).thenReturn(all);
        assertEquals(List.of("25 RESPONSE"), history());
    }
}
