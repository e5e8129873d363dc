/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html
 * (getChangeItemsForField(Issue, String) returning List<ChangeItemBean>, as public Jira apps call it)
 */
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;

public interface ChangeHistoryManager {

    List<ChangeItemBean> getChangeItemsForField(Issue issue, String changeItemFieldName);
}
