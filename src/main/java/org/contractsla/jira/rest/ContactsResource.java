package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.inject.Inject;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.contract.ResolvingContacts;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.user.ContactMatching;

/**
 * {@code /rest/contract-sla/1.0/contacts}: the contracts' e-mail contacts as the admin must see them. A review
 * matches every address that can be matched now (to the one account of a trusted directory that has it) and
 * reports those that authorize nobody, and why. Administrators only, in a secure administrator session, since a
 * review records matches.
 */
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final Endpoint endpoint;
    private final ContactMatching matching;
    private final Audit audit;

    @Inject
    public ContactsResource(Callers callers, ContactMatching matching, Audit audit) {
        this.endpoint = new Endpoint(callers);
        this.audit = audit;
        this.matching = matching;
    }

    /** {@code {"attention":[{"customerNumber","email","problem","accounts","message"}]}}, by number and address. */
    @POST
    @Path("review")
    @AdminOnly
    @WebSudoRequired
    public Response review(@Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            Messages messages = new Messages(caller.locale());
            ObjectNode root = Json.object();
            ArrayNode items = root.putArray("attention");
            for (ResolvingContacts.Attention a : matching.review()) {
                ObjectNode n = items.addObject();
                n.put("customerNumber", a.customerNumber());
                n.put("email", a.address());
                n.put("problem", a.problem().name().toLowerCase(java.util.Locale.ROOT));
                n.put("accounts", a.accounts());
                n.put("message", messages.text(a.problem().messageKey(), a.accounts()));
            }
            audit.record("audit.contacts.reviewed", "contracts", "contacts");
            return Endpoint.ok(root);
        });
    }
}
