package org.contractsla.config;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.contract.Organization;

/**
 * Organizations for contracts from before organizations had ids, which named theirs by name: one organization
 * per distinct name, compared exactly once trimmed, so that "NORDLICHT LOGISTIK GMBH" and "Nordlicht Logistik
 * GmbH" become two (an administrator may join them later; joining by accident would show one the other's
 * contracts). Ids are made from the names: lower case, ASCII letters and digits (accents dropped, ł, ø, ß, æ
 * and œ spelled out), hyphens between words, and a number added where two would be the same. Not thread-safe.
 */
public final class LegacyOrganizations {

    private final Map<String, Organization> byName = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    /** @param taken ids already in use, which new ones must not repeat */
    public LegacyOrganizations(Set<String> taken) {
        ids.addAll(taken);
    }

    public LegacyOrganizations() {
        this(Set.of());
    }

    /**
     * @param name an organization's name as an older contract held it
     * @return the organization of that name, made on first use
     * @throws org.contractsla.core.DomainException {@code organization.error.name.length}
     */
    public Organization of(String name) {
        String key = name == null ? "" : name.trim();
        Organization known = byName.get(key);
        if (known != null) {
            return known;
        }
        Organization made = Organization.of(freshId(key), key);
        byName.put(key, made);
        return made;
    }

    /** @return the organizations made, in order of first use */
    public List<Organization> all() {
        return new ArrayList<>(byName.values());
    }

    private String freshId(String name) {
        String latin = name.toLowerCase(Locale.ROOT).replace("\u0142", "l").replace("\u00f8", "o")
                .replace("\u00df", "ss").replace("\u00e6", "ae").replace("\u0153", "oe").replace("\u0111", "d");
        String base = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 56) {
            base = base.substring(0, 56).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "organization";
        }
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }
}
