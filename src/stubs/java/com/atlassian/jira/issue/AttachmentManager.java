/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/AttachmentManager.html
 * createAttachment returns ChangeItemBean and throws AttachmentException as ONLYOFFICE/onlyoffice-jira's
 * AttachmentUtil calls it against Jira 10.0 (see docs/jira-platform.md).
 */
package com.atlassian.jira.issue;

public interface AttachmentManager {

    boolean attachmentsEnabled();

    com.atlassian.jira.issue.history.ChangeItemBean createAttachment(
            com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean createAttachmentParamsBean)
            throws com.atlassian.jira.web.util.AttachmentException;
}
