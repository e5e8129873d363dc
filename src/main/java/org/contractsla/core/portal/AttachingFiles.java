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
     * @param files         files per form
     * @param fileBytes     bytes per file
     * @param formBytes     bytes of all files of a form together
     * @param customerBytes bytes of all files of a customer's forms not sent yet, together: what one account can
     *                      make the server keep
     */
    public record Limits(int files, long fileBytes, long formBytes, long customerBytes) {
        /**
         * Five files, 10 MB each (Jira's own default for an attachment), 25 MB together, 100 MB for all of a
         * customer's forms not sent yet.
         */
        public static final Limits STANDARD = new Limits(5, 10 * MEGABYTE, 25 * MEGABYTE, 100 * MEGABYTE);

        public Limits {
            if (files < 1 || fileBytes < 1 || formBytes < fileBytes || customerBytes < formBytes) {
                throw new IllegalArgumentException("limits out of range");
            }
        }

        /**
         * @param largest the largest attachment the tracker takes, in bytes
         * @return these limits with files no larger than that
         */
        public Limits noLargerThan(long largest) {
            return largest >= fileBytes || largest < 1 ? this
                    : new Limits(files, largest, formBytes, customerBytes);
        }

        /** @return bytes per file in megabytes, as the page states it */
        public double fileMegabytes() {
            return fileBytes / (double) MEGABYTE;
        }

        /** @return bytes per form in megabytes, as the page states it */
        public double formMegabytes() {
            return formBytes / (double) MEGABYTE;
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
    private final java.util.function.LongSupplier largest;
    private final Submissions submissions;
    private final CustomerLocks locks;

    public AttachingFiles(AttachedFiles files, Limits limits) {
        this(files, limits, () -> Long.MAX_VALUE, new Submissions.InMemory(), new CustomerLocks());
    }

    /**
     * @param largest     the largest attachment the tracker takes now, in bytes (Jira's setting): files stay below it
     * @param submissions the forms sent: a form sent, or being sent, takes no more files
     * @param locks       the customers' locks, shared with the sending of forms
     */
    public AttachingFiles(AttachedFiles files, Limits limits, java.util.function.LongSupplier largest,
            Submissions submissions, CustomerLocks locks) {
        this.files = Objects.requireNonNull(files, "files");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.largest = Objects.requireNonNull(largest, "largest");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /** @return the limits in force now */
    public Limits limits() {
        long most;
        try {
            most = largest.getAsLong();
        } catch (RuntimeException e) {
            most = Long.MAX_VALUE; // the tracker's setting unreadable: the app's own limits
        }
        return limits.noLargerThan(most);
    }


    /**
     * Takes the files sent with the form, each within the limits; none if the form was sent or is being sent (its
     * request has, or gets, the files the form held when it was sent).
     *
     * @return why a file was not taken, one reason per file turned away; empty if all were taken
     */
    public List<Reason> add(String customerKey, String token, List<Incoming> incoming) {
        if (incoming.isEmpty()) {
            return List.of();
        }
        Limits now = limits();
        synchronized (locks.of(customerKey)) { // two sends of one customer cannot both pass the limits
            if (submissions.settled(customerKey, token)) {
                return List.of();
            }
            List<AttachedFiles.File> held = new ArrayList<>(files.of(customerKey, token));
            long total = 0;
            for (AttachedFiles.File f : held) {
                total += f.size();
            }
            long customerTotal = files.bytesOf(customerKey);
            List<Reason> problems = new ArrayList<>();
            for (Incoming file : incoming) {
                String name = cleanName(file.name());
                if (file.size() <= 0) {
                    problems.add(Reason.of("portal.attachments.error.empty", name));
                } else if (file.size() > now.fileBytes()) {
                    problems.add(Reason.of("portal.attachments.error.tooLarge", name, now.fileMegabytes()));
                } else if (alreadyHeld(customerKey, token, held, name, file)) {
                    continue; // the same file again (a form sent twice, or chosen twice): kept once
                } else if (held.size() >= now.files()) {
                    problems.add(Reason.of("portal.attachments.error.tooMany", name, now.files()));
                } else if (total + file.size() > now.formBytes()) {
                    problems.add(Reason.of("portal.attachments.error.tooMuch", name, now.formMegabytes()));
                } else if (customerTotal + file.size() > now.customerBytes()
                        && (customerTotal = forgetIdle(customerKey, token)) + file.size() > now.customerBytes()) {
                    problems.add(Reason.of("portal.attachments.error.tooMuchHeld", name));
                } else {
                    String type = file.contentType() == null || file.contentType().isBlank()
                            ? "application/octet-stream" : file.contentType().strip();
                    try (InputStream in = file.content().open()) {
                        AttachedFiles.File kept = files.keep(customerKey, token, name, type, in);
                        held.add(kept);
                        total += kept.size();
                        customerTotal += kept.size();
                    } catch (IOException | RuntimeException e) {
                        problems.add(Reason.of("portal.attachments.error.notKept", name));
                    }
                }
            }
            return problems;
        }
    }

    /** @return the bytes the customer's forms hold once those left alone for a while are forgotten */
    private long forgetIdle(String customerKey, String token) {
        files.forgetIdle(customerKey, token);
        return files.bytesOf(customerKey);
    }

    /** Takes a file off the form; nothing happens if the form has no such file or was sent. */
    public void remove(String customerKey, String token, String fileId) {
        synchronized (locks.of(customerKey)) {
            if (!submissions.settled(customerKey, token)) {
                files.remove(customerKey, token, fileId);
            }
        }
    }

    /** @return whether the form holds a file of that name with the same bytes */
    private boolean alreadyHeld(String customerKey, String token, List<AttachedFiles.File> held, String name,
            Incoming file) {
        for (AttachedFiles.File h : held) {
            if (h.name().equals(name) && h.size() == file.size()) {
                try (InputStream a = files.open(customerKey, token, h.id()); InputStream b = file.content().open()) {
                    if (sameBytes(a, b)) {
                        return true;
                    }
                } catch (IOException | RuntimeException e) {
                    return false; // not comparable: taken as another file
                }
            }
        }
        return false;
    }

    private static boolean sameBytes(InputStream a, InputStream b) throws IOException {
        byte[] x = new byte[8192];
        byte[] y = new byte[8192];
        while (true) {
            int n = a.readNBytes(x, 0, x.length);
            int m = b.readNBytes(y, 0, y.length);
            if (n != m || !java.util.Arrays.equals(x, 0, n, y, 0, m)) {
                return false;
            }
            if (n < x.length) {
                return true;
            }
        }
    }

    /** @return the files the form has now, in the order they were added */
    public List<AttachedFiles.File> held(String customerKey, String token) {
        return files.of(customerKey, token);
    }

    /**
     * @param raw a file's name as a browser sent it (some send the whole path)
     * @return the name Jira is given: without folders, control or format characters, or characters Jira refuses in a name
     *         (each replaced by {@code _}), at most {@value #LONGEST_NAME} characters with its extension kept;
     *         {@code file} if nothing is left
     */
    public static String cleanName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            // format characters (right-to-left overrides, zero widths) could make a name read as another
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || NOT_IN_NAMES.indexOf(c) >= 0) {
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
