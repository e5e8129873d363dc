package org.contractsla.core.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.contractsla.core.Reason;

/**
 * Use case: a customer attaches files to the request form (logs, screenshots; domain spec §4). Each file is taken
 * within the form's limits and kept with the form until it is sent; one that breaks a limit is turned away with a
 * reason that names it, and the files taken before it stay.
 */
public final class AttachingFiles {

    private static final long MEGABYTE = 1024L * 1024L;

    /**
     * What a form takes.
     *
     * @param files     files per form
     * @param fileBytes bytes per file
     * @param formBytes bytes of all files of a form together
     */
    public record Limits(int files, long fileBytes, long formBytes) {
        /** Five files, 10 MB each (Jira's own default for an attachment), 25 MB together. */
        public static final Limits STANDARD = new Limits(5, 10 * MEGABYTE, 25 * MEGABYTE);

        public Limits {
            if (files < 1 || fileBytes < 1 || formBytes < fileBytes) {
                throw new IllegalArgumentException("limits out of range");
            }
        }

        /** @return bytes per file in whole megabytes, as the page states it */
        public long fileMegabytes() {
            return fileBytes / MEGABYTE;
        }

        /** @return bytes per form in whole megabytes, as the page states it */
        public long formMegabytes() {
            return formBytes / MEGABYTE;
        }
    }

    /** Opens a file's bytes. */
    public interface Content {
        InputStream open() throws IOException;
    }

    /**
     * A file as the form sent it.
     *
     * @param name        its name as the browser sent it, folders and all
     * @param contentType its type as the browser sent it, or null
     * @param size        its length in bytes; more than the limit per file when it was longer and not read to its end
     * @param content     its bytes; not opened when the file is turned away
     */
    public record Incoming(String name, String contentType, long size, Content content) {
    }

    /** Characters Jira does not take in an attachment's name. */
    private static final String NOT_IN_NAMES = "\\/\":?*<|>";
    /** the longest name kept, in characters */
    static final int LONGEST_NAME = 200;

    private final AttachedFiles files;
    private final Limits limits;

    public AttachingFiles(AttachedFiles files, Limits limits) {
        this.files = Objects.requireNonNull(files, "files");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Takes the files sent with the form, each within the limits.
     *
     * @return why a file was not taken, one reason per file turned away; empty if all were taken
     */
    public List<Reason> add(String customerKey, String token, List<Incoming> incoming) {
        List<AttachedFiles.File> held = files.of(customerKey, token);
        int count = held.size();
        long total = 0;
        for (AttachedFiles.File f : held) {
            total += f.size();
        }
        List<Reason> problems = new ArrayList<>();
        for (Incoming file : incoming) {
            String name = cleanName(file.name());
            if (file.size() <= 0) {
                problems.add(Reason.of("portal.attachments.error.empty", name));
            } else if (file.size() > limits.fileBytes()) {
                problems.add(Reason.of("portal.attachments.error.tooLarge", name, limits.fileMegabytes()));
            } else if (count >= limits.files()) {
                problems.add(Reason.of("portal.attachments.error.tooMany", name, limits.files()));
            } else if (total + file.size() > limits.formBytes()) {
                problems.add(Reason.of("portal.attachments.error.tooMuch", name, limits.formMegabytes()));
            } else {
                String type = file.contentType() == null || file.contentType().isBlank()
                        ? "application/octet-stream" : file.contentType().strip();
                try (InputStream in = file.content().open()) {
                    AttachedFiles.File kept = files.keep(customerKey, token, name, type, in);
                    count++;
                    total += kept.size();
                } catch (IOException | RuntimeException e) {
                    problems.add(Reason.of("portal.attachments.error.notKept", name));
                }
            }
        }
        return problems;
    }

    /** Takes a file off the form; nothing happens if the form has no such file. */
    public void remove(String customerKey, String token, String fileId) {
        files.remove(customerKey, token, fileId);
    }

    /** @return the files the form has now, in the order they were added */
    public List<AttachedFiles.File> held(String customerKey, String token) {
        return files.of(customerKey, token);
    }

    /**
     * @param raw a file's name as a browser sent it (some send the whole path)
     * @return the name Jira is given: without folders, control characters or characters Jira refuses in a name
     *         (each replaced by {@code _}), at most {@value #LONGEST_NAME} characters with its extension kept;
     *         {@code file} if nothing is left
     */
    public static String cleanName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || NOT_IN_NAMES.indexOf(c) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        name = clean.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "file";
        }
        if (name.length() > LONGEST_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            int cut = LONGEST_NAME - extension.length();
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--; // not half a character
            }
            name = name.substring(0, cut) + extension;
        }
        return name;
    }
}
