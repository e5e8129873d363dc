package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.RequestBodies;
import org.contractsla.config.Simulation;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.Finding;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.i18n.Messages;

/**
 * {@code /rest/contract-sla/1.0/entitlement/check}: would a request be entitled? Nothing is booked. Customers
 * ask for themselves (the live check of the request form); agents may ask for any reporter and instant.
 * When the caller is not a contact of the contract a customer number points to, only that is said, so no
 * customer learns anything about another organization's contract.
 */
@Path("/entitlement/check")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    private final Endpoint endpoint;
    private final PolicyStore policies;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final Clock clock;

    @Inject
    public EntitlementResource(Callers callers, PolicyStore policies, Contracts contracts, QuotaLedger ledger) {
        this(callers, policies, contracts, ledger, Clock.systemUTC());
    }

    EntitlementResource(Callers callers, PolicyStore policies, Contracts contracts, QuotaLedger ledger, Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@Context HttpHeaders headers, String body) {
        return endpoint.write(Endpoint.Access.LOGGED_IN, headers, caller -> {
            RequestBodies.Draft draft = new RequestBodies().draft(Endpoint.object(body));
            if (!caller.agent() && (draft.reporterGiven() || draft.at() != null)) {
                throw ApiException.badRequest(draft.reporterGiven() ? "reporter" : "at", "rest.error.field.agentsOnly");
            }
            Instant at = draft.at() != null ? draft.at() : clock.instant();
            Simulation.Asker asker = caller.agent() ? draft.asker() : draft.asker().forReporter(
                    caller.userKey().orElseThrow(), caller.email().orElse(null));
            CheckingEntitlement checking = CheckingEntitlement.standard(policies::current, contracts, ledger);
            EntitlementDecision decision = checking.check(asker.request(at, draft.severity()));
            if (!caller.agent()) {
                decision = withoutOtherOrganizationsDetails(decision);
            }
            return Endpoint.ok(Simulation.decision(decision, new Messages(caller.locale())));
        });
    }

    private static EntitlementDecision withoutOtherOrganizationsDetails(EntitlementDecision d) {
        for (Finding f : d.findings()) {
            if (f.reason().key().equals("entitlement.reporter.notAuthorized")) {
                return EntitlementDecision.from(List.of(f), false, null, null, d.severity().orElse(null));
            }
        }
        return d;
    }
}
