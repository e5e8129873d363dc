package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One saved revision of the configuration: the whole document in the policy format. The row with the highest id is
 * the one in force; ids come from the database, so two nodes never write the same revision.
 */
@Table("POLICY_REVISION")
public interface PolicyRevisionEntity extends Entity {

    String DOCUMENT = "DOCUMENT";
    String SAVED_AT = "SAVED_AT";

    /** The configuration document; no length limit (plugin settings guarantee 99 000 characters only). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDocument();

    void setDocument(String document);

    /** When it was saved, ISO-8601. */
    @NotNull
    String getSavedAt();

    void setSavedAt(String savedAt);
}
