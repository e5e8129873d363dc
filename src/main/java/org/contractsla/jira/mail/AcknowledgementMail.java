package org.contractsla.jira.mail;

import java.time.ZoneId;
import java.util.Locale;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.web.PortalPages;

/**
 * The acknowledgement a customer gets for a request sent through the portal: its number to quote, and the response
 * goal with its due time in the customer's zone, the files attached to it, in the language they wrote in. Plain
 * text.
 *
 * @param subject the subject line
 * @param body    the text
 */
public record AcknowledgementMail(String subject, String body) {

    /**
     * @param sent     the request as the portal answered it
     * @param language the customer's language
     * @param zone     the customer's time zone
     */
    public static AcknowledgementMail of(SubmittingRequests.Sent sent, Locale language, ZoneId zone) {
        Messages m = new Messages(language);
        String key = sent.request().key();
        String goal = PortalPages.goal(sent, language, zone); // as the confirmation page says it
        StringBuilder files = new StringBuilder();
        if (!sent.attached().isEmpty()) {
            files.append(m.text("portal.sent.files", PortalPages.quoted(m, sent.attached()))).append('\n');
        }
        if (!sent.notAttached().isEmpty()) {
            files.append(m.text("portal.sent.filesNotAttached", PortalPages.quoted(m, sent.notAttached()), key,
                    sent.notAttached().size())).append('\n');
        }
        if (files.length() == 0) { // none came with the form: how to send them later
            files.append(m.text("portal.attachments.note")).append('\n');
        }
        String body = m.text("portal.mail.greeting") + "\n\n" + m.text("portal.sent.heading", key) + "\n"
                + m.text("portal.sent.quote") + "\n\n" + goal + "\n\n" + files;
        return new AcknowledgementMail(m.text("portal.mail.subject", key), body);
    }
}
