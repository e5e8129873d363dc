package org.contractsla.jira.store;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.config.PolicyReader;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;

/**
 * Keeps the configuration as one versioned JSON document (docs/config-format.md) in SAL's global plugin
 * settings.
 *
 * <p>PluginSettings cannot change two keys at once, so each save writes the document under a new revision
 * key first and only then moves the pointer to it, under a cluster lock. A save that fails part-way leaves
 * the pointer, and so the configuration in force, where it was. Documents of older schema versions are
 * migrated when read. The parsed configuration is cached per revision.
 */
@Named
public class PluginSettingsPolicyStore implements PolicyStore {

    static final String PREFIX = "org.contractsla.contract-sla:policy.";
    static final String CURRENT = PREFIX + "current";
    static final String LOCK = "org.contractsla.contract-sla.policy";

    private final PluginSettingsFactory settingsFactory;
    private final ClusterLockService locks;
    private final PolicyReader reader = new PolicyReader();
    private final PolicyWriter writer = new PolicyWriter();

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsPolicyStore.class);

    private volatile Cached cached;

    private static final class Cached {
        final String revision;
        final Policy policy;
        final List<Note> notes;

        Cached(String revision, Policy policy, List<Note> notes) {
            this.revision = revision;
            this.policy = policy;
            this.notes = notes;
        }
    }

    @Inject
    public PluginSettingsPolicyStore(@ComponentImport PluginSettingsFactory settingsFactory,
            @ComponentImport ClusterLockService locks) {
        this.settingsFactory = settingsFactory;
        this.locks = locks;
    }

    @Override
    public Policy current() {
        return StoreCalls.guarded("configuration not read", this::read);
    }

    private Policy read() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Object revision = settings.get(CURRENT);
        if (!(revision instanceof String)) {
            return Policy.of(List.of(), List.of(), Set.of());
        }
        Cached c = cached;
        if (c != null && c.revision.equals(revision)) {
            return c.policy;
        }
        Object document = settings.get(PREFIX + revision);
        if (!(document instanceof String)) {
            // another node removed it after moving on: this node read an old pointer, and will see the new one
            throw new StorageUnavailableException("configuration revision " + revision + " is missing", null);
        }
        org.contractsla.config.Stored<Policy> stored;
        try { // stored by this or an older release: read as that release read it, never refused for being old
            stored = reader.readStored((String) document);
        } catch (org.contractsla.config.ConfigException e) { // damaged, not passing: an administrator must look
            throw new StoreCalls.UnreadableDocumentException("configuration revision " + revision, e);
        }
        List<Note> notes = new java.util.ArrayList<>();
        stored.repaired().forEach(e -> notes.add(new Note(e.path(), e.key(), e.args(), false)));
        stored.leftOut().forEach(e -> notes.add(new Note(e.path(), e.key(), e.args(), true)));
        if (!notes.isEmpty()) {
            LOG.warn("Configuration revision {} was stored under older rules: {} value(s) read as before, {} element(s)"
                    + " left out. GET /rest/contract-sla/1.0/config/notes lists them; a new import replaces it.",
                    revision, stored.repaired().size(), stored.leftOut().size());
        }
        cached = new Cached((String) revision, stored.value(), List.copyOf(notes));
        return stored.value();
    }

    @Override
    public List<Note> notes() {
        current();
        Cached c = cached;
        return c == null ? List.of() : c.notes;
    }

    @Override
    public Policy update(UnaryOperator<Policy> change) {
        ClusterLock lock = lock();
        try {
            Policy before = current();
            Policy policy = Objects.requireNonNull(change.apply(before), "policy");
            if (policy == before) {
                return before; // nothing changed: no new revision, no write that could fail
            }
            String document = writer.write(policy);
            PluginSettings settings = settingsFactory.createGlobalSettings();
            Object old = settings.get(CURRENT);
            long next = old instanceof String ? Long.parseLong((String) old) + 1 : 1;
            String revision = String.valueOf(next);
            try {
                settings.put(PREFIX + revision, document);
                settings.put(CURRENT, revision);
            } catch (RuntimeException e) {
                restorePointer(settings, old, revision);
                throw new StorageUnavailableException("configuration not saved; the previous one stays in force", e);
            }
            if (old instanceof String) {
                try {
                    settings.remove(PREFIX + old); // the save stands: a revision left over only costs space
                } catch (RuntimeException ignored) {
                    // left behind: it costs space, not correctness
                }
            }
            cached = new Cached(revision, policy, List.of()); // a save replaces what an older release left
            return policy;
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    @Override
    public <T> T withCurrent(Function<Policy, T> action) {
        ClusterLock lock = lock();
        try {
            return action.apply(current());
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    /** @return the configuration's cluster lock, taken */
    private ClusterLock lock() {
        return StoreCalls.guarded("configuration lock not taken", () -> {
            ClusterLock lock = locks.getLockForName(LOCK);
            lock.lock();
            return lock;
        });
    }

    /** After a failed save: the pointer back where it was, and the half-written revision gone (best effort). */
    private static void restorePointer(PluginSettings settings, Object old, String revision) {
        try {
            if (revision.equals(settings.get(CURRENT))) {
                if (old == null) {
                    settings.remove(CURRENT);
                } else {
                    settings.put(CURRENT, old);
                }
            }
            settings.remove(PREFIX + revision);
        } catch (RuntimeException ignored) {
            // the store cannot be written at all: what is stored is still the old pointer and revision
        }
    }
}
