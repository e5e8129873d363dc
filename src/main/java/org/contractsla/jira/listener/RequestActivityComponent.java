package org.contractsla.jira.listener;

import javax.inject.Named;
import org.contractsla.core.request.InMemoryRequestActivity;
import org.contractsla.core.request.RecordingRequestActivity;

/**
 * Makes the core's recording use case a Spring component. The record is held in memory for now: the
 * persistent store (Active Objects) comes with the storage work, behind the same core port.
 */
@Named
public class RequestActivityComponent extends RecordingRequestActivity {

    public RequestActivityComponent() {
        super(new InMemoryRequestActivity());
    }
}
