package org.contractsla.core.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.GoalDefinition;
import org.contractsla.core.policy.Metric;
import org.contractsla.core.policy.OutOfEntitlement;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.request.AssessingRequests;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.core.severity.Severity;
import org.junit.Test;

public class SubmittingRequestsTest {

    private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");

    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryQuotaLedger ledger = new InMemoryQuotaLedger();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
    private final List<SubmittingRequests.NewRequest> created = new ArrayList<>();
    private final List<String> acknowledged = new ArrayList<>();
    private boolean failNext;
    /** the files the tracker attached, as "key name bytes author" */
    private final List<String> attachedToRequests = new ArrayList<>();
    private final AttachedFiles.InMemory files = new AttachedFiles.InMemory();
    private final SubmittingRequests submitting;

    public SubmittingRequestsTest() {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)), List.of(
                Plan.builder("gold").channels(List.of(Channel.PORTAL)).outOfEntitlement(OutOfEntitlement.REJECT)
                        .goal(Metric.FIRST_RESPONSE, Severity.S2, GoalDefinition.of(Duration.ofHours(2), "utc", false))
                        .goal(Metric.FIRST_RESPONSE, Severity.S4, GoalDefinition.of(Duration.ofHours(24), "utc",
                                false)).build()), Set.of()).withSupportProjects(Set.of("SUP"));
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.putOrganization(Organization.of("other", "Other"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        contracts.add(Contract.builder("K-2", "other", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("eve"))
                .build());
        CheckingEntitlement checking = CheckingEntitlement.standard(() -> policy, contracts, ledger);
        submitting = new SubmittingRequests(checking, new CountingRequests(() -> policy, contracts, ledger, decisions),
                new AssessingRequests(new MeasuringRequestClocks(CompiledPolicy.of(policy, FixedPublicHolidays.none())),
                        checking, contracts), new SubmittingRequests.Tracker() {
                            @Override
                            public SubmittingRequests.Created create(SubmittingRequests.NewRequest r) {
                                if (failNext) {
                                    failNext = false;
                                    throw new IllegalStateException("tracker down");
                                }
                                created.add(r);
                                return new SubmittingRequests.Created(String.valueOf(100 + created.size()),
                                        "SUP-" + created.size());
                            }

                            @Override
                            public java.util.Optional<SubmittingRequests.Found> find(String requestId) {
                                return java.util.Optional.empty();
                            }

                            @Override
                            public void attach(SubmittingRequests.Created request, String reporterKey,
                                    AttachedFiles.File file, java.io.InputStream content) {
                                if (file.name().startsWith("broken")) {
                                    throw new IllegalStateException("disk full");
                                }
                                try {
                                    attachedToRequests.add(request.key() + " " + file.name() + " "
                                            + new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                            + " " + reporterKey);
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }
                        }, new Submissions.InMemory(), (sent, reporter, language, zone) -> {
                            acknowledged.add(sent.request().key() + " " + reporter + " " + language
                                    + " " + sent.attached());
                            throw new IllegalStateException("mail server down"); // the request stands
                        }, files, new CustomerLocks());
    }

    private static RequestForm.Draft incident(String customerNumber) {
        Map<String, String> sent = new HashMap<>();
        sent.put("summary", "Backups fail");
        sent.put("customerNumber", customerNumber);
        sent.put("product", "Backup Server");
        sent.put("version", "12.4");
        sent.put("environment", "production");
        sent.put("doing", "Nightly backup");
        sent.put("actual", "Error 0x1F");
        sent.put("impact", "impaired");
        sent.put("workaround", "no");
        return RequestForm.Draft.of("incident", sent);
    }

    @Test
    public void shouldCreateOnceOpenTheRequestAndTellItsResponseGoal() {
        SubmittingRequests.Outcome outcome = submitting.submit(incident("K-1"), "jdoe", "SUP", "t1", Locale.GERMAN,
                ZoneOffset.UTC, NOW);
        SubmittingRequests.Sent sent = (SubmittingRequests.Sent) outcome;
        assertEquals("SUP-1", sent.request().key());
        assertEquals("suggested S2: its goal", Duration.ofHours(2), sent.responseGoal());
        assertEquals(NOW.plus(Duration.ofHours(2)), sent.responseDue());
        assertEquals(Severity.S2, created.get(0).proposedSeverity());
        assertEquals("jdoe", created.get(0).reporterKey());
        assertTrue("counted by the quota", ledger.known("101"));
        assertEquals("kept as the form asked it", EntitlementDecision.Outcome.ENTITLED,
                decisions.byRequest("101").orElseThrow().outcome());

        SubmittingRequests.Sent again = (SubmittingRequests.Sent) submitting.submit(incident("K-1"), "jdoe", "SUP",
                "t1", Locale.GERMAN, ZoneOffset.UTC, NOW.plusSeconds(1));
        assertEquals("the same form twice: one request", 1, created.size());
        assertEquals("acknowledged once, in the customer's language", List.of("SUP-1 jdoe de []"), acknowledged);
        assertEquals(sent.request(), again.request());
        assertEquals("found again by its customer and token", sent.request(),
                submitting.sent("jdoe", "t1").orElseThrow().request());
        assertEquals("by no one else", java.util.Optional.empty(), submitting.sent("mmax", "t1"));
        assertEquals(java.util.Optional.empty(), submitting.sent("jdoe", "t2"));
        assertEquals(java.util.Optional.empty(), submitting.sent("jdoe", null));
    }

    private void keep(String customer, String token, String name, String text) throws java.io.IOException {
        files.keep(customer, token, name, "text/plain",
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    public void shouldAttachTheFormsFilesToTheCreatedRequestAndNameThoseThatFailed() throws Exception {
        keep("jdoe", "f1", "server.log", "ERROR 0x1F");
        keep("jdoe", "f1", "broken.png", "PNG");
        keep("jdoe", "f1", "screen.png", "PNG");
        keep("jdoe", "f2", "other-form.log", "not this form's");
        SubmittingRequests.Sent sent = (SubmittingRequests.Sent) submitting.submit(incident("K-1"), "jdoe", "SUP",
                "f1", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        assertEquals("each as the customer's, to the created request",
                List.of("SUP-1 server.log ERROR 0x1F jdoe", "SUP-1 screen.png PNG jdoe"), attachedToRequests);
        assertEquals(List.of("server.log", "screen.png"), sent.attached());
        assertEquals("named, so that the page asks for it by e-mail", List.of("broken.png"), sent.notAttached());
        assertEquals("the mail names what was attached", List.of("SUP-1 jdoe en [server.log, screen.png]"),
                acknowledged);
        assertTrue("sent: the form's files are let go", files.of("jdoe", "f1").isEmpty());
        assertEquals("another form keeps its own", 1, files.of("jdoe", "f2").size());
        assertEquals("a reload answers with the files as attached", sent, submitting.submit(incident("K-1"), "jdoe",
                "SUP", "f1", Locale.ENGLISH, ZoneOffset.UTC, NOW.plusSeconds(1)));
        assertEquals(2, attachedToRequests.size());
    }

    @Test
    public void shouldKeepTheFilesOfAFormThatWasNotSent() throws Exception {
        keep("jdoe", "f3", "server.log", "ERROR");
        submitting.submit(RequestForm.Draft.of("incident", Map.of()), "jdoe", "SUP", "f3", Locale.ENGLISH,
                ZoneOffset.UTC, NOW);
        submitting.submit(incident("K-404"), "jdoe", "SUP", "f3", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        failNext = true;
        try {
            submitting.submit(incident("K-1"), "jdoe", "SUP", "f3", Locale.ENGLISH, ZoneOffset.UTC, NOW);
            org.junit.Assert.fail("the tracker failed");
        } catch (IllegalStateException expected) {
            // the form comes back
        }
        assertEquals("problems, a refusal and a failed creation keep them", 1, files.of("jdoe", "f3").size());
        assertTrue(attachedToRequests.isEmpty());
    }

    @Test
    public void shouldCreateNothingForAFormWithProblemsOrARequestTheyTurnAway() {
        Map<String, String> empty = new HashMap<>();
        SubmittingRequests.Invalid invalid = (SubmittingRequests.Invalid) submitting.submit(
                RequestForm.Draft.of("incident", empty), "jdoe", "SUP", "t2", Locale.ENGLISH, ZoneOffset.UTC,
                NOW);
        assertTrue(invalid.problems().size() > 3);
        SubmittingRequests.Refused theirs = (SubmittingRequests.Refused) submitting.submit(incident("K-2"), "jdoe",
                "SUP", "t3", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        SubmittingRequests.Refused none = (SubmittingRequests.Refused) submitting.submit(incident("K-404"), "jdoe",
                "SUP", "t4", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        assertEquals("another organization's number tells as much as one that does not exist",
                none.decision().reasons().stream().map(r -> r.key()).toList(),
                theirs.decision().reasons().stream().map(r -> r.key()).toList());
        assertTrue(created.isEmpty());
        assertTrue(acknowledged.isEmpty());
        assertTrue(ledger.requestIds().isEmpty());
    }

    @Test
    public void shouldLetAFormBeSentAgainWhenTheTrackerFailedAndKeepEachCustomersFormsApart() {
        failNext = true;
        try {
            submitting.submit(incident("K-1"), "jdoe", "SUP", "t9", Locale.ENGLISH, ZoneOffset.UTC, NOW);
            org.junit.Assert.fail("the tracker failed");
        } catch (IllegalStateException expected) {
            assertEquals("tracker down", expected.getMessage());
        }
        assertTrue(created.isEmpty());
        SubmittingRequests.Sent sent = (SubmittingRequests.Sent) submitting.submit(incident("K-1"), "jdoe", "SUP",
                "t9", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        assertEquals(1, created.size());
        // the same token from another customer is another form: it never answers with jdoe's request
        SubmittingRequests.Outcome eves = submitting.submit(incident("K-2"), "eve", "SUP", "t9", Locale.ENGLISH,
                ZoneOffset.UTC, NOW);
        assertEquals("her own request", "SUP-2", ((SubmittingRequests.Sent) eves).request().key());
        assertEquals(2, created.size());
        assertEquals(sent, submitting.submit(incident("K-1"), "jdoe", "SUP", "t9", Locale.ENGLISH, ZoneOffset.UTC,
                NOW.plusSeconds(5)));
    }

    @Test
    public void shouldAnswerASecondSendWithTheFirstAnswerEvenOnceTheQuotaIsUsed() {
        SubmittingRequests.Sent first = (SubmittingRequests.Sent) submitting.submit(incident("K-1"), "jdoe", "SUP",
                "q1", Locale.ENGLISH, ZoneOffset.UTC, NOW);
        // a reload sends the form again: its answer is kept, not checked, booked or mailed again
        assertEquals(first, submitting.submit(RequestForm.Draft.of("incident", java.util.Map.of()), "jdoe", "SUP",
                "q1", Locale.ENGLISH, ZoneOffset.UTC, NOW.plusSeconds(60)));
        Submissions.InMemory forms = new Submissions.InMemory();
        assertTrue(forms.claim("a", "t"));
        assertFalse("under way", forms.claim("a", "t"));
        assertTrue("another customer's form", forms.claim("b", "t"));
        forms.release("a", "t");
        assertTrue(forms.claim("a", "t"));
    }

    @Test
    public void shouldAnswerWithTheFormsRequestWhenASendRacingItTookTheLastUnit() {
        Policy limited = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)), List.of(
                Plan.builder("gold").channels(List.of(Channel.PORTAL)).outOfEntitlement(OutOfEntitlement.REJECT)
                        .quota(org.contractsla.core.policy.CaseQuota.of(1,
                                org.contractsla.core.policy.QuotaPeriod.MONTH)).build()), Set.of())
                .withSupportProjects(Set.of("SUP"));
        CheckingEntitlement checking = CheckingEntitlement.standard(() -> limited, contracts, ledger);
        Submissions.InMemory kept = new Submissions.InMemory();
        int[] lookups = {0};
        Submissions racing = new Submissions() { // the first look finds nothing: the other send is still under way
            @Override
            public java.util.Optional<SubmittingRequests.Sent> sent(String customerKey, String token) {
                return lookups[0]++ == 0 ? java.util.Optional.empty() : kept.sent(customerKey, token);
            }

            @Override
            public boolean claim(String customerKey, String token) {
                return kept.claim(customerKey, token);
            }

            @Override
            public void remember(String customerKey, String token, SubmittingRequests.Sent sent) {
                kept.remember(customerKey, token, sent);
            }

            @Override
            public void release(String customerKey, String token) {
                kept.release(customerKey, token);
            }
        };
        SubmittingRequests.Tracker tracker = new SubmittingRequests.Tracker() {
            @Override
            public SubmittingRequests.Created create(SubmittingRequests.NewRequest r) {
                created.add(r);
                return new SubmittingRequests.Created("20" + created.size(), "SUP-" + created.size());
            }

            @Override
            public java.util.Optional<SubmittingRequests.Found> find(String requestId) {
                return java.util.Optional.empty();
            }
        };
        SubmittingRequests one = new SubmittingRequests(checking, new CountingRequests(() -> limited, contracts,
                ledger, decisions), new AssessingRequests(new MeasuringRequestClocks(CompiledPolicy.of(limited,
                        FixedPublicHolidays.none())), checking, contracts), tracker, kept);
        SubmittingRequests.Sent first = (SubmittingRequests.Sent) one.submit(incident("K-1"), "jdoe", "SUP", "r1",
                Locale.ENGLISH, ZoneOffset.UTC, NOW); // takes the month's only unit
        SubmittingRequests other = new SubmittingRequests(checking, new CountingRequests(() -> limited, contracts,
                ledger, decisions), new AssessingRequests(new MeasuringRequestClocks(CompiledPolicy.of(limited,
                        FixedPublicHolidays.none())), checking, contracts), tracker, racing);
        assertEquals("not refused: the form did create its request", first, other.submit(incident("K-1"), "jdoe",
                "SUP", "r1", Locale.ENGLISH, ZoneOffset.UTC, NOW.plusSeconds(1)));
        assertEquals(1, created.size());
    }
}
