/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/2.3.2/xref/com/atlassian/mail/queue/SingleMailQueueItem.html
 * No behaviour.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
    }

    public Email getEmail() {
        throw new UnsupportedOperationException("stand-in");
    }
}
