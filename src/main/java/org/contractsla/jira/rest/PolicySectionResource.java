package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.entitlement.PlansInUse;
import org.contractsla.core.policy.PolicyStore;

/**
 * One section of the configuration (calendars or plans) as a REST collection, each element in the format
 * of docs/config-format.md. Agents read; administrators create, replace and delete, in a secure
 * administrator session.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class PolicySectionResource {

    private final Endpoint endpoint;
    private final PolicyEditing editing;
    private final String section;
    private final String notFoundKey;

    private final Audit audit;
    private final String type;

    PolicySectionResource(Callers callers, PolicyStore store, PlansInUse plans, PublicHolidays holidays,
            String section, String notFoundKey, Audit audit, String type) {
        this.audit = audit;
        this.type = type;
        this.endpoint = new Endpoint(callers);
        this.editing = new PolicyEditing(store, plans, holidays);
        this.section = section;
        this.notFoundKey = notFoundKey;
    }

    /** All elements. */
    @GET
    @LicensedOnly
    public Response list() {
        return endpoint.read(Endpoint.Access.AGENT, caller -> Endpoint.ok(editing.list(section)));
    }

    /** One element. */
    @GET
    @Path("{id}")
    @LicensedOnly
    public Response get(@PathParam("id") String id) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> Endpoint.ok(editing.get(section, id)
                .orElseThrow(() -> ApiException.notFound(notFoundKey, id))));
    }

    /** Creates or replaces the element with that id. */
    @PUT
    @Path("{id}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            Response saved = Endpoint.ok(editing.put(section, id, Endpoint.object(body)));
            audit.record("audit." + type + ".saved", type, id);
            return saved;
        });
    }

    /** Deletes the element; refused while anything uses it. */
    @DELETE
    @Path("{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            if (!editing.delete(section, id)) {
                throw ApiException.notFound(notFoundKey, id);
            }
            audit.record("audit." + type + ".deleted", type, id);
            return Endpoint.noContent();
        });
    }
}
