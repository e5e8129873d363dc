package org.contractsla.core.portal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.contractsla.core.Reason;
import org.junit.Test;

public class AttachingFilesTest {

    private final AttachedFiles.InMemory files = new AttachedFiles.InMemory();
    /** 3 files, 10 bytes each, 25 together, 40 for all of a customer's forms */
    private final AttachingFiles attaching = new AttachingFiles(files, new AttachingFiles.Limits(3, 10, 25, 40));

    private static AttachingFiles.Incoming file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new AttachingFiles.Incoming(name, "text/plain", bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static AttachingFiles.Incoming unread(String name, long size) {
        return new AttachingFiles.Incoming(name, null, size, () -> {
            throw new AssertionError("a file turned away is not read");
        });
    }

    private List<String> names(String customer, String token) {
        return attaching.held(customer, token).stream().map(AttachedFiles.File::name).toList();
    }

    @Test
    public void shouldKeepFilesWithinTheLimitsAndNameEachOneTurnedAway() throws IOException {
        List<Reason> problems = attaching.add("anna", "t1", List.of(file("a.log", "0123456789"), file("empty.txt", ""),
                unread("huge.zip", 11), file("b.log", "01234567")));
        assertEquals(List.of(Reason.of("portal.attachments.error.empty", "empty.txt"),
                Reason.of("portal.attachments.error.tooLarge", "huge.zip", 10 / (1024.0 * 1024))), problems);
        assertEquals("the others are kept, in order", List.of("a.log", "b.log"), names("anna", "t1"));
        problems = attaching.add("anna", "t1", List.of(file("c.log", "0123456789"), file("d.log", "1234567")));
        assertEquals("25 bytes together at most", List.of(Reason.of("portal.attachments.error.tooMuch", "c.log",
                25 / (1024.0 * 1024))), problems);
        problems = attaching.add("anna", "t1", List.of(file("e.log", "1")));
        assertEquals("3 files at most", List.of(Reason.of("portal.attachments.error.tooMany", "e.log", 3)), problems);
        assertEquals(List.of("a.log", "b.log", "d.log"), names("anna", "t1"));
        try (InputStream in = files.open("anna", "t1", attaching.held("anna", "t1").get(2).id())) {
            assertEquals("1234567", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("text/plain", attaching.held("anna", "t1").get(0).contentType());
        assertEquals(10, attaching.held("anna", "t1").get(0).size());
    }

    @Test
    public void shouldKeepEachCustomersFormsApartAndLetFilesBeRemoved() {
        attaching.add("anna", "t1", List.of(file("a.log", "1"), new AttachingFiles.Incoming("b.bin", " ", 1,
                () -> new ByteArrayInputStream(new byte[] {7}))));
        assertEquals("application/octet-stream", attaching.held("anna", "t1").get(1).contentType());
        assertTrue("the same token of another customer is another form", names("lars", "t1").isEmpty());
        assertTrue(names("anna", "t2").isEmpty());
        attaching.remove("lars", "t1", attaching.held("anna", "t1").get(0).id());
        assertEquals("nobody removes another's file", 2, names("anna", "t1").size());
        attaching.remove("anna", "t1", attaching.held("anna", "t1").get(0).id());
        attaching.remove("anna", "t1", "no-such-file");
        assertEquals(List.of("b.bin"), names("anna", "t1"));
        try {
            files.open("lars", "t1", attaching.held("anna", "t1").get(0).id()).close();
            org.junit.Assert.fail("not his file");
        } catch (IOException expected) {
            // as if it did not exist
        }
        files.clear("anna", "t1");
        assertTrue(names("anna", "t1").isEmpty());
    }

    @Test
    public void shouldNameAFileThatCouldNotBeKeptAndGoOnWithTheNext() {
        AttachingFiles failing = new AttachingFiles(new AttachedFiles.InMemory() {
            @Override
            public File keep(String customerKey, String token, String name, String contentType, InputStream content)
                    throws IOException {
                if (name.equals("bad.log")) {
                    throw new IOException("disk full");
                }
                return super.keep(customerKey, token, name, contentType, content);
            }
        }, AttachingFiles.Limits.STANDARD);
        assertEquals(List.of(Reason.of("portal.attachments.error.notKept", "bad.log")), failing.add("anna", "t",
                List.of(file("bad.log", "x"), file("good.log", "y"))));
        assertEquals(List.of("good.log"), failing.held("anna", "t").stream().map(AttachedFiles.File::name).toList());
    }

    @Test
    public void shouldStateTheStandardLimitsInMegabytes() {
        AttachingFiles.Limits standard = AttachingFiles.Limits.STANDARD;
        assertEquals(5, standard.files());
        assertEquals(10.0, standard.fileMegabytes(), 0);
        assertEquals(25.0, standard.formMegabytes(), 0);
        assertEquals(10L * 1024 * 1024, standard.fileBytes());
        assertEquals(100L * 1024 * 1024, standard.customerBytes());
        for (int[] wrong : new int[][] {{0, 10, 10, 10}, {1, 0, 10, 10}, {1, 10, 9, 10}, {1, 10, 10, 9}}) {
            try {
                new AttachingFiles.Limits(wrong[0], wrong[1], wrong[2], wrong[3]);
                org.junit.Assert.fail("out of range");
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        new AttachingFiles.Limits(1, 10, 10, 10); // one file as large as the form and all forms: taken
        assertEquals("Jira's own limit, when lower", 5L * 1024 * 1024, standard.noLargerThan(5L * 1024 * 1024)
                .fileBytes());
        assertEquals(standard, standard.noLargerThan(Long.MAX_VALUE));
        assertEquals("a setting of nothing is no limit", standard, standard.noLargerThan(0));
        AttachingFiles jiras = new AttachingFiles(files, standard, () -> 3L * 1024 * 1024, new Submissions.InMemory(),
                new CustomerLocks());
        assertEquals(3.0, jiras.limits().fileMegabytes(), 0);
        assertEquals(List.of(Reason.of("portal.attachments.error.tooLarge", "big.zip", 3.0)), jiras.add("anna", "t",
                List.of(unread("big.zip", 3L * 1024 * 1024 + 1))));
        AttachingFiles unreadable = new AttachingFiles(files, standard, () -> {
            throw new IllegalStateException("setting unreadable");
        }, new Submissions.InMemory(), new CustomerLocks());
        assertEquals(standard, unreadable.limits());
    }

    @Test
    public void shouldCleanFileNamesAsJiraTakesThem() {
        assertEquals("report.pdf", AttachingFiles.cleanName("C:\\Users\\anna\\report.pdf"));
        assertEquals("server.log", AttachingFiles.cleanName("/var/log/server.log"));
        assertEquals("a_b_c_d_e_f_g_h.txt", AttachingFiles.cleanName("a:b*c?d\"e<f|g>h.txt"));
        assertEquals("tab_here.txt", AttachingFiles.cleanName("tab\there.txt"));
        assertEquals("Störung äöü.log", AttachingFiles.cleanName("  Störung äöü.log "));
        assertEquals("file", AttachingFiles.cleanName(null));
        assertEquals("file", AttachingFiles.cleanName("C:\\dir\\"));
        assertEquals("file", AttachingFiles.cleanName(".."));
        assertEquals("a right-to-left override cannot make a name read as another", "invoice_gpj.exe",
                AttachingFiles.cleanName("invoice\u202Egpj.exe"));
        assertEquals("zero_width.txt", AttachingFiles.cleanName("zero\u200Bwidth.txt"));
        String longName = "x".repeat(300) + ".tar.gz";
        String cleaned = AttachingFiles.cleanName(longName);
        assertEquals(AttachingFiles.LONGEST_NAME, cleaned.length());
        assertTrue("the extension stays", cleaned.endsWith("x.gz"));
        assertEquals(AttachingFiles.LONGEST_NAME, AttachingFiles.cleanName("y".repeat(250)).length());
        String emoji = "z".repeat(AttachingFiles.LONGEST_NAME - 1) + "\uD83D\uDE00" + "zz";
        String cut = AttachingFiles.cleanName(emoji);
        assertEquals("no half character", AttachingFiles.LONGEST_NAME - 1, cut.length());
        assertTrue(cleaned.length() <= AttachingFiles.LONGEST_NAME);
    }

    @Test
    public void shouldKeepTheSameFileOnceAndHoldNoMoreThanACustomersShare() throws IOException {
        // a form sent twice (a double click) sends its files twice: they are kept once
        attaching.add("anna", "t1", List.of(file("a.log", "0123456789")));
        assertEquals(List.of(), attaching.add("anna", "t1", List.of(file("a.log", "0123456789"))));
        assertEquals(List.of("a.log"), names("anna", "t1"));
        attaching.add("anna", "t1", List.of(file("a.log", "9876543210")));
        assertEquals("same name and size, other bytes: another file", List.of("a.log", "a.log"), names("anna", "t1"));
        // 20 bytes in t1; 40 for all of anna's forms
        attaching.add("anna", "t2", List.of(file("b.log", "0123456789"), file("c.log", "0123456789")));
        assertEquals(List.of(Reason.of("portal.attachments.error.tooMuchHeld", "d.log")), attaching.add("anna", "t3",
                List.of(file("d.log", "1"))));
        assertEquals("another customer's share is his own", List.of(), attaching.add("lars", "t3",
                List.of(file("d.log", "1"))));
        files.clear("anna", "t1");
        assertEquals("a form sent frees its share", List.of(), attaching.add("anna", "t3", List.of(file("d.log", "1"))));
    }

    @Test
    public void shouldTakeOneCustomersSendsOneAfterTheOther() throws Exception {
        // two sends of the same form at once (two tabs) must not both pass the limit of 3 files
        AttachedFiles.InMemory slow = new AttachedFiles.InMemory() {
            @Override
            public File keep(String customerKey, String token, String name, String contentType, InputStream content)
                    throws IOException {
                try {
                    Thread.sleep(20); // widens the gap between looking at the form and adding to it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.keep(customerKey, token, name, contentType, content);
            }
        };
        // two instances, as two revisions of the configuration would have, sharing the customers' locks
        CustomerLocks locks = new CustomerLocks();
        Submissions.InMemory sent = new Submissions.InMemory();
        List<AttachingFiles> revisions = List.of(
                new AttachingFiles(slow, new AttachingFiles.Limits(3, 10, 25, 40), () -> Long.MAX_VALUE, sent, locks),
                new AttachingFiles(slow, new AttachingFiles.Limits(3, 10, 25, 40), () -> Long.MAX_VALUE, sent, locks));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Reason>>> sends = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                AttachingFiles both = revisions.get(i);
                String tab = i == 0 ? "x" : "y";
                sends.add(pool.submit(() -> {
                    start.await();
                    return both.add("anna", "t", List.of(file(tab + "1.log", "1"), file(tab + "2.log", "2")));
                }));
            }
            start.countDown();
            int turnedAway = 0;
            for (java.util.concurrent.Future<List<Reason>> send : sends) {
                turnedAway += send.get().size();
            }
            assertEquals(3, slow.of("anna", "t").size());
            assertEquals("the fourth file is named", 1, turnedAway);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void shouldTakeNoFilesForAFormSentOrBeingSent() {
        Submissions.InMemory sent = new Submissions.InMemory();
        AttachingFiles attachingSent = new AttachingFiles(files, AttachingFiles.Limits.STANDARD, () -> Long.MAX_VALUE,
                sent, new CustomerLocks());
        attachingSent.add("anna", "t", List.of(file("a.log", "1")));
        assertTrue("claimed for sending", sent.claim("anna", "t"));
        assertEquals(List.of(), attachingSent.add("anna", "t", List.of(file("b.log", "2"))));
        attachingSent.remove("anna", "t", attachingSent.held("anna", "t").get(0).id());
        assertEquals("its request gets what it held when it was sent", List.of("a.log"), names("anna", "t"));
        assertEquals("another form of hers takes files", List.of(), attachingSent.add("anna", "t2",
                List.of(file("c.log", "3"))));
        assertEquals(List.of("c.log"), names("anna", "t2"));
    }

    @Test
    public void shouldForgetFormsLeftAloneForAnHourWhenTheShareIsFull() {
        java.time.Instant[] now = {java.time.Instant.parse("2026-12-03T10:00:00Z")};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now[0];
            }
        };
        AttachedFiles.InMemory timed = new AttachedFiles.InMemory(clock);
        AttachingFiles share = new AttachingFiles(timed, new AttachingFiles.Limits(3, 10, 25, 40));
        share.add("anna", "closed-tab", List.of(file("a.log", "0123456789"), file("b.log", "0123456789")));
        now[0] = now[0].plus(java.time.Duration.ofMinutes(30));
        share.add("anna", "open-tab", List.of(file("c.log", "0123456789"), file("d.log", "0123456789")));
        now[0] = now[0].plus(java.time.Duration.ofMinutes(29));
        assertEquals("both tabs within the hour: the share is full", List.of(Reason.of(
                "portal.attachments.error.tooMuchHeld", "e.log")), share.add("anna", "new-tab",
                List.of(file("e.log", "1"))));
        now[0] = now[0].plus(java.time.Duration.ofMinutes(2));
        assertEquals(List.of(), share.add("anna", "new-tab", List.of(file("e.log", "1"))));
        assertTrue("the tab left alone for an hour is forgotten", timed.of("anna", "closed-tab").isEmpty());
        assertEquals("the one filled in half an hour ago stays", 2, timed.of("anna", "open-tab").size());
    }

    @Test
    public void shouldTakeAFileThatFillsTheShareExactlyAndCompareFilesToTheirLastByte() throws IOException {
        attaching.add("anna", "t1", List.of(file("a.log", "0123456789"), file("b.log", "0123456789")));
        attaching.add("anna", "t2", List.of(file("c.log", "0123456789")));
        assertEquals("40 of 40: taken", List.of(), attaching.add("anna", "t3", List.of(file("d.log", "0123456789"))));
        assertEquals(List.of(Reason.of("portal.attachments.error.tooMuchHeld", "e.log")), attaching.add("anna", "t3",
                List.of(file("e.log", "1"))));

        AttachingFiles big = new AttachingFiles(new AttachedFiles.InMemory(), AttachingFiles.Limits.STANDARD);
        byte[] block = new byte[8192];
        byte[] longer = new byte[8193];
        byte[] otherEnd = new byte[8193];
        otherEnd[8192] = 1;
        for (byte[] bytes : List.of(block, block, longer, otherEnd)) {
            big.add("anna", "t", List.of(new AttachingFiles.Incoming("x.bin", "application/octet-stream",
                    bytes.length, () -> new ByteArrayInputStream(bytes))));
        }
        assertEquals("the same 8 KB once; two of 8 KB and a byte that differ in their last byte both",
                List.of(8192L, 8193L, 8193L), big.held("anna", "t").stream().map(AttachedFiles.File::size).toList());
    }

    @Test
    public void shouldTakeAFileItCannotCompareAsAnother() {
        AttachingFiles unreadable = new AttachingFiles(new AttachedFiles.InMemory() {
            @Override
            public synchronized InputStream open(String customerKey, String token, String fileId) throws IOException {
                throw new IOException("disk gone");
            }
        }, AttachingFiles.Limits.STANDARD);
        unreadable.add("anna", "t", List.of(file("a.log", "1")));
        unreadable.add("anna", "t", List.of(file("a.log", "1")));
        assertEquals(2, unreadable.held("anna", "t").size());
    }

    @Test
    public void shouldKeepExtensionsOfUpToSixteenCharactersWhenCuttingALongName() {
        String sixteen = "." + "e".repeat(15);
        assertTrue(AttachingFiles.cleanName("n".repeat(300) + sixteen).endsWith(sixteen));
        String seventeen = "." + "e".repeat(16);
        assertEquals("n".repeat(AttachingFiles.LONGEST_NAME), AttachingFiles.cleanName("n".repeat(300) + seventeen));
        assertEquals("a leading dot is no extension", "." + "h".repeat(AttachingFiles.LONGEST_NAME - 1),
                AttachingFiles.cleanName("." + "h".repeat(300)));
    }

    @Test
    public void shouldAskTheTrackerWhetherItTakesFilesAndHowLarge() {
        SubmittingRequests.Tracker plain = new SubmittingRequests.Tracker() {
            @Override
            public SubmittingRequests.Created create(SubmittingRequests.NewRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<SubmittingRequests.Found> find(String requestId) {
                return java.util.Optional.empty();
            }
        };
        assertEquals("a tracker takes no files unless it says so", false, plain.takesFiles());
        assertEquals(Long.MAX_VALUE, plain.largestFile());
        try {
            plain.attach(new SubmittingRequests.Created("1", "SUP-1"), "anna",
                    new AttachedFiles.File("0".repeat(32), "a.log", "text/plain", 1), new ByteArrayInputStream(new byte[0]));
            org.junit.Assert.fail("takes none");
        } catch (UnsupportedOperationException expected) {
            // as said
        }
        Submissions answersOnly = new Submissions() {
            @Override
            public java.util.Optional<SubmittingRequests.Sent> sent(String customerKey, String token) {
                return token.equals("sent") ? java.util.Optional.of(new SubmittingRequests.Sent(
                        new SubmittingRequests.Created("1", "SUP-1"), null, null, null)) : java.util.Optional.empty();
            }

            @Override
            public boolean claim(String customerKey, String token) {
                return true;
            }

            @Override
            public void remember(String customerKey, String token, SubmittingRequests.Sent sent) {
            }

            @Override
            public void release(String customerKey, String token) {
            }
        };
        assertTrue("settled once sent", answersOnly.settled("anna", "sent"));
        assertEquals(false, answersOnly.settled("anna", "open"));
    }
}
