package org.contractsla.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Response;
import org.junit.Test;

/**
 * Who may call what: every endpoint against anonymous, customer, agent and administrator. Each row runs on
 * fresh stores; the expected statuses are the contract of docs/rest.md.
 */
public class PermissionMatrixTest {

    private static final String CALENDAR = "{\"id\":\"new-cal\",\"zone\":\"Europe/Vienna\",\"weekly\":{\"MON-FRI\":[\"08:00-16:00\"]},"
            + "\"holidays\":{\"country\":\"AT\"}}";
    private static final String PLAN = "{\"id\":\"new-plan\",\"goals\":{\"firstResponse\":{\"S3\":{\"duration\":\"8h\","
            + "\"calendar\":\"berlin-09-17\"}}}}";
    private static final String CONTRACT = "{\"customerNumber\":\"K-2\",\"organization\":\"nordlicht\",\"plan\":\"standard\","
            + "\"start\":\"2025-01-01\",\"contacts\":[\"zwei@zwei.example\"]}";
    private static final String CHECK = "{\"channel\":\"portal\",\"severity\":\"S3\"}";
    private static final String SEVERITY = "{\"severity\":\"S2\",\"reason\":\"customer called\"}";
    private static final String ORGANIZATION = "{\"name\":\"Zwei GmbH\"}";
    private static final String SIMULATE = "{\"timeline\":" + RestFixture.read("examples/timelines.json") + "}";

