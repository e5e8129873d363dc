package org.contractsla.jira.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * What is kept of one clock of one request between events ({@link org.contractsla.core.request.ClockRecord}): one
 * row per request and metric. Instants and durations in milliseconds; null where the record has none. Indexed by
 * request and by due instant, which the navigator's SLA fields and the warnings before a breach read.
 */
@Table("CLOCK_RECORD")
public interface ClockRecordEntity extends Entity {

    String REQUEST_ID = "REQUEST_ID";
    String METRIC = "METRIC";
    String STATE = "STATE";
    String GOAL_MS = "GOAL_MS";
    String DUE = "DUE";
    String ELAPSED_MS = "ELAPSED_MS";
    String BREACHED_AT = "BREACHED_AT";
    String STOPPED_AT = "STOPPED_AT";
    String CYCLES = "CYCLES";
    String BREACHED_CYCLES = "BREACHED_CYCLES";

    @NotNull
    @Indexed
    String getRequestId();

    void setRequestId(String requestId);

    /** The metric's configuration id ({@code firstResponse} …). */
    @NotNull
    String getMetric();

    void setMetric(String metric);

    @NotNull
    String getState();

    void setState(String state);

    Long getGoalMs();

    void setGoalMs(Long goalMs);

    @Indexed
    Long getDue();

    void setDue(Long due);

    Long getElapsedMs();

    void setElapsedMs(Long elapsedMs);

    Long getBreachedAt();

    void setBreachedAt(Long breachedAt);

    Long getStoppedAt();

    void setStoppedAt(Long stoppedAt);

    int getCycles();

    void setCycles(int cycles);

    int getBreachedCycles();

    void setBreachedCycles(int breachedCycles);
}
