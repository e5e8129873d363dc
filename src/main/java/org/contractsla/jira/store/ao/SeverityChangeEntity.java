package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One severity change of a request ({@link org.contractsla.core.severity.SeverityChange}), kept for good: who
 * (user key, null for the app), when (epoch ms), from and to (S1…S4, from null for the first), the reason given and
 * the rules' reasons (a JSON array of {@code {"key","args"}}).
 */
@Table("SEVERITY_CHANGE")
public interface SeverityChangeEntity extends Entity {

    String REQUEST_ID = "REQUEST_ID";
    String CHANGED_AT = "CHANGED_AT";
    String USER_KEY = "USER_KEY";
    String FROM_LEVEL = "FROM_LEVEL";
    String TO_LEVEL = "TO_LEVEL";
    String NOTE = "NOTE";
    String RULES = "RULES";

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    @NotNull
    Long getChangedAt();

    void setChangedAt(Long changedAt);

    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    String getFromLevel();

    void setFromLevel(String fromLevel);

    @NotNull
    String getToLevel();

    void setToLevel(String toLevel);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getRules();

    void setRules(String rules);
}
