package org.contractsla.core.severity;

import java.util.List;

/** Port: every severity change of every request, kept for good. */
public interface SeverityChanges {

    /**
     * @param change a change to keep, not null
     * @throws org.contractsla.core.StorageUnavailableException if it could not be kept
     */
    void append(SeverityChange change);

    /**
     * @param requestId the request, not null
     * @return its changes in the order they happened (equal instants in the order they were kept), empty if none
     */
    List<SeverityChange> byRequest(String requestId);

    /**
     * @param userKey a user, not null
     * @return how many changes they made
     */
    int countByUser(String userKey);

    /**
     * Names the user's new key in every change they made (Jira changed their key to anonymize them).
     *
     * @return how many changes now name the new key
     */
    int changeUserKey(String oldKey, String newKey);
}
