package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.io.InputStream;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractsla.config.Json;
import org.contractsla.config.PolicyWriter;
import org.contractsla.i18n.Messages;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.entitlement.PlansInUse;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;

/**
 * {@code /rest/contract-sla/1.0/config}: the whole configuration as one document (docs/config-format.md).
 * Administrators only, in a secure administrator session. An import is checked whole before it replaces
 * anything.
 */
@Path("/config")
@AdminOnly
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final Endpoint endpoint;
    private final PolicyEditing editing;
    private final SupportProjectIds projectIds;
    private final PolicyStore store;
    private final Audit audit;

    /** @param projectIds records each support project's Jira project id with an imported configuration */
    @Inject
    public ConfigResource(Callers callers, PolicyStore store, Contracts contracts, RequestDecisions decisions,
            PlanChange.Store planChanges, PublicHolidays holidays, SupportProjectIds projectIds, Audit audit) {
        this.audit = audit;
        this.endpoint = new Endpoint(callers);
        this.editing = new PolicyEditing(store, new PlansInUse(contracts, decisions, planChanges), holidays);
        this.projectIds = projectIds;
        this.store = store;
    }

    /** Export. */
    @GET
    public Response export() {
        return endpoint.read(Endpoint.Access.ADMIN, caller -> Endpoint.ok(editing.export()));
    }

    /**
     * What the configuration in force needed to be read under today's rules, having been stored by an older
     * release: {@code {"notes":[{"path","key","message","leftOut"}]}}, empty when it reads as it is. The next import
     * replaces it and clears them.
     */
    @GET
    @Path("notes")
    public Response notes() {
        return endpoint.read(Endpoint.Access.ADMIN, caller -> {
            Messages messages = new Messages(caller.locale());
            ObjectNode root = Json.object();
            ArrayNode items = root.putArray("notes");
            for (PolicyStore.Note n : store.notes()) {
                ObjectNode item = items.addObject();
                item.put("path", n.path());
                item.put("key", n.key());
                item.put("message", messages.text(n.leftOut() ? "config.stored.leftOut" : "config.stored.repaired",
                        n.path(), messages.text(n.key(), n.args())));
                item.put("leftOut", n.leftOut());
            }
            return Endpoint.ok(root);
        });
    }

    /** Import: replaces the configuration if the document passes every check, else changes nothing. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importDocument(@Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            Response imported = Endpoint.ok(new PolicyWriter().toTree(editing.importDocument(Endpoint.object(body),
                    projectIds)));
            audit.record("audit.config.imported", "configuration", "policy");
            return imported;
        });
    }
}
