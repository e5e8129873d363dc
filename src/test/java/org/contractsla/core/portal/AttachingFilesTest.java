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
    /** 3 files, 10 bytes each, 25 together */
    private final AttachingFiles attaching = new AttachingFiles(files, new AttachingFiles.Limits(3, 10, 25));

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
                Reason.of("portal.attachments.error.tooLarge", "huge.zip", 0L)), problems);
        assertEquals("the others are kept, in order", List.of("a.log", "b.log"), names("anna", "t1"));
        problems = attaching.add("anna", "t1", List.of(file("c.log", "0123456789"), file("d.log", "1234567")));
        assertEquals("25 bytes together at most", List.of(Reason.of("portal.attachments.error.tooMuch", "c.log", 0L)),
                problems);
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
        assertEquals(10, standard.fileMegabytes());
        assertEquals(25, standard.formMegabytes());
        assertEquals(10L * 1024 * 1024, standard.fileBytes());
        for (int[] wrong : new int[][] {{0, 10, 10}, {1, 0, 10}, {1, 10, 9}}) {
            try {
                new AttachingFiles.Limits(wrong[0], wrong[1], wrong[2]);
                org.junit.Assert.fail("out of range");
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        new AttachingFiles.Limits(1, 10, 10); // one file as large as the form: taken
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
}
