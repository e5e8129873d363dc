package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import javax.inject.Inject;
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
import org.contractsla.config.ContractJson;
import org.contractsla.config.Json;
import org.contractsla.core.DomainException;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Organization;

/**
 * {@code /rest/contract-sla/1.0/organizations}: the customer organizations contracts belong to, by id. Agents read
 * them; administrators create, rename and delete them in a secure administrator session. An organization that
 * contracts belong to cannot be deleted.
 */
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    private final Endpoint endpoint;
    private final Contracts contracts;
    private final ContractJson json = new ContractJson();
    private final Audit audit;

    @Inject
    public OrganizationsResource(Callers callers, Contracts contracts, Audit audit) {
        this.endpoint = new Endpoint(callers);
        this.audit = audit;
        this.contracts = contracts;
    }

    /** All organizations, by id: {@code {"items":[{"id","name","serviceDeskId"?,"contracts"}]}}. */
    @GET
    @LicensedOnly
    public Response list() {
        return endpoint.read(Endpoint.Access.AGENT, caller -> {
            ObjectNode root = Json.object();
            ArrayNode items = root.putArray("items");
            contracts.organizations().forEach(o -> items.add(withCount(o)));
            return Endpoint.ok(root);
        });
    }

    @GET
    @Path("{id}")
    @LicensedOnly
    public Response get(@PathParam("id") String id) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> Endpoint.ok(withCount(contracts.organization(id)
                .orElseThrow(() -> ApiException.notFound("organization.error.notFound", id)))));
    }

    /** Creates the organization with that id, or renames (or links) it; its contracts stay with it. */
    @PUT
    @Path("{id}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            ObjectNode node = (ObjectNode) Endpoint.object(body);
            JsonNode given = node.get("id");
            if (given != null && !given.isNull() && !id.equals(given.asText())) {
                throw ApiException.badRequest("id", "rest.error.id.mismatch", id);
            }
            node.put("id", id);
            Organization organization = json.readOrganization(node, "");
            contracts.putOrganization(organization);
            audit.record("audit.organization.saved", "organization", id);
            return Endpoint.ok(withCount(organization));
        });
    }

    @DELETE
    @Path("{id}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            boolean removed;
            try {
                removed = contracts.removeOrganization(id);
            } catch (DomainException e) { // contracts belong to it
                throw ApiException.conflict(e.key(), e.args().toArray());
            }
            if (!removed) {
                throw ApiException.notFound("organization.error.notFound", id);
            }
            audit.record("audit.organization.deleted", "organization", id);
            return Endpoint.noContent();
        });
    }

    private ObjectNode withCount(Organization o) {
        ObjectNode n = json.writeOrganization(o);
        n.put("contracts", contracts.countByOrganization(o.id()));
        return n;
    }
}
