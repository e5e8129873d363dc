package org.contractsla.jira.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.portal.AttachedFiles;

/**
 * The files customers attached to portal forms not yet sent, in a folder of this node's temporary directory: one
 * folder per customer, in it one per form (each named by a hash), each file beside a small description of it. A form's
 * files are forgotten when it is sent, and any form's a day after its last file was added. Files are kept per node,
 * as Jira Data Center's sticky sessions keep a customer on one node.
 */
@Named
public class TemporaryAttachedFiles implements AttachedFiles {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TemporaryAttachedFiles.class);

    /** how long a form's files are kept after the last was added */
    static final Duration KEPT = Duration.ofDays(1);
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private final Path root;
    private final Clock clock;
    private final AtomicLong order;
    private volatile Instant lastSweep = Instant.MIN;

    /** In the folder {@code contract-sla-portal} of the JVM's temporary directory (Jira's {@code temp}). */
    @Inject
    public TemporaryAttachedFiles() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "contract-sla-portal"), Clock.systemUTC());
    }

    public TemporaryAttachedFiles(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
        this.order = new AtomicLong(clock.millis() * 1000);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path customer(String customerKey) {
        return root.resolve(hash(customerKey));
    }

    private Path form(String customerKey, String token) {
        return customer(customerKey).resolve(hash(token));
    }

    @Override
    public long bytesOf(String customerKey) {
        Path customer = customer(customerKey);
        if (!Files.isDirectory(customer)) {
            return 0;
        }
        long bytes = 0;
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(customer)) {
            for (Path form : forms) {
                try (DirectoryStream<Path> data = Files.newDirectoryStream(form, "*.{data,part}")) {
                    for (Path f : data) {
                        bytes += Files.size(f);
                    }
                } catch (NoSuchFileException e) {
                    // sent meanwhile
                }
            }
        } catch (NoSuchFileException e) {
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** @return whether the id is one this store makes: nothing else ever names a path */
    private static boolean valid(String fileId) {
        return fileId != null && fileId.matches("[0-9a-f]{32}");
    }

    @Override
    public List<File> of(String customerKey, String token) {
        Path form = form(customerKey, token);
        List<Kept> kept = new ArrayList<>();
        if (!Files.isDirectory(form)) {
            return List.of();
        }
        try (DirectoryStream<Path> metas = Files.newDirectoryStream(form, "*.meta")) {
            for (Path meta : metas) {
                Kept k = read(meta);
                if (k != null && Files.exists(data(form, k.file().id()))) {
                    kept.add(k);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of(); // sent meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kept.sort(Comparator.comparingLong(Kept::order));
        return kept.stream().map(Kept::file).toList();
    }

    private record Kept(File file, long order) {
    }

    private static Kept read(Path meta) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(in);
            String id = meta.getFileName().toString().replace(".meta", "");
            return new Kept(new File(id, p.getProperty("name"), p.getProperty("type"),
                    Long.parseLong(p.getProperty("size"))), Long.parseLong(p.getProperty("order")));
        } catch (IOException | RuntimeException e) {
            return null; // half written, or not ours: not a file of the form
        }
    }

    private static Path data(Path form, String fileId) {
        return form.resolve(fileId + ".data");
    }

    @Override
    public void forgetIdle(String customerKey, String token) {
        Path customer = customer(customerKey);
        Path keep = form(customerKey, token);
        Instant idleSince = clock.instant().minus(IDLE);
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(customer)) {
            for (Path form : forms) {
                try {
                    if (!form.equals(keep) && Files.getLastModifiedTime(form).toInstant().isBefore(idleSince)) {
                        delete(form);
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            // no forms of theirs
        }
    }

    @Override
    public File keep(String customerKey, String token, String name, String contentType, InputStream content)
            throws IOException {
        sweep();
        Path form = form(customerKey, token);
        try {
            Files.createDirectories(form);
        } catch (NoSuchFileException e) { // the customer's empty folder was removed meanwhile: made again
            Files.createDirectories(form);
        }
        String id = AttachedFiles.newId();
        Path part = form.resolve(id + ".part");
        Path meta = form.resolve(id + ".meta");
        try {
            long size = Files.copy(content, part);
            File file = new File(id, name, contentType, size);
            Properties p = new Properties();
            p.setProperty("name", name);
            p.setProperty("type", contentType);
            p.setProperty("size", Long.toString(size));
            p.setProperty("order", Long.toString(order.incrementAndGet()));
            try (Writer out = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
            Files.move(part, data(form, id), StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(meta);
            throw e;
        }
    }

    @Override
    public InputStream open(String customerKey, String token, String fileId) throws IOException {
        if (!valid(fileId)) {
            throw new NoSuchFileException(String.valueOf(fileId));
        }
        return Files.newInputStream(data(form(customerKey, token), fileId));
    }

    @Override
    public void remove(String customerKey, String token, String fileId) {
        if (!valid(fileId)) {
            return;
        }
        Path form = form(customerKey, token);
        try {
            Files.deleteIfExists(data(form, fileId));
            Files.deleteIfExists(form.resolve(fileId + ".meta"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear(String customerKey, String token) {
        delete(form(customerKey, token));
        try {
            Files.deleteIfExists(customer(customerKey)); // only if no other form of theirs is left
        } catch (IOException e) {
            // another form of the customer's holds files
        }
    }

    private static void delete(Path form) {
        if (!Files.isDirectory(form)) {
            return;
        }
        try (Stream<Path> files = Files.list(form)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(form);
        } catch (IOException e) {
            LOG.warn("Could not remove the portal's uploaded files in {}: {}", form, e.getMessage());
        }
    }

    /** Forgets the files of forms nobody added to for a day: at most once an hour, while adding a file. */
    private void sweep() {
        Instant now = clock.instant();
        if (lastSweep.plus(SWEEP_EVERY).isAfter(now) || !Files.isDirectory(root)) {
            return;
        }
        lastSweep = now;
        try (DirectoryStream<Path> customers = Files.newDirectoryStream(root)) {
            for (Path customer : customers) {
                sweep(customer, now); // one that cannot be read does not keep the others from being swept
            }
        } catch (IOException e) {
            LOG.warn("Could not look through the portal's uploaded files: {}", e.getMessage());
        }
    }

    private static void sweep(Path customer, Instant now) {
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(customer)) {
            for (Path form : forms) {
                try {
                    if (Files.getLastModifiedTime(form).toInstant().plus(KEPT).isBefore(now)) {
                        delete(form);
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            return; // gone meanwhile, or not a folder of this store's
        }
        try {
            Files.deleteIfExists(customer);
        } catch (IOException e) {
            // forms of theirs are left
        }
    }
}
