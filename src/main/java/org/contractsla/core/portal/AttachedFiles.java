package org.contractsla.core.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Port: the files a customer attached to a form, kept until the form is sent, so that a form that comes back with a
 * problem, a language switch or a refusal keeps them. A form's files are its customer's own: another customer with
 * the same token sees none of them.
 */
public interface AttachedFiles {

    /**
     * A kept file.
     *
     * @param id          its id within the form: 32 hexadecimal digits
     * @param name        its name as the customer's computer had it, without folders
     * @param contentType its type as the browser sent it
     * @param size        its length in bytes
     */
    record File(String id, String name, String contentType, long size) {
        public File {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** @return the files kept for that customer's form, in the order they were added */
    List<File> of(String customerKey, String token);

    /** @return the bytes kept for all of that customer's forms not sent yet */
    long bytesOf(String customerKey);

    /** How long a form nothing was added to counts as being filled in: after that, its files may be forgotten. */
    java.time.Duration IDLE = java.time.Duration.ofHours(1);

    /**
     * Forgets the files of that customer's other forms that nothing was added to for {@link #IDLE}: forms left in a
     * closed tab, which would otherwise hold the customer's share until they are swept.
     *
     * @param token the form being filled in, kept whatever its age
     */
    void forgetIdle(String customerKey, String token);

    /**
     * Keeps a file for the form.
     *
     * @param content its bytes, read to the end here; the caller closes it
     * @return the kept file
     * @throws IOException if it could not be kept; then nothing is
     */
    File keep(String customerKey, String token, String name, String contentType, InputStream content)
            throws IOException;

    /**
     * @return the file's bytes; the caller closes the stream
     * @throws IOException if the form has no such file, or it cannot be read
     */
    InputStream open(String customerKey, String token, String fileId) throws IOException;

    /** Forgets one file of the form; nothing happens if it has no such file. */
    void remove(String customerKey, String token, String fileId);

    /** Forgets all files of the form: it was sent. */
    void clear(String customerKey, String token);

    /** @return a new file id */
    static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** In memory, for tests and one node. Thread-safe. */
    class InMemory implements AttachedFiles {
        private record Kept(File file, byte[] bytes) {
        }

        private final Map<String, Map<String, Kept>> forms = new LinkedHashMap<>();
        private final Map<String, java.time.Instant> lastAdded = new java.util.HashMap<>();
        private final java.time.Clock clock;

        /** Without a clock: no form counts as left alone, none is forgotten. */
        public InMemory() {
            this.clock = null;
        }

        /** @param clock when files are added, for {@link #forgetIdle} */
        public InMemory(java.time.Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public synchronized void forgetIdle(String customerKey, String token) {
            if (clock == null) {
                return;
            }
            String prefix = Objects.requireNonNull(customerKey, "customerKey") + "\n";
            String keep = key(customerKey, token);
            java.time.Instant idleSince = clock.instant().minus(IDLE);
            forms.keySet().removeIf(k -> k.startsWith(prefix) && !k.equals(keep)
                    && lastAdded.getOrDefault(k, java.time.Instant.MIN).isBefore(idleSince));
            lastAdded.keySet().retainAll(forms.keySet());
        }

        private static String key(String customerKey, String token) {
            return Objects.requireNonNull(customerKey, "customerKey") + "\n" + Objects.requireNonNull(token, "token");
        }

        @Override
        public synchronized List<File> of(String customerKey, String token) {
            List<File> files = new ArrayList<>();
            forms.getOrDefault(key(customerKey, token), Map.of()).values().forEach(k -> files.add(k.file()));
            return files;
        }

        @Override
        public synchronized long bytesOf(String customerKey) {
            String prefix = Objects.requireNonNull(customerKey, "customerKey") + "\n";
            long bytes = 0;
            for (Map.Entry<String, Map<String, Kept>> form : forms.entrySet()) {
                if (form.getKey().startsWith(prefix)) {
                    for (Kept k : form.getValue().values()) {
                        bytes += k.file().size();
                    }
                }
            }
            return bytes;
        }

        @Override
        public File keep(String customerKey, String token, String name, String contentType, InputStream content)
                throws IOException {
            byte[] bytes = content.readAllBytes();
            File file = new File(newId(), name, contentType, bytes.length);
            synchronized (this) {
                forms.computeIfAbsent(key(customerKey, token), k -> new LinkedHashMap<>())
                        .put(file.id(), new Kept(file, bytes));
                if (clock != null) {
                    lastAdded.put(key(customerKey, token), clock.instant());
                }
            }
            return file;
        }

        @Override
        public synchronized InputStream open(String customerKey, String token, String fileId) throws IOException {
            Kept kept = forms.getOrDefault(key(customerKey, token), Map.of()).get(fileId);
            if (kept == null) {
                throw new IOException("no such file");
            }
            return new ByteArrayInputStream(kept.bytes());
        }

        @Override
        public synchronized void remove(String customerKey, String token, String fileId) {
            Map<String, Kept> files = forms.get(key(customerKey, token));
            if (files != null) {
                files.remove(fileId);
            }
        }

        @Override
        public synchronized void clear(String customerKey, String token) {
            forms.remove(key(customerKey, token));
            lastAdded.remove(key(customerKey, token));
        }
    }
}
