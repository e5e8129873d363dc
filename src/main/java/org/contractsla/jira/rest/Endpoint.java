package org.contractsla.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.contractsla.config.ConfigException;
import org.contractsla.config.Json;
import org.contractsla.core.DomainException;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.i18n.Messages;

/**
 * What every resource method does around its one core call: find the caller, check who may call (our own
 * check, on top of the REST framework's annotations), refuse cross-site writes, parse the body, and turn
 * every refusal into {@code {"errors":[{"field","key","message"}]}} in the caller's language.
 */
final class Endpoint {

    /** Who may call a method. */
    enum Access {
        /** Jira administrators */
        ADMIN,
        /** agents of a support project, and administrators */
        AGENT,
        /** anyone logged in, customers included; the method limits what they see */
        LOGGED_IN
    }

    /** Failures the caller is told about only in general terms: the details go to Jira's log, without personal data. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Endpoint.class);

    /** What a caller is told to wait when a store is unavailable, in seconds. */
    static final int STORE_RETRY_AFTER_SECONDS = 10;

    /** Largest body a write accepts. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final Callers callers;

    Endpoint(Callers callers) {
        this.callers = callers;
    }

    /** A read: access check, then the action. */
    Response read(Access access, Function<Caller, Response> action) {
        return run(access, false, null, action);
    }

    /**
     * A write: access check, XSRF check, then the action.
     *
     * @param headers the request's headers (content type, X-Atlassian-Token)
     */
    Response write(Access access, HttpHeaders headers, Function<Caller, Response> action) {
        return run(access, true, headers, action);
    }

    private Response run(Access access, boolean write, HttpHeaders headers, Function<Caller, Response> action) {
        Messages messages = new Messages(java.util.Locale.ENGLISH); // until the caller is known
        try {
            Caller caller = callers.current(); // reads the configuration: a store that can fail too
            messages = new Messages(caller.locale());
            allow(access, caller);
            if (write) {
                requireSameOrigin(headers);
            }
            return action.apply(caller);
        } catch (ApiException e) {
            Response.ResponseBuilder r = errors(e.status(), e.problems(), messages);
            e.retryAfterSeconds().ifPresent(seconds -> r.header("Retry-After", seconds));
            return r.build();
        } catch (ConfigException e) {
            return errors(400, List.of(new ApiException.Problem(e.path(), e.key(), e.args())), messages).build();
        } catch (DomainException e) {
            return errors(400, List.of(new ApiException.Problem("", e.key(), e.args())), messages).build();
        } catch (StorageUnavailableException e) { // nothing was changed: the caller may simply try again
            LOG.warn("A store failed; answered 503: {}", e.getMessage(), e);
            return errors(503, List.of(new ApiException.Problem("", "rest.error.store.unavailable", List.of())), messages)
                    .header("Retry-After", STORE_RETRY_AFTER_SECONDS).build();
        } catch (RuntimeException e) { // a fault of ours: still an answer the caller can read, never a bare 500
            LOG.error("Answered 500", e);
            return errors(500, List.of(new ApiException.Problem("", "rest.error.internal", List.of())), messages)
                    .build();
        }
    }

    private static void allow(Access access, Caller caller) {
        if (!caller.loggedIn()) {
            throw new ApiException(401, "", "rest.error.notLoggedIn");
        }
        if (access == Access.ADMIN && !caller.admin() || access == Access.AGENT && !caller.agent()) {
            throw new ApiException(403, "", "rest.error.forbidden");
        }
    }

    /**
     * A browser on another site can post forms and plain text, but not JSON and not custom headers: a write
     * must say it is JSON, or carry {@code X-Atlassian-Token: no-check}.
     */
    static void requireSameOrigin(HttpHeaders headers) {
        if (headers == null) {
            throw new ApiException(403, "", "rest.error.xsrf");
        }
        MediaType type = headers.getMediaType();
        boolean json = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !type.isWildcardType() && !type.isWildcardSubtype();
        List<String> token = headers.getRequestHeader("X-Atlassian-Token");
        boolean noCheck = token != null && token.contains("no-check");
        if (!json && !noCheck) {
            throw new ApiException(403, "", "rest.error.xsrf");
        }
    }

    /**
     * Reads the body through a bounded stream: however much a client sends, at most {@link #MAX_BODY_BYTES} and one
     * byte more are read before it is refused. The body must be UTF-8 JSON holding an object.
     *
     * @return the body parsed, refusing an oversized, unreadable, empty or non-object body
     */
    static JsonNode object(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) { // the client went away, or the container could not read the request
            throw ApiException.badRequest("", "rest.error.body.unreadable");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw ApiException.badRequest("", "rest.error.body.tooLarge", MAX_BODY_BYTES / 1024);
        }
        JsonNode node = Json.parse(Json.decode(bytes));
        if (!node.isObject()) {
            throw ApiException.badRequest("", "config.error.type.object");
        }
        return node;
    }

    static Response ok(JsonNode node) {
        return Response.ok(Json.write(node), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Response created(JsonNode node) {
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(node)).build();
    }

    static Response noContent() {
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder errors(int status, List<ApiException.Problem> problems, Messages messages) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("errors");
        for (ApiException.Problem p : problems) {
            ObjectNode e = list.addObject();
            e.put("field", p.field());
            e.put("key", p.key());
            e.put("message", messages.text(p.key(), p.args()));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(root));
    }
}
