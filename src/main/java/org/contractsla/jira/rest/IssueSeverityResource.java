package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Clock;
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
import org.contractsla.config.RequestBodies;
import org.contractsla.core.Reason;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.request.ChangingSeverity;
import org.contractsla.core.severity.Severity;
import org.contractsla.core.severity.SeverityChange;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.core.severity.SeverityDecision;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.issue.ClockRequests;

/**
 * {@code /rest/contract-sla/1.0/issue/{key}/severity}: a support request's severity and every change of it (domain
 * spec §1: who, when, from → to, why). Agents only: reading needs Browse permission on the issue, changing it Edit.
 *
 * <p>{@code GET}: the severity in force and the changes, oldest first, texts in the caller's language.
 *
 * <p>{@code POST} {@code {"severity","environment","reason","operationImpossibleWithoutFix",
 * "earlierStateAvoidsProblem"}}: sets it by the rules of the request's plan (production gate, S1 checklist). A level
 * the rules lower is set lowered, with their reasons; one they refuse is answered 400 with the reason and nothing is
 * kept. The clocks follow the new level from this instant; the issue's SLA fields are measured again at once.
 */
@Path("/issue/{key}/severity")
@Produces(MediaType.APPLICATION_JSON)
public class IssueSeverityResource {

    private final Endpoint endpoint;
    private final Issues issues;
    private final ChangingSeverity changing;
    private final ClockRequests clocks;
    private final Clock clock;

    @Inject
    public IssueSeverityResource(Callers callers, Issues issues, SeverityChanges changes, PolicyStore policies,
            RequestDecisions decisions, ClockRequests clocks) {
        this(callers, issues, new ChangingSeverity(changes, policies::current, decisions), clocks,
                Clock.systemUTC());
    }

    IssueSeverityResource(Callers callers, Issues issues, ChangingSeverity changing, ClockRequests clocks,
            Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.issues = issues;
        this.changing = changing;
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
     * @param body    the change
     */
    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("key") String key, @Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.AGENT, headers, caller -> {
            IssueFacts issue = issues.editable(key).orElseThrow(() -> ApiException.notFound(
                    "rest.error.issue.notFound", key));
            RequestBodies.SeverityChange asked = new RequestBodies().severityChange(Endpoint.object(body));
            SeverityDecision decision = changing.change(issue.id(), asked.proposal(), caller.userKey().orElseThrow(),
                    asked.reason(), clock.instant());
            if (decision.outcome() == SeverityDecision.Outcome.REJECTED) {
                Reason why = decision.reasons().get(0);
                throw ApiException.badRequest("severity", why.key(), why.args().toArray());
            }
            clocks.remeasure(Long.parseLong(issue.id()));
            Messages messages = new Messages(caller.locale());
            ObjectNode result = standing(issue, messages);
            result.put("outcome", decision.outcome().name());
            ArrayNode reasons = result.putArray("reasons");
            decision.reasons().forEach(r -> reasons.add(messages.text(r.key(), r.args())));
            return Endpoint.ok(result);
        });
    }

    private ObjectNode standing(IssueFacts issue, Messages messages) {
        ObjectNode n = Json.object();
        n.put("issue", issue.key());
        Severity current = changing.current(issue.id()).orElse(null);
        if (current != null) {
            n.put("severity", current.name());
            n.put("name", messages.text(current.nameKey()));
            n.put("definition", messages.text(current.definitionKey()));
        } else {
            n.putNull("severity");
        }
        ArrayNode list = n.putArray("changes");
        for (SeverityChange c : changing.changes(issue.id())) {
            ObjectNode o = list.addObject();
            o.put("at", c.at().toString());
            if (c.userKey() == null) {
                o.putNull("user"); // set by the app when the request was opened
            } else {
                o.put("user", c.userKey());
            }
            if (c.from() == null) {
                o.putNull("from");
            } else {
                o.put("from", c.from().name());
            }
            o.put("to", c.to().name());
            if (c.note() != null) {
                o.put("reason", c.note());
            }
            ArrayNode rules = o.putArray("rules");
            c.rules().forEach(r -> rules.add(messages.text(r.key(), r.args())));
        }
        return n;
    }
}
