package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.entitlement.ReconcilingQuota;
import org.contractsla.jira.job.QuotaReconciliation;

/**
 * {@code /rest/contract-sla/1.0/quota/reconcile}: runs the quota reconciliation now, as the nightly job does, and
 * answers what it found and repaired. Administrators only, in a secure administrator session.
 */
@Path("/quota")
@Produces(MediaType.APPLICATION_JSON)
public class QuotaResource {

    private final Endpoint endpoint;
    private final Supplier<Optional<ReconcilingQuota.Report>> reconciliation;
    private final Audit audit;

    @Inject
    public QuotaResource(Callers callers, QuotaReconciliation reconciliation, Audit audit) {
        this(callers, reconciliation::run, audit);
    }

    QuotaResource(Callers callers, Supplier<Optional<ReconcilingQuota.Report>> reconciliation, Audit audit) {
        this.endpoint = new Endpoint(callers);
        this.audit = audit;
        this.reconciliation = reconciliation;
    }

    /**
     * {@code {"at","adopted","requests","booked":{"count","keys"},"refused":…,"rechecked":…,"released":…}};
     * {@code 409 rest.error.reconciliation.running} while another run is going.
     */
    @POST
    @Path("reconcile")
    @AdminOnly
    @WebSudoRequired
    public Response reconcile(@Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            ReconcilingQuota.Report r = reconciliation.get()
                    .orElseThrow(() -> ApiException.conflict("rest.error.reconciliation.running"));
            ObjectNode root = Json.object();
            root.put("at", r.at().toString());
            root.put("adopted", r.adopted());
            root.put("requests", r.requests());
            listed(root, "booked", r.booked());
            listed(root, "refused", r.refused());
            listed(root, "rechecked", r.rechecked());
            listed(root, "released", r.released());
            if (r.repairedAnything()) {
                audit.record("audit.quota.reconciled", "quota", "ledger");
            }
            return Endpoint.ok(root);
        });
    }

    private static void listed(ObjectNode root, String name, ReconcilingQuota.Listed listed) {
        ObjectNode n = root.putObject(name);
        n.put("count", listed.count());
        listed.keys().forEach(n.putArray("keys")::add);
    }
}
