package org.contractsla.jira.job;

import com.atlassian.scheduler.SchedulerServiceException;
import java.util.Optional;
import org.contractsla.core.request.RecomputationProgress;

/** The recomputation of every request's clocks, as administrators follow and start it. */
public interface Recomputations {

    /** @return the progress of the last recomputation, on any node; empty if there was none */
    Optional<RecomputationProgress> last();

    /** @return whether the last recomputation finished against the configuration in force */
    boolean current();

    /**
     * Has one run on some node of the cluster as soon as it can.
     *
     * @throws SchedulerServiceException if Jira's scheduler refused it
     */
    void requestNow() throws SchedulerServiceException;
}
