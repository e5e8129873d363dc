package org.contractsla.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.i18n.Messages;

/**
 * {@code /rest/contract-sla/1.0/simulate}: the simulator of the command line as a service — a policy (the
 * stored one unless the body brings its own), request timelines and contracts in, every clock and
 * entitlement decision out. Nothing is stored. Agents and administrators; a POST, so it is XSRF-checked like
 * the writes. A node runs at most {@link SimulationSlots#DEFAULT} simulations at once; more get 429 with
 * {@code Retry-After}.
 */
@Path("/simulate")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class SimulateResource {

    private final Endpoint endpoint;
    private final PolicyStore policies;
    private final PublicHolidays holidays;
    private final SimulationSlots slots;
    private final Clock clock;

    @Inject
    public SimulateResource(Callers callers, PolicyStore policies, PublicHolidays holidays, SimulationSlots slots) {
        this(callers, policies, holidays, slots, Clock.systemUTC());
    }

    SimulateResource(Callers callers, PolicyStore policies, PublicHolidays holidays, SimulationSlots slots,
            Clock clock) {
        this.endpoint = new Endpoint(callers);
        this.policies = policies;
        this.holidays = holidays;
        this.slots = slots;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response simulate(@Context HttpHeaders headers, InputStream body) {
        return endpoint.write(Endpoint.Access.AGENT, headers, caller -> {
            // read first: a client sending its body slowly must not hold a slot while it does
            com.fasterxml.jackson.databind.JsonNode node = Endpoint.object(body);
            if (!slots.tryAcquire()) {
                throw ApiException.busy(SimulationSlots.RETRY_AFTER_SECONDS, "rest.error.simulate.busy");
            }
            try {
                return simulate(caller, node);
            } finally {
                slots.release();
            }
        });
    }

    private Response simulate(Caller caller, com.fasterxml.jackson.databind.JsonNode body) {
        RequestBodies.SimulateRequest request = new RequestBodies().simulate(body, holidays, policies::current);
        Policy policy = request.policy();
        Instant now = request.now() != null ? request.now() : clock.instant();
        ZoneId zone = request.zone() != null ? request.zone() : policy.calendars().isEmpty() ? ZoneOffset.UTC
                : policy.calendars().values().iterator().next().zone();
        return Endpoint.ok(new Simulation(policy, holidays).run(request.requests(), request.contracts(),
                request.draft().asker(), now, zone, new Messages(caller.locale())));
    }
}