    /** name, call, expected status for anonymous, customer, agent, admin */
    private record Row(String name, Function<RestFixture, Response> call, int anonymous, int customer, int agent,
            int admin) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("GET /config", f -> f.config().export(), 401, 403, 403, 200),
            new Row("GET /config/notes", f -> f.config().notes(), 401, 403, 403, 200),
            new Row("PUT /config", f -> f.config().importDocument(RestFixture.json(), RestFixture.in(RestFixture.read("examples/presets.json"))),
                    401, 403, 403, 200),
            new Row("GET /calendars", f -> f.calendars().list(), 401, 403, 200, 200),
            new Row("GET /calendars/{id}", f -> f.calendars().get("berlin-24x7"), 401, 403, 200, 200),
            new Row("PUT /calendars/{id}", f -> f.calendars().put("new-cal", RestFixture.json(), RestFixture.in(CALENDAR)), 401, 403, 403, 200),
            // Basic's goals run on it
            new Row("DELETE /calendars/{id} in use", f -> f.calendars().delete("warsaw-09-18", RestFixture.json()), 401,
                    403, 403, 409),
            // no goal runs on the service desk's calendar (its goals are set per SLA)
            new Row("DELETE /calendars/{id} unused", f -> f.calendars().delete("stockholm-staffed", RestFixture.json()),
                    401, 403, 403, 204),
            new Row("GET /plans", f -> f.plans().list(), 401, 403, 200, 200),
            new Row("GET /plans/{id}", f -> f.plans().get("basic"), 401, 403, 200, 200),
            new Row("PUT /plans/{id}", f -> f.plans().put("new-plan", RestFixture.json(), RestFixture.in(PLAN)), 401, 403, 403, 200),
            new Row("DELETE /plans/{id}", f -> f.plans().delete("demo", RestFixture.json()), 401, 403, 403, 204),
            new Row("GET /contracts", f -> f.contracts().search(null, null, null), 401, 403, 200, 200),
            new Row("GET /contracts/{n}", f -> f.contracts().get("K-10042"), 401, 403, 200, 200),
            new Row("POST /contracts", f -> f.contracts().create(RestFixture.json(), RestFixture.in(CONTRACT)), 401, 403, 403, 201),
            new Row("PUT /contracts/{n}", f -> f.contracts().replace("K-2", RestFixture.json(), RestFixture.in(CONTRACT)), 401, 403, 403,
                    404),
            new Row("DELETE /contracts/{n}", f -> f.contracts().delete("PL-2207", RestFixture.json()), 401, 403, 403, 204),
            new Row("GET /customer/contracts", f -> f.customerContracts().mine(), 401, 200, 200, 200),
            new Row("GET /organizations", f -> f.organizations().list(), 401, 403, 200, 200),
            new Row("GET /organizations/{id}", f -> f.organizations().get("wisla"), 401, 403, 200, 200),
            new Row("PUT /organizations/{id}", f -> f.organizations().put("zwei", RestFixture.json(),
                    RestFixture.in(ORGANIZATION)), 401, 403, 403, 200),
            // Wisła's Basic contract belongs to it
            new Row("DELETE /organizations/{id} in use", f -> f.organizations().delete("wisla", RestFixture.json()), 401,
                    403, 403, 409),
            new Row("GET /entitlement/issue/{key}",
                    f -> f.entitlement().checkIssue("SUP-1", "email", "S2", null, null, null), 401, 403,
                    200, 200),
            new Row("POST /entitlement/check", f -> f.entitlement().check(RestFixture.json(), RestFixture.in(CHECK)), 401, 200, 200, 200),
            new Row("POST /simulate", f -> f.simulate().simulate(RestFixture.json(), RestFixture.in(SIMULATE)), 401, 403, 200, 200),
            new Row("POST /contacts/review", f -> f.contacts().review(RestFixture.json()), 401, 403, 403, 200),
            new Row("POST /quota/reconcile", f -> f.quota().reconcile(RestFixture.json()), 401, 403, 403, 200),
            new Row("GET /clocks/recomputation", f -> f.clocks().progress(), 401, 403, 403, 200),
            new Row("POST /clocks/recomputation", f -> f.clocks().start(RestFixture.json()), 401, 403, 403, 202),
            new Row("GET /issue/{key}/contract", f -> f.contract().get("SUP-1"), 401, 403, 200, 200),
            // K-10042 is anna.berg's own contract: named again, nothing changes
            new Row("POST /issue/{key}/contract", f -> f.contract().choose("SUP-1", RestFixture.json(),
                    RestFixture.in("{\"customerNumber\":\"K-10042\"}")), 401, 403, 200, 200),
            new Row("GET /issue/{key}/severity", f -> f.severity().get("SUP-1"), 401, 403, 200, 200),
            new Row("POST /issue/{key}/severity", f -> f.severity().change("SUP-1", RestFixture.json(),
                    RestFixture.in(SEVERITY)), 401, 403, 200, 200));

    @Test
    public void shouldAnswerEveryRoleAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            check(wrong, row, "anonymous", RestFixture.ANONYMOUS, row.anonymous());
            check(wrong, row, "customer", RestFixture.CUSTOMER, row.customer());
            check(wrong, row, "agent", RestFixture.AGENT, row.agent());
            check(wrong, row, "admin", RestFixture.ADMIN, row.admin());
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, Row row, String role, Caller caller, int expected) {
        RestFixture fixture = new RestFixture().as(caller);
        String before = fixture.state();
        Response response = row.call().apply(fixture);
        if (response.getStatus() != expected) {
            wrong.add(row.name() + " as " + role + ": " + response.getStatus() + " " + response.getEntity());
        }
        if (response.getStatus() >= 400 && !before.equals(fixture.state())) {
            wrong.add(row.name() + " as " + role + " was refused but changed the stores");
        }
        if (response.getStatus() >= 400 && !fixture.audited.isEmpty()) {
            wrong.add(row.name() + " as " + role + " was refused but audited " + fixture.audited);
        }
    }

    /** The admin changes that Jira's audit log records, each once; reads, checks and simulations record nothing. */
    private static final java.util.Set<String> AUDITED = java.util.Set.of("PUT /config", "PUT /calendars/{id}",
            "DELETE /calendars/{id} unused", "PUT /plans/{id}", "DELETE /plans/{id}", "POST /contracts",
            "DELETE /contracts/{n}", "PUT /organizations/{id}", "POST /contacts/review");

    @Test
    public void shouldAuditEachChangeAnAdministratorMakesOnceInBothLanguages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties de = new java.util.Properties();
        try (java.io.InputStream a = java.nio.file.Files.newInputStream(java.nio.file.Path.of("i18n/contract-sla.properties"));
                java.io.InputStream b = java.nio.file.Files.newInputStream(java.nio.file.Path.of("i18n/contract-sla_de.properties"))) {
            en.load(a);
            de.load(b);
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            RestFixture f = new RestFixture().as(RestFixture.ADMIN);
            row.call().apply(f);
            int expected = AUDITED.contains(row.name()) ? 1 : 0;
            if (f.audited.size() != expected) {
                wrong.add(row.name() + ": " + f.audited);
            }
            for (String entry : f.audited) {
                String action = entry.split(" ")[0];
                if (!en.containsKey(action) || !de.containsKey(action)) {
                    wrong.add(row.name() + ": no text for " + action);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void shouldRefuseCrossSiteWritesEvenFromAdministrators() {
        RestFixture f = new RestFixture().as(RestFixture.ADMIN);
        String before = f.state();
        List<Response> responses = List.of(
                f.config().importDocument(RestFixture.form(), RestFixture.in(RestFixture.read("examples/presets.json"))),
                f.calendars().put("new-cal", RestFixture.form(), RestFixture.in(CALENDAR)),
                f.calendars().delete("stockholm-staffed", RestFixture.form()),
                f.plans().put("new-plan", RestFixture.form(), RestFixture.in(PLAN)),
                f.plans().delete("demo", RestFixture.form()),
                f.contracts().create(RestFixture.form(), RestFixture.in(CONTRACT)),
                f.contracts().delete("PL-2207", RestFixture.form()),
                f.organizations().put("zwei", RestFixture.form(), RestFixture.in(ORGANIZATION)),
                f.organizations().delete("wisla", RestFixture.form()),
                f.entitlement().check(RestFixture.form(), RestFixture.in(CHECK)),
                f.simulate().simulate(RestFixture.form(), RestFixture.in(SIMULATE)),
                f.contacts().review(RestFixture.form()),
                f.quota().reconcile(RestFixture.form()),
                f.severity().change("SUP-1", RestFixture.form(), RestFixture.in(SEVERITY)),
                f.clocks().start(RestFixture.form()),
                f.contract().choose("SUP-1", RestFixture.form(), RestFixture.in("{\"customerNumber\":\"K-10042\"}")));
        for (Response r : responses) {
            assertEquals(403, r.getStatus());
            assertEquals("rest.error.xsrf", RestFixture.body(r).get("errors").get(0).get("key").asText());
        }
        assertEquals(before, f.state());
        assertTrue("no severity set", f.severityChanges.byRequest("10001").isEmpty());
        assertEquals("no recomputation asked for", 0, f.recomputationsAsked.get());
        // a script that sends the no-check token is let through
        assertEquals(204, f.plans().delete("demo", RestFixture.noCheckToken()).getStatus());
    }

    /** Per row: the resource method behind it and the one access annotation it must carry (on it or its class). */
    private record Access(Class<?> resource, String method, Class<? extends java.lang.annotation.Annotation> must) {
    }

    private static final java.util.Map<String, Access> ACCESS = java.util.Map.ofEntries(
            java.util.Map.entry("GET /config", new Access(ConfigResource.class, "export", AdminOnly.class)),
            java.util.Map.entry("GET /config/notes", new Access(ConfigResource.class, "notes", AdminOnly.class)),
            java.util.Map.entry("PUT /config", new Access(ConfigResource.class, "importDocument", AdminOnly.class)),
            java.util.Map.entry("GET /calendars", new Access(CalendarsResource.class, "list", LicensedOnly.class)),
            java.util.Map.entry("GET /calendars/{id}", new Access(CalendarsResource.class, "get", LicensedOnly.class)),
            java.util.Map.entry("PUT /calendars/{id}", new Access(CalendarsResource.class, "put", AdminOnly.class)),
            java.util.Map.entry("DELETE /calendars/{id} in use", new Access(CalendarsResource.class, "delete", AdminOnly.class)),
            java.util.Map.entry("DELETE /calendars/{id} unused", new Access(CalendarsResource.class, "delete", AdminOnly.class)),
            java.util.Map.entry("GET /plans", new Access(PlansResource.class, "list", LicensedOnly.class)),
            java.util.Map.entry("GET /plans/{id}", new Access(PlansResource.class, "get", LicensedOnly.class)),
            java.util.Map.entry("PUT /plans/{id}", new Access(PlansResource.class, "put", AdminOnly.class)),
            java.util.Map.entry("DELETE /plans/{id}", new Access(PlansResource.class, "delete", AdminOnly.class)),
            java.util.Map.entry("GET /contracts", new Access(ContractsResource.class, "search", LicensedOnly.class)),
            java.util.Map.entry("GET /contracts/{n}", new Access(ContractsResource.class, "get", LicensedOnly.class)),
            java.util.Map.entry("POST /contracts", new Access(ContractsResource.class, "create", AdminOnly.class)),
            java.util.Map.entry("PUT /contracts/{n}", new Access(ContractsResource.class, "replace", AdminOnly.class)),
            java.util.Map.entry("DELETE /contracts/{n}", new Access(ContractsResource.class, "delete", AdminOnly.class)),
            java.util.Map.entry("GET /customer/contracts", new Access(CustomerContractsResource.class, "mine",
                    UnlicensedSiteAccess.class)),
            java.util.Map.entry("GET /organizations", new Access(OrganizationsResource.class, "list", LicensedOnly.class)),
            java.util.Map.entry("GET /organizations/{id}", new Access(OrganizationsResource.class, "get", LicensedOnly.class)),
            java.util.Map.entry("PUT /organizations/{id}", new Access(OrganizationsResource.class, "put", AdminOnly.class)),
            java.util.Map.entry("DELETE /organizations/{id} in use", new Access(OrganizationsResource.class, "delete",
                    AdminOnly.class)),
            java.util.Map.entry("GET /entitlement/issue/{key}", new Access(EntitlementResource.class, "checkIssue",
                    LicensedOnly.class)),
            java.util.Map.entry("POST /entitlement/check", new Access(EntitlementResource.class, "check",
                    UnlicensedSiteAccess.class)),
            java.util.Map.entry("POST /simulate", new Access(SimulateResource.class, "simulate", LicensedOnly.class)),
            java.util.Map.entry("POST /contacts/review", new Access(ContactsResource.class, "review", AdminOnly.class)),
            java.util.Map.entry("POST /quota/reconcile", new Access(QuotaResource.class, "reconcile", AdminOnly.class)),
            java.util.Map.entry("GET /clocks/recomputation", new Access(ClocksResource.class, "progress",
                    AdminOnly.class)),
            java.util.Map.entry("POST /clocks/recomputation", new Access(ClocksResource.class, "start",
                    AdminOnly.class)),
            java.util.Map.entry("GET /issue/{key}/contract", new Access(IssueContractResource.class, "get",
                    LicensedOnly.class)),
            java.util.Map.entry("POST /issue/{key}/contract", new Access(IssueContractResource.class, "choose",
                    LicensedOnly.class)),
            java.util.Map.entry("GET /issue/{key}/severity", new Access(IssueSeverityResource.class, "get",
                    LicensedOnly.class)),
            java.util.Map.entry("POST /issue/{key}/severity", new Access(IssueSeverityResource.class, "change",
                    LicensedOnly.class)));

    /** The framework's access annotation must be the one the row's answers imply: no more, no less. */
    @Test
    public void shouldCarryOnEachEndpointExactlyTheAccessAnnotationItsRowImplies() {
        List<Class<? extends java.lang.annotation.Annotation>> kinds = List.of(AdminOnly.class, LicensedOnly.class,
                UnlicensedSiteAccess.class);
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            Access access = ACCESS.get(row.name());
            if (access == null) {
                wrong.add(row.name() + ": no access stated");
                continue;
            }
            // the answers say it: customers let in means unlicensed access; only admins, admin-only
            Class<? extends java.lang.annotation.Annotation> implied = row.customer() < 400
                    ? UnlicensedSiteAccess.class : row.agent() < 400 ? LicensedOnly.class : AdminOnly.class;
            if (implied != access.must()) {
                wrong.add(row.name() + ": its answers imply " + implied.getSimpleName());
            }
            // the resource method JAX-RS calls (an overload without an HTTP method is plain Java)
            Method m = java.util.Arrays.stream(access.resource().getMethods())
                    .filter(x -> x.getName().equals(access.method()) && java.util.Arrays.stream(x.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(javax.ws.rs.HttpMethod.class)))
                    .findFirst().orElseThrow();
            List<String> carried = new ArrayList<>();
            for (Class<? extends java.lang.annotation.Annotation> kind : kinds) {
                if (m.isAnnotationPresent(kind) || (!m.isAnnotationPresent(AdminOnly.class)
                        && !m.isAnnotationPresent(LicensedOnly.class) && !m.isAnnotationPresent(UnlicensedSiteAccess.class)
                        && m.getDeclaringClass().isAnnotationPresent(kind))) {
                    carried.add(kind.getSimpleName());
                }
            }
            if (!carried.equals(List.of(access.must().getSimpleName()))) {
                wrong.add(row.name() + ": carries " + carried + ", must carry " + access.must().getSimpleName());
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every endpoint states who may call it, in the REST framework's terms too; admin writes need websudo. */
    @Test
    public void shouldAnnotateEveryEndpointWithItsAccess() {
        // every resource of the package, so that a new one cannot be missed
        List<Class<?>> resources = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.contractsla.jira.rest")) {
            if (c.isAnnotatedWith(javax.ws.rs.Path.class)) {
                resources.add(c.reflect());
            }
        }
        assertEquals(13, resources.size());
        int endpoints = 0;
        for (Class<?> type : resources) {
            for (Method m : type.getMethods()) {
                boolean http = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(DELETE.class);
                if (!http || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                endpoints++;
                Class<?> owner = m.getDeclaringClass();
                boolean admin = has(m, owner, type, AdminOnly.class);
                boolean access = admin || has(m, owner, type, LicensedOnly.class)
                        || has(m, owner, type, UnlicensedSiteAccess.class);
                assertTrue(type.getSimpleName() + "." + m.getName() + " states no access", access);
                boolean write = !m.isAnnotationPresent(GET.class);
                if (admin && write) {
                    assertTrue(type.getSimpleName() + "." + m.getName() + " lacks websudo",
                            has(m, owner, type, WebSudoRequired.class));
                }
            }
        }
        assertEquals(ROWS.size() - 1, endpoints); // DELETE /calendars/{id} has two rows
    }

    private static boolean has(Method m, Class<?> owner, Class<?> type,
            Class<? extends java.lang.annotation.Annotation> a) {
        return m.isAnnotationPresent(a) || owner.isAnnotationPresent(a) || type.isAnnotationPresent(a);
    }
}
