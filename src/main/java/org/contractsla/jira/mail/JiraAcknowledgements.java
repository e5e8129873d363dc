package org.contractsla.jira.mail;

import com.atlassian.jira.mail.Email;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.ZoneId;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.portal.SubmittingRequests;

/**
 * Sends the portal's acknowledgement through Jira's mail queue, to the reporter's e-mail address: queued, so the
 * page never waits for the mail server, and sent with Jira's own outgoing mail settings.
 */
@Named
public class JiraAcknowledgements implements SubmittingRequests.Acknowledging {

    private final MailQueue mail;
    private final UserManager users;

    @Inject
    public JiraAcknowledgements(@ComponentImport MailQueue mail, @ComponentImport UserManager users) {
        this.mail = mail;
        this.users = users;
    }

    @Override
    public void acknowledge(SubmittingRequests.Sent sent, String reporterKey, Locale language, ZoneId zone) {
        ApplicationUser reporter = users.getUserByKey(reporterKey);
        if (reporter == null || reporter.getEmailAddress() == null || reporter.getEmailAddress().isBlank()) {
            return; // nobody to write to: the page told them
        }
        AcknowledgementMail text = AcknowledgementMail.of(sent, language, zone);
        Email email = new Email(reporter.getEmailAddress());
        email.setSubject(text.subject());
        email.setBody(text.body());
        email.setMimeType("text/plain");
        mail.addItem(new SingleMailQueueItem(email));
    }
}
