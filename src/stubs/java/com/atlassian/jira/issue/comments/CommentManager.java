/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/comments/CommentManager.html
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

public interface CommentManager {

    /** All comments of the issue, whoever may see them. */
    List<Comment> getComments(Issue issue);
}
