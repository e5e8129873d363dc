/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueValidationResult.html,
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html,
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/package-summary.html (signatures unchanged in
 * public Platform 7 apps, e.g. mailru/jira-plugins-mrimsender IssueCreationServiceImpl). No behaviour.
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        public IssueValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(errorCollection);
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errorCollection,
                java.util.Map<String, Object> fieldValuesHolder) {
            super(issue, errorCollection);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }
}
