/*
 * Stand-in for compiling without Atlassian's repository; never packaged. The app neither calls nor implements its
 * methods: it hands a SingleMailQueueItem to the queue.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/MailQueueItem.html
 */
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
