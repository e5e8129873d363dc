package org.contractsla.jira.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.mail.Email;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.core.severity.Severity;
import org.junit.Test;
import org.mockito.MockedConstruction;

/** The portal's acknowledgement through Jira's mail queue, each Jira type a mock of its stand-in. */
public class JiraAcknowledgementsTest {

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);

    private static SubmittingRequests.Sent sent(Duration goal, Instant due) {
        return new SubmittingRequests.Sent(new SubmittingRequests.Created("20001", "SUP-7"),
                EntitlementDecision.from(List.of(), false, "K-1", "gold", Severity.S2), goal, due);
    }

    @Test
    public void shouldQueueTheAcknowledgementInTheCustomersLanguageAndZone() {
        ApplicationUser anna = mock(ApplicationUser.class);
        when(anna.getEmailAddress()).thenReturn("anna.berg@nordlicht.example");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(anna);
        try (MockedConstruction<Email> emails = mockConstruction(Email.class, withSettings().defaultAnswer(RETURNS_SELF),
                (email, context) -> assertEquals(List.of("anna.berg@nordlicht.example"), context.arguments()));
                MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {
            new JiraAcknowledgements(queue, users).acknowledge(sent(Duration.ofHours(8),
                    Instant.parse("2026-12-04T15:00:00Z")), "JIRAUSER10100", Locale.GERMAN,
                    ZoneId.of("Europe/Berlin"));
            Email email = emails.constructed().get(0);
            verify(email).setSubject("SUP-7: Ihre Anfrage ist eingegangen");
            org.mockito.ArgumentCaptor<String> body = org.mockito.ArgumentCaptor.forClass(String.class);
            verify(email).setBody(body.capture());
            assertTrue(body.getValue(), body.getValue().contains("Ihre Anfrage SUP-7 ist eingegangen."));
            assertTrue("due in her zone: 16:00 in Berlin", body.getValue().contains("04.12.2026, 16:00"));
            verify(email).setMimeType("text/plain");
            verify(queue).addItem(items.constructed().get(0));
        }
    }

    @Test
    public void shouldWriteToNobodyWithoutAnAddressAndSayWhenThePlanSetsNoGoal() {
        ApplicationUser nobody = mock(ApplicationUser.class);
        when(users.getUserByKey("k")).thenReturn(nobody);
        new JiraAcknowledgements(queue, users).acknowledge(sent(null, null), "k", Locale.ENGLISH, ZoneId.of("UTC"));
        new JiraAcknowledgements(queue, users).acknowledge(sent(null, null), "gone", Locale.ENGLISH, ZoneId.of("UTC"));
        verify(queue, never()).addItem(any());
        String body = AcknowledgementMail.of(sent(null, null), Locale.ENGLISH, ZoneId.of("UTC")).body();
        assertTrue(body, body.contains("Your plan sets no response time"));
    }

    @Test
    public void shouldNameTheAttachedFilesAndThoseToSendByMail() {
        SubmittingRequests.Sent none = sent(null, null);
        String without = AcknowledgementMail.of(none, Locale.ENGLISH, ZoneId.of("UTC")).body();
        assertTrue("no files: how to send them", without.contains("please send them by e-mail"));
        SubmittingRequests.Sent withFiles = new SubmittingRequests.Sent(none.request(), none.decision(), null, null,
                List.of("server.log", "screen.png"), List.of("dump.zip"));
        String body = AcknowledgementMail.of(withFiles, Locale.GERMAN, ZoneId.of("UTC")).body();
        assertTrue(body, body.contains("Angeh\u00e4ngt: \u201eserver.log\u201c, \u201escreen.png\u201c\n"));
        assertTrue(body, body.contains("Diese Datei konnte nicht angeh\u00e4ngt werden: \u201edump.zip\u201c. Bitte senden "
                + "Sie sie per E-Mail unter Angabe von SUP-7."));
        assertFalse("the files came with the form", body.contains("bis zu 10 MB je Datei"));
    }
}
