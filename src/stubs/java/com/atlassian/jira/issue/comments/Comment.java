/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/comments/Comment.html
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

public interface Comment {

    ApplicationUser getAuthorApplicationUser();

    Date getCreated();

    /** The group the comment is restricted to, or null. */
    String getGroupLevel();

    /** The project role the comment is restricted to, or null. */
    Long getRoleLevelId();
}
