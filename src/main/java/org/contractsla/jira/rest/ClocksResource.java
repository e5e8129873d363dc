package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.scheduler.SchedulerServiceException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.request.RecomputationProgress;
import org.contractsla.jira.job.Recomputations;

/**
 * {@code /rest/contract-sla/1.0/clocks/recomputation}: the recomputation of every support request's clocks, which
 * runs by itself after a configuration change and nightly. Administrators only; starting one needs a secure
 * administrator session.
 *
 * <p>{@code GET}: {@code {"current","running","revision","startedAt","finishedAt","total","done","changed","failed"}}
 * of the last run ({@code {"current":false}} before the first one); {@code current} says whether the clocks follow
 * the configuration in force.
 *
 * <p>{@code POST}: has one run as soon as a node can; {@code 202}.
 */
@Path("/clocks/recomputation")
@Produces(MediaType.APPLICATION_JSON)
public class ClocksResource {

    private final Endpoint endpoint;
    private final Recomputations recomputations;

    @Inject
    public ClocksResource(Callers callers, Recomputations recomputations) {
        this.endpoint = new Endpoint(callers);
        this.recomputations = recomputations;
    }

    @GET
    @AdminOnly
    public Response progress() {
        return endpoint.read(Endpoint.Access.ADMIN, caller -> {
            ObjectNode n = Json.object();
            n.put("current", recomputations.current());
            recomputations.last().ifPresent(p -> describe(n, p));
            return Endpoint.ok(n);
        });
    }

    /** @param headers the request's headers (a JSON body, or {@code X-Atlassian-Token: no-check}) */
    @POST
    @AdminOnly
    @WebSudoRequired
    public Response start(@Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            try {
                recomputations.requestNow();
            } catch (SchedulerServiceException e) { // Jira's scheduler is its store of jobs
                throw new StorageUnavailableException("recomputation not scheduled", e);
            }
            return Response.status(202).entity(Json.write(Json.object().put("scheduled", true))).build();
        });
    }

    private static void describe(ObjectNode n, RecomputationProgress p) {
        n.put("running", p.running());
        n.put("revision", p.revision());
        n.put("startedAt", p.startedAt().toString());
        if (p.finishedAt() != null) {
            n.put("finishedAt", p.finishedAt().toString());
        }
        n.put("total", p.total());
        n.put("done", p.done());
        n.put("changed", p.changed());
        n.put("failed", p.failed());
    }
}
