package org.contractsla.preview;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import java.lang.reflect.Method;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * REST v2's access annotations as Jira's Platform 7 applies them before a resource runs: {@link AdminOnly} for
 * administrators, {@link LicensedOnly} for licensed users (also where a method names none, the platform's default),
 * {@link UnlicensedSiteAccess} for any logged-in user; anonymous callers get 401, others who may not 403. The
 * resources' own checks run after it, as in Jira.
 */
final class RestAccess implements ContainerRequestFilter {

    private final PreviewJira jira;

    @Context
    private ResourceInfo resource;

    RestAccess(PreviewJira jira) {
        this.jira = jira;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        PreviewJira.User caller = jira.current();
        boolean allowed;
        if (annotated(method, AdminOnly.class)) {
            allowed = caller != null && caller.role() == PreviewJira.Role.ADMIN;
        } else if (annotated(method, UnlicensedSiteAccess.class)) {
            allowed = caller != null;
        } else {
            allowed = caller != null && caller.licensed();
        }
        if (!allowed) {
            request.abortWith(Response.status(caller == null ? 401 : 403).build());
        }
    }

    private static boolean annotated(Method method, Class<? extends java.lang.annotation.Annotation> type) {
        return method.isAnnotationPresent(type) || method.getDeclaringClass().isAnnotationPresent(type);
    }
}
