package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.ContractJson;
import org.contractsla.config.Json;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.Page;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.user.ContactMatching;

/**
 * {@code /rest/contract-sla/1.0/contracts}: contracts in the format of docs/config-format.md. Agents list,
 * search and read them; administrators create, replace and delete them. Customers use
 * {@link CustomerContractsResource} instead.
 */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContractsResource.class);

    /** Most contracts one page returns. */
    static final int MAX_LIMIT = 200;

    private final Endpoint endpoint;
    private final Contracts contracts;
    private final PolicyStore policies;
    private final ContractJson json;
    private final ContactMatching matching;
    private final QuotaLedger ledger;
    private final Audit audit;

    /**
     * @param holidays where public holidays come from: a contract naming a region without any is refused
     * @param matching matches the e-mail contacts of a contract to accounts before it is saved
     * @param ledger   the quota ledger: a deleted contract's units go with it
     */
    @Inject
    public ContractsResource(Callers callers, Contracts contracts, PolicyStore policies, PublicHolidays holidays,
            ContactMatching matching, QuotaLedger ledger, Audit audit) {
        this.audit = audit;
        this.endpoint = new Endpoint(callers);
        this.matching = matching;
        this.ledger = ledger;
        this.contracts = contracts;
        this.policies = policies;
        this.json = new ContractJson(holidays);
    }

    /**
     * @param q      part of a customer number, organization id or name, or contact; empty for all
     * @param offset first to return, 0 or more
     * @param limit  most to return, 1 to {@value #MAX_LIMIT}
     */
    @GET
    @LicensedOnly
    public Response search(@QueryParam("q") String q, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> {
            int from = number("offset", offset, 0, 0, Integer.MAX_VALUE);
            int count = number("limit", limit, 50, 1, MAX_LIMIT);
            if (q != null && q.length() > 255) {
                throw ApiException.badRequest("q", "rest.error.query.length", 255);
            }
            Page<Contract> page = contracts.search(q, from, count);
            ObjectNode root = Json.object();
            root.put("total", page.total());
            root.put("offset", page.offset());
            ArrayNode items = root.putArray("items");
            page.items().forEach(c -> items.add(json.write(c)));
            return Endpoint.ok(root);
        });
    }

    @GET
    @Path("{number}")
    @LicensedOnly
    public Response get(@PathParam("number") String number) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> Endpoint.ok(json.write(find(number))));
    }

    @POST
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            Contract read = json.read(Endpoint.object(body), "");
            Contract contract = matching.beforeSave(read).contract();
            policies.withCurrent(current -> {
                requirePlan(current, contract);
                try {
                    contracts.add(contract);
                } catch (DomainException e) {
                    throw refused(e);
                }
                return contract;
            });
            audit.record("audit.contract.created", "contract", contract.customerNumber());
            return Endpoint.created(json.write(contract));
        });
    }

    @PUT
    @Path("{number}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("number") String number, @Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            Contract read = json.read(Endpoint.object(body), "");
            if (!read.customerNumber().equals(number)) {
                throw ApiException.badRequest("customerNumber", "rest.error.id.mismatch", number);
            }
            Contract contract = matching.beforeSave(read).contract();
            policies.withCurrent(current -> {
                requirePlan(current, contract);
                try {
                    contracts.replace(contract);
                } catch (DomainException e) {
                    if (e.key().equals("contract.error.notFound")) { // none by that number, or deleted just now
                        throw ApiException.notFound(e.key(), e.args().toArray());
                    }
                    throw refused(e);
                }
                return contract;
            });
            audit.record("audit.contract.replaced", "contract", contract.customerNumber());
            return Endpoint.ok(json.write(contract));
        });
    }

    @DELETE
    @Path("{number}")
    @AdminOnly
    @WebSudoRequired
    public Response delete(@PathParam("number") String number, @Context HttpHeaders headers) {
        return endpoint.write(Endpoint.Access.ADMIN, headers, caller -> {
            if (!contracts.remove(number)) {
                throw ApiException.notFound("contract.error.notFound", number);
            }
            audit.record("audit.contract.deleted", "contract", number);
            try {
                ledger.releaseContract(number);
            } catch (RuntimeException e) { // the contract is gone; the reconciliation gives its units back
                LOG.warn("Contract {} deleted; its quota units are left to the reconciliation ({})", number,
                        e.getClass().getSimpleName());
            }
            return Endpoint.noContent();
        });
    }

    private Contract find(String number) {
        return contracts.byCustomerNumber(number)
                .orElseThrow(() -> ApiException.notFound("contract.error.notFound", number));
    }

    /**
     * A write the store refused: an organization that does not exist is the body's fault (400, at its field), a
     * customer number taken a conflict with what is stored (409).
     */
    private static ApiException refused(DomainException e) {
        if (e.key().equals("contract.error.organization.unknown")) {
            return ApiException.badRequestWithArgs("organization", e.key(), e.args());
        }
        return ApiException.conflict(e.key(), e.args().toArray());
    }

    /** Checked and written under the configuration's lock, so the plan cannot be deleted in between. */
    private static void requirePlan(Policy current, Contract contract) {
        if (current.plan(contract.planId()).isEmpty()) {
            throw ApiException.badRequest("plan", "rest.error.plan.notFound", contract.planId());
        }
    }

    static int number(String field, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest(field, "rest.error.number.range", min, max);
    }
}
