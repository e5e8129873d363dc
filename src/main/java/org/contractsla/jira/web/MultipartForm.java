package org.contractsla.jira.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.servlet.ServletFileUpload;
import org.contractsla.core.portal.AttachingFiles;

/**
 * A form sent as {@code multipart/form-data}, read with Apache Commons FileUpload (plugin servlets get no multipart
 * parsing from Jira): its fields, and its files each in a temporary file until {@link #close}. A file longer than
 * the limit per file is kept no further than one byte past it (the rest is read and dropped), so that it can be
 * turned away by name while the rest of the form is kept. Only a request beyond {@value #LARGEST_REQUEST} bytes,
 * with more than {@value #MOST_PARTS} parts or {@value #MOST_TEXT} bytes of text, is refused as a whole.
 */
final class MultipartForm implements AutoCloseable {

    /**
     * the most a whole request may carry: far beyond what a form keeps, so that files too large for it are named
     * on the form instead of losing it; only what no browser of a customer sends is refused
     */
    static final long LARGEST_REQUEST = 1024L * 1024 * 1024;
    /** the most parts one form has: its fields and files */
    static final int MOST_PARTS = 200;
    /** the longest text field kept, in bytes; the form's own limits are far below */
    static final int LONGEST_FIELD = 64 * 1024;
    /** the most text of all fields together, in bytes */
    static final int MOST_TEXT = 1024 * 1024;
    /** the longest headers of one part: room for a long file name */
    static final int LONGEST_PART_HEADERS = 8 * 1024;

    /** The request was not read: larger than the portal reads, or not a form its page sends. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;

        TooLarge(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        /** @return whether the request was larger than {@link #LARGEST_REQUEST}; else it was malformed */
        boolean tooLarge() {
            return tooLarge;
        }
    }

    private final Map<String, String> fields = new HashMap<>();
    private final List<AttachingFiles.Incoming> files = new ArrayList<>();
    private final List<Path> copies = new ArrayList<>();
    /** bytes of the copies kept */
    private long kept;

    private MultipartForm() {
    }

    /** @return whether the request is a multipart form */
    static boolean isMultipart(HttpServletRequest request) {
        return ServletFileUpload.isMultipartContent(request);
    }

    /**
     * @param limits what a form takes: files beyond its number of files, or beyond its bytes together, are named
     *               with their size but not kept here
     * @throws TooLarge   if the request is larger than the portal reads
     * @throws IOException if it could not be read
     */
    static MultipartForm read(HttpServletRequest request, AttachingFiles.Limits limits) throws IOException, TooLarge {
        MultipartForm form = new MultipartForm();
        boolean done = false;
        try {
            ServletFileUpload upload = new ServletFileUpload();
            upload.setSizeMax(LARGEST_REQUEST);
            upload.setPartHeaderSizeMax(LONGEST_PART_HEADERS);
            upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
            FileItemIterator parts = upload.getItemIterator(request);
            int count = 0;
            long text = 0;
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                if (++count > MOST_PARTS) {
                    throw new TooLarge("more than " + MOST_PARTS + " parts", false);
                }
                try (InputStream in = part.openStream()) {
                    if (part.isFormField()) {
                        byte[] value = text(in);
                        text += value.length;
                        if (text > MOST_TEXT) {
                            throw new TooLarge("more than " + MOST_TEXT + " bytes of text", false);
                        }
                        form.fields.putIfAbsent(part.getFieldName(), new String(value, StandardCharsets.UTF_8));
                    } else if (part.getName() != null && !part.getName().isEmpty()) { // empty: no file chosen
                        form.file(part.getName(), part.getContentType(), in, limits);
                    }
                }
            }
            done = true;
            return form;
        } catch (FileUploadBase.SizeLimitExceededException e) {
            throw tooLarge(e);
        } catch (FileUploadBase.FileUploadIOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException limit) {
                throw tooLarge(limit);
            }
            throw e;
        } catch (FileUploadException e) {
            throw new IOException("not a readable form: " + e.getMessage(), e);
        } finally {
            if (!done) {
                form.close();
            }
        }
    }

    /** @return the request too large as a whole, or a part's headers too long (not a form the page sends) */
    private static TooLarge tooLarge(FileUploadBase.SizeLimitExceededException e) {
        return new TooLarge(e.getMessage(), e.getPermittedSize() == LARGEST_REQUEST);
    }

    private static byte[] text(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy(in, bytes, LONGEST_FIELD);
        return bytes.toByteArray();
    }

    /**
     * Keeps a copy of a file while the form's limits allow it; beyond them (more files, or more bytes together, than
     * a form takes) the file is only measured, for the form to name it.
     */
    private void file(String name, String contentType, InputStream in, AttachingFiles.Limits limits)
            throws IOException {
        if (copies.size() >= limits.files() || kept >= limits.formBytes()) {
            long size = copy(in, OutputStream.nullOutputStream(), limits.fileBytes() + 1);
            files.add(new AttachingFiles.Incoming(name, contentType, size, () -> {
                throw new IOException("not kept: beyond what the form takes");
            }));
            return;
        }
        Path copy = Files.createTempFile("contract-sla-", ".upload");
        copies.add(copy);
        long size;
        try (OutputStream out = Files.newOutputStream(copy)) {
            size = copy(in, out, limits.fileBytes() + 1); // one byte past the limit tells that it is too long
        } // closing the part's stream reads the rest of a file too long, and drops it
        kept += size;
        files.add(new AttachingFiles.Incoming(name, contentType, size, () -> Files.newInputStream(copy)));
    }

    /** @return the bytes copied: all of them, or {@code most} if there were more */
    private static long copy(InputStream in, OutputStream out, long most) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        int n;
        while (copied < most && (n = in.read(buffer, 0, (int) Math.min(buffer.length, most - copied))) > 0) {
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    /** @return the form's fields by name, each with its first value */
    Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** @return the files sent, in the form's order; readable until {@link #close} */
    List<AttachingFiles.Incoming> files() {
        return Collections.unmodifiableList(files);
    }

    /** Deletes the temporary copies of the files. */
    @Override
    public void close() {
        for (Path copy : copies) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // the temporary directory is Jira's: cleaned on restart
            }
        }
        copies.clear();
    }
}
