package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.calendar.FixedPublicHolidays;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.InMemoryContracts;
import org.contractsla.core.contract.InMemoryQuotaLedger;
import org.contractsla.core.contract.Organization;
import org.contractsla.core.entitlement.InMemoryRequestDecisions;
import org.contractsla.core.policy.Channel;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.core.request.InMemoryClockRecords;
import org.contractsla.core.severity.InMemorySeverityChanges;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The portal servlet as Jira calls it, each Jira service a mock of its stand-in. */
public class PortalServletTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final XsrfTokenGenerator xsrf = mock(XsrfTokenGenerator.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final SubmittingRequests.Tracker tracker = mock(SubmittingRequests.Tracker.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final PortalServlet servlet;

    public PortalServletTest() throws Exception {
        Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
                List.of(Plan.builder("gold").channels(List.of(Channel.PORTAL)).build()), Set.of())
                .withSupportProjects(Set.of("SUP"));
        policy = policy.withProjectSettings(Map.of("SUP", ProjectSettings.DEFAULT.withPortal(
                new ProjectSettings.Portal("svc", "10100"))));
        InMemoryContracts contracts = new InMemoryContracts();
        contracts.putOrganization(Organization.of("acme", "Acme"));
        contracts.add(Contract.builder("K-1", "acme", "gold", LocalDate.of(2026, 1, 1)).contacts(List.of("jdoe"))
                .build());
        PageBuilderService pages = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        servlet = new PortalServlet(authentication, mock(TimeZoneManager.class), renderer, xsrf, login, pages,
                new InMemoryPolicyStore(policy), contracts, new InMemoryQuotaLedger(), new InMemoryRequestDecisions(),
                new InMemorySeverityChanges(), new InMemoryClockRecords(), FixedPublicHolidays.none(), tracker,
                SubmittingRequests.Acknowledging.NONE, Clock.fixed(Instant.parse("2026-05-05T10:00:00Z"),
                        ZoneOffset.UTC));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getContextPath()).thenReturn("/jira");
    }

    private PortalView rendered() throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq("templates/portal.vm"), context.capture(), any());
        return (PortalView) context.getValue().get("portal");
    }

    @Test
    public void shouldSendAnonymousCallersToTheLoginPageAndBack() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/jira/plugins/servlet/"
                + "contract-sla/portal"));
        when(request.getQueryString()).thenReturn("category=incident");
        when(login.getLoginUri(URI.create("https://jira.example/jira/plugins/servlet/contract-sla/portal"
                + "?category=incident"))).thenReturn(URI.create("/jira/login.jsp?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        servlet.doPost(request, response);
        verify(tracker, never()).create(any());
    }

    @Test
    public void shouldShowTheFormInTheAccountsLanguageUnderJirasContextPath() throws Exception {
        ApplicationUser jdoe = mock(ApplicationUser.class);
        when(jdoe.getKey()).thenReturn("jdoe");
        when(jdoe.isActive()).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(jdoe);
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        when(request.getParameter("category")).thenReturn("incident");
        when(xsrf.generateToken(request)).thenReturn("tok");
        servlet.doGet(request, response);
        PortalView view = rendered();
        assertEquals("de", view.getLanguage());
        assertEquals("/jira/plugins/servlet/contract-sla/portal", view.getAction());
        assertEquals("/jira/rest/contract-sla/1.0/entitlement/check", view.getCheckUrl());
        assertEquals("tok", view.getXsrfToken());
        assertTrue(view.getFields().stream().anyMatch(f -> f.getName().equals("customerNumber")
                && f.getValue().equals("K-1")));
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void shouldCreateNothingWithoutAValidXsrfToken() throws Exception {
        ApplicationUser jdoe = mock(ApplicationUser.class);
        when(jdoe.getKey()).thenReturn("jdoe");
        when(jdoe.isActive()).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(jdoe);
        when(request.getParameterMap()).thenReturn(Map.of("category", new String[] {"usage-question"},
                "summary", new String[] {"How?"}, "customerNumber", new String[] {"K-1"},
                "product", new String[] {"Backup"}, "description", new String[] {"Please"},
                "atl_token", new String[] {"forged"}, "send", new String[] {"1"}));
        when(xsrf.validateToken(request, "forged")).thenReturn(false);
        servlet.doPost(request, response);
        verify(tracker, never()).create(any());
        PortalView view = rendered();
        assertEquals("form", view.getStep());
        assertTrue("said, and kept", view.getHasProblems() && view.getFields().stream()
                .anyMatch(f -> f.getValue().equals("How?")));
    }

    @Test
    public void shouldChooseTheLanguageAskedForThenTheAccountsThenTheBrowsers() {
        assertEquals(Locale.GERMAN, PortalPages.language("de", Locale.ENGLISH, Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, PortalPages.language("en", Locale.GERMAN, Locale.GERMAN));
        assertEquals(Locale.GERMAN, PortalPages.language("fr", Locale.GERMANY, Locale.ENGLISH));
        assertEquals(Locale.GERMAN, PortalPages.language(null, Locale.FRENCH, Locale.GERMANY));
        assertEquals(Locale.ENGLISH, PortalPages.language(null, null, Locale.JAPANESE));
        assertEquals(Locale.ENGLISH, PortalPages.language(null, null, null));
    }
}
