package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.ContractStanding;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.user.ContactMatching;

/**
 * {@code /rest/contract-sla/1.0/customer/contracts}: for a customer (portal users are unlicensed), a summary
 * of the contracts of the organizations (by id) that have a contract naming them as a contact — plan, term,
 * remaining quota. Nothing about other organizations, even one of a similar name; contacts, licences and notes
 * are not shown.
 */
@Path("/customer/contracts")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class CustomerContractsResource {

    private final Endpoint endpoint;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final PolicyStore policies;
    private final Clock clock;

    private final ContactMatching matching;

    @Inject
    public CustomerContractsResource(Callers callers, Contracts contracts, QuotaLedger ledger, PolicyStore policies,
            ContactMatching matching) {
        this(callers, contracts, ledger, policies, matching, Clock.systemUTC());
    }

    CustomerContractsResource(Callers callers, Contracts contracts, QuotaLedger ledger, PolicyStore policies,
            ContactMatching matching, Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.matching = matching;
        this.contracts = contracts;
        this.ledger = ledger;
        this.policies = policies;
        this.clock = clock;
    }

    @GET
    public Response mine() {
        return endpoint.read(Endpoint.Access.LOGGED_IN, caller -> {
            Map<String, Contract> visible = new TreeMap<>();
            String key = caller.userKey().orElseThrow();
            matching.appeared(key);
            for (Contract named : contracts.byContact(key)) {
                contracts.byOrganization(named.organizationId()).forEach(c -> visible.put(c.customerNumber(), c));
            }
            Policy policy = policies.current();
            ArrayNode list = Json.object().arrayNode();
            visible.values().forEach(c -> list.add(summary(c, policy)));
            ObjectNode root = Json.object();
            root.set("contracts", list);
            return Endpoint.ok(root);
        });
    }

    private ObjectNode summary(Contract c, Policy policy) {
        ContractStanding standing = ContractStanding.of(c, policy, contracts, ledger, clock.instant());
        ObjectNode n = Json.object();
        n.put("customerNumber", c.customerNumber());
        n.put("organization", standing.organizationName());
        n.put("plan", c.planId());
        n.put("start", c.start().toString());
        n.put("lastDay", c.end().minusDays(1).toString());
        n.put("inForce", standing.inForce());
        if (standing.limitedQuota().isEmpty()) {
            n.put("quota", "unlimited");
            return n;
        }
        ContractStanding.Quota quota = standing.quota();
        ObjectNode q = n.putObject("quota");
        q.put("cases", quota.cases());
        q.put("per", quota.period().id());
        q.put("used", quota.used());
        q.put("remaining", quota.remaining());
        q.put("periodStart", quota.window().startInclusive().toString());
        q.put("periodLastDay", quota.window().endExclusive().minusDays(1).toString());
        return n;
    }
}
