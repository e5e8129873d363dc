package org.contractsla.jira.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.contractsla.core.calendar.PublicHolidays;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.CountingRequests;
import org.contractsla.core.entitlement.RequestDecisions;
import org.contractsla.core.policy.CompiledPolicy;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.portal.AttachedFiles;
import org.contractsla.core.portal.AttachingFiles;
import org.contractsla.core.portal.CustomerLocks;
import org.contractsla.core.portal.ListingRequests;
import org.contractsla.core.portal.Submissions;
import org.contractsla.core.request.ClockRecords;
import org.contractsla.core.severity.SeverityChanges;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.core.request.AssessingRequests;
import org.contractsla.core.request.MeasuringRequestClocks;
import org.contractsla.jira.issue.JiraRequestTracker;
import org.contractsla.jira.mail.JiraAcknowledgements;
import org.contractsla.jira.store.HolidaysComponent;
import org.contractsla.jira.store.TemporaryAttachedFiles;

/**
 * {@code /plugins/servlet/contract-sla/portal}: the customers' request portal ({@link PortalPages}). Who may call:
 * any logged-in Jira user, customers without a licence included; anonymous callers are sent to the login page. A
 * customer sees only their own contracts and nothing of other organizations'. Every POST needs Jira's XSRF token
 * ({@code atl_token}); a form sent twice creates one request. Forms are sent as {@code multipart/form-data}, their
 * files kept with the form for its customer only ({@link AttachedFiles}) until it is sent. A sent form's POST
 * redirects (303) to {@code ?sent=<the form's token>}, its answer on a page of its own, found again for the customer
 * who sent it only; anyone else, or a node that does not know the form, shows the caller's own list.
 *
 * <p>Platform 7 lets no one reach a servlet without an access annotation. Customers hold no licence, and its
 * {@code UnlicensedSiteAccess} admits them only where the site allows unlicensed users limited access; so the
 * platform's gate is opened ({@link UnrestrictedAccess}) and this servlet is its own: it answers anonymous callers
 * with the login page, inactive users too, and shows each user only what their own contracts cover.
 */
