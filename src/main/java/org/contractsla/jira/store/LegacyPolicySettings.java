package org.contractsla.jira.store;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.List;
import java.util.Set;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore.Note;

/**
 * The configuration where releases before the Active Objects store kept it: one versioned JSON document in SAL's
 * global plugin settings, a pointer key naming the revision in force. Read only: {@link
 * org.contractsla.jira.store.ao.ActiveObjectsPolicyStore} takes it from here until its own first save, and never
 * writes here. The parsed configuration is cached per revision.
 */
public class LegacyPolicySettings {

    static final String PREFIX = "org.contractsla.contract-sla:policy.";
    static final String CURRENT = PREFIX + "current";

    private final PluginSettingsFactory settingsFactory;
    private volatile Cached cached;

    private record Cached(String revision, Policy policy, List<Note> notes) {
    }

    public LegacyPolicySettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** @return the configuration kept there; an empty one if none was */
    public Policy current() {
        Cached c = StoreCalls.guarded("configuration not read", this::read);
        return c == null ? Policy.of(List.of(), List.of(), Set.of()) : c.policy();
    }

    /** @return what the configuration kept there needed to be read under today's rules */
    public List<Note> notes() {
        try {
            Cached c = StoreCalls.guarded("configuration not read", this::read);
            return c == null ? List.of() : c.notes();
        } catch (StoreCalls.UnreadableDocumentException e) { // damaged, not old: all of it is left out
            return StoredPolicies.UNREADABLE;
        }
    }

    private Cached read() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Object revision = settings.get(CURRENT);
        if (!(revision instanceof String)) {
            return null;
        }
        Cached c = cached;
        if (c != null && c.revision().equals(revision)) {
            return c;
        }
        Object document = settings.get(PREFIX + revision);
        if (!(document instanceof String)) {
            throw new StorageUnavailableException("configuration revision " + revision + " is missing", null);
        }
        StoredPolicies.Read stored = StoredPolicies.read((String) revision, (String) document);
        Cached fresh = new Cached((String) revision, stored.policy(), stored.notes());
        cached = fresh;
        return fresh;
    }
}
