/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses (called,
 * never implemented). Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueue.html
 * (injected with @ComponentImport in public Jira apps, e.g. mailru/jira-plugins-mrimsender AccessRequestService).
 */
package com.atlassian.mail.queue;

public interface MailQueue {

    void addItem(MailQueueItem item);
}