@UnrestrictedAccess
public class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The portal's path under Jira's context path (the descriptor's url-pattern under /plugins/servlet). */
    public static final String PATH = "/plugins/servlet/contract-sla/portal";
    static final String RESOURCES = "org.contractsla.contract-sla:portal-resources";

    private final transient JiraAuthenticationContext authentication;
    private final transient TimeZoneManager zones;
    private final transient TemplateRenderer renderer;
    private final transient XsrfTokenGenerator xsrf;
    private final transient LoginUriProvider login;
    private final transient PageBuilderService pages;
    private final transient PolicyStore policies;
    private final transient Contracts contracts;
    private final transient QuotaLedger ledger;
    private final transient RequestDecisions decisions;
    private final transient PublicHolidays holidays;
    private final transient SubmittingRequests.Tracker tracker;
    private final transient SubmittingRequests.Acknowledging acknowledging;
    private final transient SeverityChanges severities;
    private final transient ClockRecords records;
    private final transient Submissions submissions = new Submissions.InMemory();
    private final transient AttachedFiles files;
    /** the customers' locks and the files of their forms: the same whatever the configuration's revision */
    private final transient CustomerLocks locks = new CustomerLocks();
    private final transient AttachingFiles attaching;
    private final transient Clock clock;
    private transient volatile Compiled compiled;

    /** What is built once per configuration revision. */
    private record Compiled(Policy policy, String contextPath, PortalPages pages) {
    }

    @Inject
    public PortalServlet(@ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport TimeZoneManager zones, @ComponentImport TemplateRenderer renderer,
            @ComponentImport XsrfTokenGenerator xsrf, @ComponentImport LoginUriProvider login,
            @ComponentImport PageBuilderService pages, PolicyStore policies, Contracts contracts, QuotaLedger ledger,
            RequestDecisions decisions, SeverityChanges severities, ClockRecords records, HolidaysComponent holidays,
            JiraRequestTracker tracker, JiraAcknowledgements acknowledging, TemporaryAttachedFiles files) {
        this(authentication, zones, renderer, xsrf, login, pages, policies, contracts, ledger, decisions, severities,
                records, holidays, tracker, acknowledging, files, Clock.systemUTC());
    }

    /** As Jira builds it, with any tracker and acknowledgement (the preview host's), on a clock. */
    public PortalServlet(JiraAuthenticationContext authentication, TimeZoneManager zones, TemplateRenderer renderer,
            XsrfTokenGenerator xsrf, LoginUriProvider login, PageBuilderService pages, PolicyStore policies,
            Contracts contracts, QuotaLedger ledger, RequestDecisions decisions, SeverityChanges severities,
            ClockRecords records, PublicHolidays holidays, SubmittingRequests.Tracker tracker,
            SubmittingRequests.Acknowledging acknowledging, AttachedFiles files, Clock clock) {
        this.files = files;
        this.attaching = new AttachingFiles(files, AttachingFiles.Limits.STANDARD, tracker::largestFile, submissions,
                locks);
        this.acknowledging = acknowledging;
        this.severities = severities;
        this.records = records;
        this.authentication = authentication;
        this.zones = zones;
        this.renderer = renderer;
        this.xsrf = xsrf;
        this.login = login;
        this.pages = pages;
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.decisions = decisions;
        this.holidays = holidays;
        this.tracker = tracker;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PortalPages.Customer customer = customer();
        if (customer == null) {
            toLogin(request, response);
            return;
        }
        Locale language = PortalPages.language(request.getParameter("lang"), authentication.getLocale(),
                request.getLocale());
        String answer = request.getParameter("sent");
        if (answer != null) { // the page a sent form redirects to; a form not theirs, or not known here: their list
            PortalPages portal = pages(request);
            Optional<PortalView> sent = portal.answer(customer, language, answer);
            render(response, sent.isPresent() ? sent.get() : portal.requests(customer, language, null));
            return;
        }
        if ("requests".equals(request.getParameter("view"))) {
            render(response, pages(request).requests(customer, language, request.getParameter("page")));
            return;
        }
        render(response, pages(request).show(customer, language, request.getParameter("category"),
                xsrf.generateToken(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PortalPages.Customer customer = customer();
        if (customer == null) {
            toLogin(request, response);
            return;
        }
        PortalPages portal = pages(request);
        if (!MultipartForm.isMultipart(request)) { // a form without files
            Map<String, String> params = new HashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (values != null && values.length > 0) {
                    params.put(name, values[0]);
                }
            });
            post(request, response, customer, portal, params, List.of());
            return;
        }
        try (MultipartForm form = MultipartForm.read(request, portal.fileLimits())) {
            post(request, response, customer, portal, form.fields(), form.files());
        } catch (MultipartForm.TooLarge e) {
            Locale language = PortalPages.language(request.getParameter("lang"), authentication.getLocale(),
                    request.getLocale());
            response.setStatus(e.tooLarge() ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST);
            render(response, portal.unread(language, xsrf.generateToken(request), e.tooLarge()));
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response, PortalPages.Customer customer,
            PortalPages portal, Map<String, String> params, List<AttachingFiles.Incoming> sentFiles)
            throws IOException {
        Locale language = PortalPages.language(params.get("lang"), authentication.getLocale(), request.getLocale());
        boolean valid = xsrf.validateToken(request, params.get("atl_token"));
        PortalView view = portal.post(customer, language, params, sentFiles, valid, xsrf.generateToken(request));
        if (view.step == PortalView.Step.SENT) {
            // the answer on a page of its own (post, redirect, get): a reload shows it again and sends nothing
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", view.getAction() + "?sent=" + view.answerToken + "&lang="
                    + view.getLanguage());
            return;
        }
        render(response, view);
    }

    private PortalPages.Customer customer() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !user.isActive()) {
            return null;
        }
        return new PortalPages.Customer(user.getKey(), user.getDisplayName(), user.getEmailAddress(),
                Viewer.zone(zones));
    }

    private void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI back;
        try {
            back = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException e) { // a query the browser did not encode: back to the portal itself
            back = URI.create(request.getRequestURL().toString());
        }
        response.sendRedirect(login.getLoginUri(back).toASCIIString());
    }

    private void render(HttpServletResponse response, PortalView view) throws IOException {
        pages.assembler().resources().requireWebResource(RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> context = new HashMap<>();
        context.put("portal", view);
        renderer.render("templates/portal.vm", context, response.getWriter());
    }

    private PortalPages pages(HttpServletRequest request) {
        Policy p = policies.current();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        Compiled known = compiled;
        if (known != null && known.policy() == p && known.contextPath().equals(contextPath)) {
            return known.pages();
        }
        CheckingEntitlement checking = CheckingEntitlement.standard(() -> p, contracts, ledger);
        SubmittingRequests submitting = new SubmittingRequests(checking,
                new CountingRequests(() -> p, contracts, ledger, decisions),
                new AssessingRequests(new MeasuringRequestClocks(CompiledPolicy.of(p, holidays)), checking,
                        contracts), tracker, submissions, acknowledging, files, locks);
        Compiled fresh = new Compiled(p, contextPath, new PortalPages(() -> p, contracts, submitting, attaching,
                new ListingRequests(contracts, decisions, severities, records, tracker), clock, contextPath, PATH));
        compiled = fresh;
        return fresh.pages();
    }
}
