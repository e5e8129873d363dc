package org.contractsla.jira.rest;

import java.util.Optional;

/** Finds issues for resources, as far as the calling user may see them. */
public interface Issues {

    /** @return the issue with that key, if it exists and the current user may browse it */
    Optional<IssueFacts> visible(String key);

    /** @return the issue with that key, if it exists and the current user may browse and edit it */
    Optional<IssueFacts> editable(String key);
}
