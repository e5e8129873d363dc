package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.Json;
import org.contractsla.config.RequestBodies;
import org.contractsla.config.Simulation;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.jira.user.ContactMatching;
import org.contractsla.i18n.Messages;

/**
 * {@code /rest/contract-sla/1.0/entitlement}: would a request be entitled? Nothing is booked.
 *
 * <p>{@code POST check}: a draft. Customers ask for themselves, now (the live check of the request form); agents
 * may ask for any reporter and instant. A customer number the customer is not a contact of gets the same answer
 * whether it exists or not ({@link CheckingEntitlement#checkAsReporter}).
 *
 * <p>{@code GET issue/{key}}: an existing issue, as its reporter at its creation; agents who may browse it.
 */
@Path("/entitlement")
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    private final Endpoint endpoint;
    private final PolicyStore policies;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final Issues issues;
    private final Clock clock;
    private final ContactMatching matching;

    @Inject
    public EntitlementResource(Callers callers, PolicyStore policies, Contracts contracts, QuotaLedger ledger,
            Issues issues, ContactMatching matching) {
        this(callers, policies, contracts, ledger, issues, matching, Clock.systemUTC());
    }

    EntitlementResource(Callers callers, PolicyStore policies, Contracts contracts, QuotaLedger ledger, Issues issues,
            ContactMatching matching, Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.matching = matching;
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * @param key         issue key
     * @param channel     how the request came in (default portal)
     * @param severity    its severity, if known
     * @param environment its environment (default production)
     * @param impossible  the S1 checklist's answer (a), {@code true} or {@code false}, if given
     * @param earlier     its answer (b), if given
     */
    @GET
    @Path("issue/{key}")
    @LicensedOnly
    public Response checkIssue(@PathParam("key") String key, @QueryParam("channel") String channel,
            @QueryParam("severity") String severity, @QueryParam("environment") String environment,
            @QueryParam("operationImpossibleWithoutFix") String impossible,
            @QueryParam("earlierStateAvoidsProblem") String earlier) {
        return endpoint.read(Endpoint.Access.AGENT, caller -> {
            IssueFacts issue = issues.visible(key).orElseThrow(() -> ApiException.notFound("rest.error.issue.notFound", key));
            ObjectNode query = Json.object();
            if (channel != null) {
                query.put("channel", channel);
            }
            if (severity != null) {
                query.put("severity", severity);
            }
            if (environment != null) {
                query.put("environment", environment);
            }
            answer(query, "operationImpossibleWithoutFix", impossible);
            answer(query, "earlierStateAvoidsProblem", earlier);
            RequestBodies.Draft draft = new RequestBodies().draft(query);
            Simulation.Asker asker = draft.asker().forReporter(issue.reporterKey());
            EntitlementDecision decision = CheckingEntitlement.standard(policies::current, contracts, ledger)
                    .check(asker.request(issue.created(), draft.severity()));
            ObjectNode result = Simulation.decision(decision,
                    new Messages(caller.locale()));
            result.put("issue", issue.key());
            return Endpoint.ok(result);
        });
    }

    /** A checklist answer from the query: a boolean if it reads as one, else the text, which the reader refuses. */
    private static void answer(ObjectNode query, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.equals("true") || value.equals("false")) {
            query.put(name, Boolean.parseBoolean(value));
        } else {
            query.put(name, value);
        }
    }

    /** As {@link #check(HttpHeaders, String, InputStream)}, answered in the caller's Jira language. */
    public Response check(HttpHeaders headers, InputStream body) {
        return check(headers, null, body);
    }

    /**
     * @param lang the language of the answer's texts, {@code de} or {@code en}: the request portal's, which its
     *             customer may have chosen other than their Jira language; null or any other for the caller's
     */
    @POST
    @Path("check")
    @UnlicensedSiteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(@Context HttpHeaders headers, @QueryParam("lang") String lang, InputStream body) {
        return endpoint.write(Endpoint.Access.LOGGED_IN, headers, caller -> {
            RequestBodies.Draft draft = new RequestBodies().draft(Endpoint.object(body));
            if (!caller.agent() && (draft.reporterGiven() || draft.at() != null)) {
                throw ApiException.badRequest(draft.reporterGiven() ? "reporter" : "at", "rest.error.field.agentsOnly");
            }
            Instant at = draft.at() != null ? draft.at() : clock.instant();
            // without a reporter named (which only agents may do), the caller asks for themselves
            if (!draft.reporterGiven()) {
                matching.appeared(caller.userKey().orElseThrow());
            }
            // an agent names a reporter by user key, or by an address that one trusted account has
            Simulation.Asker asker = draft.asker().forReporter(draft.reporterGiven()
                    ? matching.userKeyOf(draft.reporter().trim()) : caller.userKey().orElseThrow());
            CheckingEntitlement checking = CheckingEntitlement.standard(policies::current, contracts, ledger);
            EntitlementRequest request = asker.request(at, draft.severity());
            // a customer learns nothing of contracts they are not a contact of, not even whether a number exists
            EntitlementDecision decision = caller.agent() ? checking.check(request) : checking.checkAsReporter(request);
            java.util.Locale language = "de".equals(lang) || "en".equals(lang) ? java.util.Locale.forLanguageTag(lang)
                    : caller.locale();
            return Endpoint.ok(Simulation.decision(decision, new Messages(language)));
        });
    }
}
