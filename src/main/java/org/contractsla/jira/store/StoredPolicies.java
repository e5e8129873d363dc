package org.contractsla.jira.store;

import java.util.ArrayList;
import java.util.List;
import org.contractsla.config.ConfigException;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.Stored;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How every policy store reads a document it stored: leniently, with notes for the admin and a line in the log. */
public final class StoredPolicies {

    private static final Logger LOG = LoggerFactory.getLogger(StoredPolicies.class);

    /**
     * A stored configuration as read.
     *
     * @param policy the configuration
     * @param notes  what it needed to be read under today's rules
     */
    public record Read(Policy policy, List<Note> notes) {
    }

    /** The notes of a stored configuration that does not read at all (damaged, not old): all of it left out. */
    public static final List<Note> UNREADABLE = List.of(new Note("", "config.error.stored.unreadable", List.of(), true));

    private StoredPolicies() {
    }

    /**
     * @param revision which revision, for the log and the error
     * @param document the stored document
     * @return the configuration, read as the release that stored it read it
     * @throws StoreCalls.UnreadableDocumentException if it does not read even so (damaged, not old)
     */
    public static Read read(String revision, String document) {
        Stored<Policy> stored;
        try {
            stored = new PolicyReader().readStored(document);
        } catch (ConfigException e) { // damaged, not passing: an administrator must look
            throw new StoreCalls.UnreadableDocumentException("configuration revision " + revision, e);
        }
        List<Note> notes = new ArrayList<>();
        stored.repaired().forEach(e -> notes.add(new Note(e.path(), e.key(), e.args(), false)));
        stored.leftOut().forEach(e -> notes.add(new Note(e.path(), e.key(), e.args(), true)));
        if (!notes.isEmpty()) {
            LOG.warn("Configuration revision {} was stored under older rules: {} value(s) read as before, {} element(s)"
                    + " left out. GET /rest/contract-sla/1.0/config/notes lists them; a new import replaces it.",
                    revision, stored.repaired().size(), stored.leftOut().size());
        }
        return new Read(stored.value(), List.copyOf(notes));
    }
}
