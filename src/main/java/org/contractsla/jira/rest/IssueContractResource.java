package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.PlanChange;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.ChoosingContract;
import org.contractsla.core.entitlement.ContractStanding;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.issue.ClockRequests;

/**
 * {@code /rest/contract-sla/1.0/issue/{key}/contract}: the contract a support request is handled under, and the
 * contracts an agent may name instead (those of the organizations its reporter belongs to). Agents only: reading
 * needs Browse permission on the issue, naming a contract Edit.
 *
 * <p>{@code GET}: {@code {"issue","contract":{…}|null,"decision":{"outcome","handling","reasons"}|null,
 * "choices":[{…}]}}, each contract as {@code {"customerNumber","organization","plan","inForce"}}.
 *
 * <p>{@code POST} {@code {"customerNumber"}}: checks the request again as received, quoting that contract: its quota
 * unit moves, the new decision is kept, and its clocks are measured again at once. A contract of another
 * organization is refused ({@code 400 entitlement.error.contract.notChoosable}), as is one under which the request
 * would be turned away ({@code 400 entitlement.error.contract.wouldRefuse}); nothing changes then. A contract on
 * another plan applies from now: the goals until now stay those of the plan before (domain spec §3.4).
 */
@Path("/issue/{key}/contract")
@Produces(MediaType.APPLICATION_JSON)
public class IssueContractResource {

    private final Endpoint endpoint;
    private final Issues issues;
    private final PolicyStore policies;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final RequestDecisions decisions;
    private final ChoosingContract choosing;
    private final ClockRequests clocks;
    private final Clock clock;

    @Inject
    public IssueContractResource(Callers callers, Issues issues, PolicyStore policies, Contracts contracts,
            QuotaLedger ledger, RequestDecisions decisions, PlanChange.Store planChanges, ClockRequests clocks) {
        this(callers, issues, policies, contracts, ledger, decisions, planChanges, clocks, Clock.systemUTC());
    }

    IssueContractResource(Callers callers, Issues issues, PolicyStore policies, Contracts contracts,
            QuotaLedger ledger, RequestDecisions decisions, PlanChange.Store planChanges, ClockRequests clocks,
            Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.issues = issues;
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.decisions = decisions;
        this.choosing = new ChoosingContract(policies::current, contracts, ledger, decisions, planChanges);
        this.clocks = clocks;
        this.clock = clock;
    }

    /** @param key the issue's key */
    @GET
    @LicensedOnly
    public Response get(@PathParam("key") String key) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> {
            IssueFacts issue = issues.visible(key).orElseThrow(() -> ApiException.notFound("rest.error.issue.notFound",
                    key));
            return Endpoint.ok(standing(issue, new Messages(caller.locale())));
        });
    }

    /**
     * @param key     the issue's key
     * @param headers the request's headers (a JSON body, or {@code X-Atlassian-Token: no-check})
     * @param body    {@code {"customerNumber"}}
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choose(@PathParam("key") String key, @Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.AGENT, headers, caller -> {
            IssueFacts issue = issues.editable(key).orElseThrow(() -> ApiException.notFound(
                    "rest.error.issue.notFound", key));
            JsonNode n = Endpoint.object(body);
            JsonNode number = n.get("customerNumber");
            if (number == null || !number.isTextual() || number.asText().isBlank()) {
                throw ApiException.badRequest("customerNumber", "config.error.field.missing", "customerNumber");
            }
            String project = policies.current().supportProjectOf(issue.projectKey(), issue.projectId()).orElse(null);
            if (project == null) {
                throw ApiException.badRequest("", "rest.error.issue.notSupportRequest", issue.key());
            }
            Optional<EntitlementDecision> decided = choosing.choose(issue.id(), project, issue.reporterKey(),
                    number.asText().strip(), issue.created(), clock.instant());
            if (decided.isPresent()) {
                clocks.remeasure(Long.parseLong(issue.id()));
            }
            return Endpoint.ok(standing(issue, new Messages(caller.locale())));
        });
    }

    private ObjectNode standing(IssueFacts issue, Messages messages) {
        Policy policy = policies.current();
        ObjectNode n = Json.object();
        n.put("issue", issue.key());
        Optional<EntitlementDecision> decision = decisions.byRequest(issue.id());
        Optional<Contract> contract = decision.flatMap(EntitlementDecision::customerNumber)
                .flatMap(contracts::byCustomerNumber);
        if (contract.isPresent()) {
            n.set("contract", contract(contract.get(), policy));
        } else {
            n.putNull("contract");
        }
        if (decision.isPresent()) {
            ObjectNode d = n.putObject("decision");
            d.put("outcome", decision.get().outcome().name());
            d.put("handling", decision.get().handling().name());
            ArrayNode reasons = d.putArray("reasons");
            decision.get().reasons().forEach(r -> reasons.add(messages.text(r.key(), r.args())));
        } else {
            n.putNull("decision");
        }
        ArrayNode choices = n.putArray("choices");
        choosing.choices(issue.reporterKey()).forEach(c -> choices.add(contract(c, policy)));
        return n;
    }

    private ObjectNode contract(Contract c, Policy policy) {
        ContractStanding s = ContractStanding.of(c, policy, contracts, ledger, clock.instant());
        ObjectNode o = Json.object();
        o.put("customerNumber", c.customerNumber());
        o.put("organization", s.organizationName());
        o.put("plan", c.planId());
        o.put("inForce", s.inForce());
        return o;
    }
}
