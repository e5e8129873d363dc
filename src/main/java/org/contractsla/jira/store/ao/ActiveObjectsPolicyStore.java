package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.config.PolicyWriter;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.store.LegacyPolicySettings;
import org.contractsla.jira.store.StoreCalls;
import org.contractsla.jira.store.StoredPolicies;

/**
 * Keeps the configuration as revisions in Active Objects (docs/storage.md): each save inserts a new row, whose id the
 * database gives, so two nodes never write the same revision; the row with the highest id is in force, and the
 * last {@value #KEPT} are kept, so a node that has just read an older id still finds its document. Saves run under
 * the cluster lock {@value #LOCK} and read the revision in force from the database inside it, never from a node's
 * cache: a node that has not seen another node's save yet still saves on top of it, never over it. A document has
 * no length limit. Until the first save here, the configuration an older release kept in plugin settings is in
 * force (read there, never written there).
 */
@Named
public class ActiveObjectsPolicyStore implements PolicyStore {

    static final String LOCK = "org.contractsla.contract-sla.policy";
    /** How many revisions are kept. */
    static final int KEPT = 5;
    /** How long a save waits for the configuration's cluster lock. */
    static final long LOCK_WAIT_SECONDS = 10;

    private final ActiveObjects ao;
    private final ClusterLockService locks;
    private final LegacyPolicySettings legacy;
    private final Clock clock;
    private final PolicyWriter writer = new PolicyWriter();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActiveObjectsPolicyStore.class);
    private volatile Cached cached;

    private record Cached(int id, Policy policy, List<Note> notes) {
    }

    @Inject
    public ActiveObjectsPolicyStore(@ComponentImport ActiveObjects ao, @ComponentImport ClusterLockService locks,
            @ComponentImport PluginSettingsFactory settings) {
        this(ao, locks, new LegacyPolicySettings(settings), Clock.systemUTC());
    }

    ActiveObjectsPolicyStore(ActiveObjects ao, ClusterLockService locks, LegacyPolicySettings legacy, Clock clock) {
        this.ao = ao;
        this.locks = locks;
        this.legacy = legacy;
        this.clock = clock;
    }

    @Override
    public Policy current() {
        Cached c = StoreCalls.guarded("configuration not read", this::read);
        return c == null ? legacy.current() : c.policy();
    }

    @Override
    public List<Note> notes() {
        try {
            Cached c = StoreCalls.guarded("configuration not read", this::read);
            return c == null ? legacy.notes() : c.notes();
        } catch (StoreCalls.UnreadableDocumentException e) { // damaged, not old: all of it is left out
            return StoredPolicies.UNREADABLE;
        }
    }

    /** @return the revision in force, parsed once per node; null before the first save here */
    private Cached read() {
        Cached c = cached;
        if (c != null && ao.count(PolicyRevisionEntity.class, "\"ID\" > ?", c.id()) == 0) {
            return c; // one cheap query: nobody saved since
        }
        return readLatest();
    }

    /** @return the revision with the highest id, read from the database (parsed unless it is the one cached) */
    private Cached readLatest() {
        Cached c;
        PolicyRevisionEntity latest = latest();
        if (latest == null) {
            return null;
        }
        c = cached;
        if (c != null && c.id() == latest.getID()) {
            return c;
        }
        StoredPolicies.Read read = StoredPolicies.read(String.valueOf(latest.getID()), latest.getDocument());
        Cached fresh = new Cached(latest.getID(), read.policy(), read.notes());
        cached = fresh;
        return fresh;
    }

    private PolicyRevisionEntity latest() {
        PolicyRevisionEntity latest = null;
        for (PolicyRevisionEntity row : ao.find(PolicyRevisionEntity.class)) { // at most KEPT rows
            latest = latest == null || row.getID() > latest.getID() ? row : latest;
        }
        return latest;
    }

    @Override
    public Policy update(UnaryOperator<Policy> change) {
        ClusterLock lock = lock();
        try {
            // the revision in force read from the database under the lock, whatever this node has cached
            Policy before;
            try {
                Cached fresh = StoreCalls.guarded("configuration not read", this::readLatest);
                before = fresh == null ? legacy.current() : fresh.policy();
            } catch (StoreCalls.UnreadableDocumentException e) { // damaged: an import replaces it (edits are refused)
                LOG.warn("The configuration in force does not read; a save replaces it", e);
                before = Policy.of(List.of(), List.of(), java.util.Set.of());
            }
            Policy policy = Objects.requireNonNull(change.apply(before), "policy");
            if (policy == before) {
                return before; // nothing changed: no new revision, no write that could fail
            }
            String document = writer.write(policy);
            PolicyRevisionEntity saved = StoreCalls.guarded("configuration not saved; the previous one stays in force",
                    () -> ao.executeInTransaction(() -> {
                        Map<String, Object> row = new HashMap<>();
                        row.put(PolicyRevisionEntity.DOCUMENT, document);
                        row.put(PolicyRevisionEntity.SAVED_AT, clock.instant().toString());
                        PolicyRevisionEntity created = ao.create(PolicyRevisionEntity.class, row);
                        dropOld();
                        return created;
                    }));
            cached = new Cached(saved.getID(), policy, List.of()); // a save replaces what an older release left
            return policy;
        } finally {
            StoreCalls.unlock(lock);
        }
    }

    /** Keeps the newest {@value #KEPT} revisions. */
    private void dropOld() {
        PolicyRevisionEntity[] rows = ao.find(PolicyRevisionEntity.class);
        java.util.Arrays.sort(rows, (a, b) -> Integer.compare(b.getID(), a.getID()));
        if (rows.length > KEPT) {
            ao.delete(java.util.Arrays.copyOfRange(rows, KEPT, rows.length));
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

    /** @return the configuration's cluster lock, taken within {@value #LOCK_WAIT_SECONDS} seconds */
    private ClusterLock lock() {
        return StoreCalls.guarded("configuration lock not taken",
                () -> StoreCalls.take(locks.getLockForName(LOCK), LOCK_WAIT_SECONDS, "configuration lock"));
    }
}
