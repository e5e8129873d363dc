package org.contractsla.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.contractsla.core.portal.AttachedFiles;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TemporaryAttachedFilesTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void shouldKeepEachFormsFilesInOrderForItsCustomerOnly() throws IOException {
        Path root = folder.getRoot().toPath().resolve("uploads");
        TemporaryAttachedFiles files = new TemporaryAttachedFiles(root, Clock.systemUTC());
        assertTrue("nothing yet, not even the folder", files.of("anna", "t1").isEmpty());
        AttachedFiles.File log = files.keep("anna", "t1", "Störung.log", "text/plain", bytes("ERROR 0x1F"));
        AttachedFiles.File png = files.keep("anna", "t1", "screen.png", "image/png", bytes("PNG"));
        files.keep("lars", "t1", "his.log", "text/plain", bytes("his"));
        files.keep("anna", "t2", "other.log", "text/plain", bytes("12345"));
        assertEquals(List.of(log, png), files.of("anna", "t1"));
        assertEquals("all her forms not sent yet", 10 + 3 + 5, files.bytesOf("anna"));
        assertEquals(3, files.bytesOf("lars"));
        assertEquals(0, files.bytesOf("nobody"));
        assertEquals(new AttachedFiles.File(log.id(), "Störung.log", "text/plain", 10), log);
        assertEquals("ERROR 0x1F", read(files.open("anna", "t1", log.id())));
        assertEquals("the same token of another customer is another form", List.of("his.log"),
                files.of("lars", "t1").stream().map(AttachedFiles.File::name).toList());
        try {
            files.open("lars", "t1", log.id()).close();
            fail("not his");
        } catch (IOException expected) {
            // as if it did not exist
        }
        files.remove("lars", "t1", log.id());
        files.remove("anna", "t1", "../../etc/passwd");
        assertEquals(2, files.of("anna", "t1").size());
        files.remove("anna", "t1", log.id());
        assertEquals(List.of(png), files.of("anna", "t1"));
        try {
            files.open("anna", "t1", "../" + png.id()).close();
            fail("no path but the store's own ids");
        } catch (IOException expected) {
            // refused
        }
        try (Stream<Path> names = Files.walk(root, 2)) {
            assertTrue("no customer key or token in a folder name", names.filter(p -> !p.equals(root))
                    .allMatch(p -> p.getFileName().toString().matches("[0-9a-f]{64}")));
        }
        files.clear("anna", "t1");
        assertTrue(files.of("anna", "t1").isEmpty());
        assertEquals(5, files.bytesOf("anna"));
        assertEquals(1, files.of("lars", "t1").size());
        files.clear("anna", "t2");
        assertEquals(0, files.bytesOf("anna"));
        try (Stream<Path> customers = Files.list(root)) {
            assertEquals("her folder is gone with her last form; his stays", 1, customers.count());
        }
    }

    @Test
    public void shouldKeepNothingOfAFileThatFailedAndIgnoreHalfWrittenOnes() throws IOException {
        Path root = folder.getRoot().toPath();
        TemporaryAttachedFiles files = new TemporaryAttachedFiles(root, Clock.systemUTC());
        files.keep("anna", "t", "a.log", "text/plain", bytes("a"));
        try {
            files.keep("anna", "t", "b.log", "text/plain", new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset");
                }
            });
            fail("not read");
        } catch (IOException expected) {
            assertEquals("connection reset", expected.getMessage());
        }
        Path form;
        try (Stream<Path> forms = Files.walk(root, 2)) {
            form = forms.filter(p -> root.relativize(p).getNameCount() == 2).findFirst().orElseThrow();
        }
        try (Stream<Path> left = Files.list(form)) {
            assertEquals("only a.log's file and description", 2, left.count());
        }
        Files.writeString(form.resolve("0123456789abcdef0123456789abcdef.meta"), "name=half\n");
        Files.writeString(form.resolve("fedcba9876543210fedcba9876543210.meta"), "name=x\ntype=t\nsize=1\norder=1\n");
        assertEquals("a description without its file, or half of one, is no file", List.of("a.log"),
                files.of("anna", "t").stream().map(AttachedFiles.File::name).toList());
    }

    @Test
    public void shouldForgetFormsNobodyAddedToForADay() throws IOException {
        Path root = folder.getRoot().toPath();
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        new TemporaryAttachedFiles(root, Clock.fixed(now, ZoneOffset.UTC)).keep("anna", "old", "a.log", "text/plain",
                bytes("a"));
        Path old;
        try (Stream<Path> forms = Files.walk(root, 2)) {
            old = forms.filter(p -> root.relativize(p).getNameCount() == 2).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(25))));
        TemporaryAttachedFiles later = new TemporaryAttachedFiles(root, Clock.fixed(now, ZoneOffset.UTC));
        later.keep("anna", "new", "b.log", "text/plain", bytes("b"));
        assertFalse("a day old: forgotten", Files.exists(old));
        assertEquals(1, later.of("anna", "new").size());
        Path fresh;
        try (Stream<Path> forms = Files.walk(root, 2)) {
            fresh = forms.filter(p -> root.relativize(p).getNameCount() == 2).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(fresh, FileTime.from(now.minus(Duration.ofHours(23))));
        new TemporaryAttachedFiles(root, Clock.fixed(now, ZoneOffset.UTC)).keep("lars", "x", "c.log", "text/plain",
                bytes("c"));
        assertEquals("23 hours: kept", 1, later.of("anna", "new").size());
    }

    @Test
    public void shouldForgetACustomersOtherFormsLeftAloneForAnHour() throws IOException {
        Path root = folder.getRoot().toPath();
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        TemporaryAttachedFiles files = new TemporaryAttachedFiles(root, Clock.fixed(now, ZoneOffset.UTC));
        files.keep("anna", "closed", "a.log", "text/plain", bytes("a"));
        files.keep("anna", "open", "b.log", "text/plain", bytes("b"));
        files.keep("anna", "this", "c.log", "text/plain", bytes("c"));
        files.keep("lars", "his", "d.log", "text/plain", bytes("d"));
        try (Stream<Path> forms = Files.walk(root, 2)) {
            for (Path form : (Iterable<Path>) forms.filter(p -> root.relativize(p).getNameCount() == 2)::iterator) {
                Files.setLastModifiedTime(form, FileTime.from(now.minus(Duration.ofMinutes(61))));
            }
        }
        files.keep("anna", "open", "e.log", "text/plain", bytes("e")); // added to just now
        files.forgetIdle("anna", "this");
        assertTrue("left alone for an hour", files.of("anna", "closed").isEmpty());
        assertEquals("added to just now", 2, files.of("anna", "open").size());
        assertEquals("the form being filled in, whatever its age", 1, files.of("anna", "this").size());
        assertEquals("another customer's forms are his", 1, files.of("lars", "his").size());
    }
}
