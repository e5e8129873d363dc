package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final org.contractsla.core.portal.AttachedFiles.InMemory files =
            new org.contractsla.core.portal.AttachedFiles.InMemory();
    private final InMemoryRequestDecisions decisions = new InMemoryRequestDecisions();
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
                new InMemoryPolicyStore(policy), contracts, new InMemoryQuotaLedger(), decisions,
                new InMemorySeverityChanges(), new InMemoryClockRecords(), FixedPublicHolidays.none(), tracker,
                SubmittingRequests.Acknowledging.NONE, files, Clock.fixed(Instant.parse("2026-05-05T10:00:00Z"),
                        ZoneOffset.UTC));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getContextPath()).thenReturn("/jira");
    }

    /**
     * @return the page the last POST redirected to (it drew none), as the browser then asks for it; the response and
     *         renderer are reset first
     */
    private PortalView followed() throws Exception {
        verify(renderer, never()).render(any(), any(), any());
        ArgumentCaptor<String> location = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(eq("Location"), location.capture());
        verify(response).setStatus(303);
        Matcher url = Pattern.compile("/jira/plugins/servlet/contract-sla/portal\\?sent=([0-9a-f-]{36})&lang=(en|de)")
                .matcher(location.getValue());
        assertTrue(location.getValue(), url.matches());
        org.mockito.Mockito.reset(renderer, response);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(request.getParameter("sent")).thenReturn(url.group(1));
        when(request.getParameter("lang")).thenReturn(url.group(2));
        servlet.doGet(request, response);
        when(request.getParameter("sent")).thenReturn(null);
        when(request.getParameter("lang")).thenReturn(null);
        return rendered();
    }

    /** @return the page a GET draws with that parameter set (the renderer reset first) */
    private PortalView got(String parameter, String value) throws Exception {
        org.mockito.Mockito.reset(renderer);
        when(request.getParameter(parameter)).thenReturn(value);
        servlet.doGet(request, response);
        return rendered();
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
        ApplicationUser inactive = mock(ApplicationUser.class);
        when(inactive.isActive()).thenReturn(false);
        when(authentication.getLoggedInUser()).thenReturn(inactive);
        servlet.doGet(request, response);
        verify(response, org.mockito.Mockito.times(3)).sendRedirect("/jira/login.jsp?os_destination=x");
        assertTrue("the platform lets customers without a licence through: the servlet is its own gate",
                PortalServlet.class.isAnnotationPresent(com.atlassian.annotations.security.UnrestrictedAccess.class));
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
    public void shouldShowTheAnswerToASentFormOnAPageOfItsOwnAndOnlyToItsCustomer() throws Exception {
        loggedIn("jdoe");
        when(tracker.create(any())).thenReturn(new SubmittingRequests.Created("20001", "SUP-1"));
        Map<String, String> fields = question("2f0e0d0c-0b0a-0908-0706-050403020100");
        fields.put("send", "1");
        when(xsrf.validateToken(request, "tok")).thenReturn(true);
        Map<String, String[]> asArrays = new java.util.HashMap<>();
        fields.forEach((name, value) -> asArrays.put(name, new String[] {value}));
        when(request.getParameterMap()).thenReturn(asArrays);
        servlet.doPost(request, response);
        PortalView answer = followed();
        assertEquals("sent", answer.getStep());
        assertEquals("SUP-1", answer.getSentKey());
        assertEquals("in the language of the form", "de", answer.getLanguage());
        verify(response).setHeader("Cache-Control", "no-store");

        // someone else with the same link: their own list, nothing of the answer
        loggedIn("mmax");
        PortalView theirs = got("sent", "2f0e0d0c-0b0a-0908-0706-050403020100");
        assertEquals("requests", theirs.getStep());
        assertTrue(theirs.getRequests().isEmpty());
        for (String unknown : List.of("3f0e0d0c-0b0a-0908-0706-050403020100", "")) { // not known here: the list
            loggedIn("jdoe");
            assertEquals("requests", got("sent", unknown).getStep());
        }
    }

    @Test
    public void shouldSaySoWhenALinkAsksForAKindOfRequestThereIsNot() throws Exception {
        loggedIn("jdoe");
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        when(request.getParameter("category")).thenReturn("refund");
        servlet.doGet(request, response);
        PortalView unknown = rendered();
        assertEquals(new org.contractsla.i18n.Messages(Locale.GERMAN).text("portal.error.category.unknown"),
                unknown.getProblemsSummary());
        assertTrue(unknown.getFields().isEmpty());
        assertFalse(unknown.getCategories().isEmpty());
        for (String none : java.util.Arrays.asList(null, " ")) { // no kind asked for: the choice, no message
            assertEquals("", got("category", none).getProblemsSummary());
        }
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

    /** A multipart/form-data body as a browser sends it: fields, then files as {name, type, bytes}. */
    private void multipart(Map<String, String> fields, List<Object[]> sentFiles, long declaredLength)
            throws Exception {
        String boundary = "----csla7MA4YWxkTrZu0gW";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(utf8));
        }
        for (Object[] f : sentFiles) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f[0]
                    + "\"\r\nContent-Type: " + f[1] + "\r\n\r\n").getBytes(utf8));
            body.write((byte[]) f[2]);
            body.write("\r\n".getBytes(utf8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(utf8));
        byte[] bytes = body.toByteArray();
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
        long length = declaredLength < 0 ? bytes.length : declaredLength;
        when(request.getMethod()).thenReturn("POST");
        when(request.getContentType()).thenReturn("multipart/form-data; boundary=" + boundary);
        when(request.getContentLength()).thenReturn((int) Math.min(Integer.MAX_VALUE, length));
        when(request.getContentLengthLong()).thenReturn(length);
        when(request.getHeader("Content-Length")).thenReturn(Long.toString(length));
        when(request.getCharacterEncoding()).thenReturn("UTF-8");
        when(request.getInputStream()).thenReturn(new javax.servlet.ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(javax.servlet.ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private static Map<String, String> question(String token) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("atl_token", "tok");
        fields.put("formToken", token);
        fields.put("category", "usage-question");
        fields.put("lang", "de");
        fields.put("summary", "Wie geht das? \u00c4rger mit Umlauten");
        fields.put("customerNumber", "K-1");
        fields.put("product", "Backup");
        fields.put("description", "Bitte helfen Sie.");
        return fields;
    }

    private ApplicationUser loggedIn(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(xsrf.validateToken(request, "tok")).thenReturn(true);
        when(xsrf.generateToken(request)).thenReturn("tok");
        return user;
    }

    @Test
    public void shouldKeepTheFilesOfAMultipartFormAcrossAProblemAndAttachThemWhenSent() throws Exception {
        loggedIn("jdoe");
        when(tracker.takesFiles()).thenReturn(true);
        when(tracker.create(any())).thenReturn(new SubmittingRequests.Created("20001", "SUP-1"));
        String token = "0f0e0d0c-0b0a-0908-0706-050403020100";
        Map<String, String> fields = question(token);
        fields.put("summary", "");
        fields.put("send", "1");
        byte[] tooLarge = new byte[(int) org.contractsla.core.portal.AttachingFiles.Limits.STANDARD.fileBytes() + 1];
        multipart(fields, List.of(new Object[] {"C:\\logs\\server.log", "text/plain",
            "ERROR 0x1F".getBytes(java.nio.charset.StandardCharsets.UTF_8)},
            new Object[] {"dump.bin", "application/octet-stream", tooLarge}), -1);
        servlet.doPost(request, response);
        verify(tracker, never()).create(any());
        PortalView view = rendered();
        assertEquals("the text fields of a multipart form are read in UTF-8", "Bitte helfen Sie.",
                view.getFields().stream().filter(f -> f.getName().equals("description")).findFirst().orElseThrow()
                        .getValue());
        assertEquals("de", view.getLanguage());
        assertTrue(view.getTakesFiles());
        assertEquals("kept, without its folders", List.of("server.log"),
                view.getHeldFiles().stream().map(FileView::getName).toList());
        assertEquals(List.of("1 KB"), view.getHeldFiles().stream().map(FileView::getSize).toList());
        assertEquals("the large one named", 1, view.getFileProblems().size());
        assertTrue(view.getFileProblems().get(0), view.getFileProblems().get(0).startsWith("\u201edump.bin\u201c ist gr"));
        assertTrue(view.getFields().stream().anyMatch(f -> f.getName().equals("summary") && f.getHasError()));

        org.mockito.Mockito.reset(renderer);
        Map<String, String> fixed = question(token);
        fixed.put("send", "1");
        multipart(fixed, List.of(), -1);
        List<String> attached = new java.util.ArrayList<>();
        org.mockito.Mockito.doAnswer(a -> {
            attached.add(((org.contractsla.core.portal.AttachedFiles.File) a.getArgument(2)).name() + ": "
                    + new String(((java.io.InputStream) a.getArgument(3)).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
            return null;
        }).when(tracker).attach(any(), eq("jdoe"), any(), any());
        org.mockito.Mockito.reset(response);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        servlet.doPost(request, response);
        PortalView sent = followed(); // no page for the POST: a redirect to the answer
        assertEquals("sent", sent.getStep());
        assertEquals(List.of("server.log: ERROR 0x1F"), attached);
        assertEquals("Angeh\u00e4ngt: \u201eserver.log\u201c", sent.getFilesAttached());
        assertTrue("sent: the form's files are let go", files.of("jdoe", token).isEmpty());

        org.mockito.Mockito.reset(renderer, response);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        multipart(fixed, List.<Object[]>of(new Object[] {"late.log", "text/plain", new byte[] {3}}), -1);
        servlet.doPost(request, response); // the same form sent again, with a file chosen since
        assertEquals("the first answer", "sent", followed().getStep());
        assertTrue("a form sent takes no more files", files.of("jdoe", token).isEmpty());
        assertEquals(List.of("server.log: ERROR 0x1F"), attached);
    }

    @Test
    public void shouldTakeNoFilesWithoutAValidXsrfTokenOrWhenJiraTakesNone() throws Exception {
        loggedIn("jdoe");
        when(tracker.takesFiles()).thenReturn(true);
        String token = "1f0e0d0c-0b0a-0908-0706-050403020100";
        Map<String, String> fields = question(token);
        fields.put("atl_token", "forged");
        multipart(fields, List.<Object[]>of(new Object[] {"a.log", "text/plain", new byte[] {1}}), -1);
        servlet.doPost(request, response);
        assertTrue(files.of("jdoe", token).isEmpty());
        assertEquals("told to choose the files again", new org.contractsla.i18n.Messages(Locale.GERMAN)
                .text("portal.error.xsrfFiles"), rendered().getProblemsSummary());

        files.keep("jdoe", token, "kept.log", "text/plain", new java.io.ByteArrayInputStream(new byte[] {1}));
        org.mockito.Mockito.reset(renderer);
        fields.put("dropFile", files.of("jdoe", token).get(0).id());
        multipart(fields, List.of(), -1);
        servlet.doPost(request, response);
        assertEquals("a forged page removes nothing", 1, files.of("jdoe", token).size());
        fields.remove("dropFile");
        files.clear("jdoe", token);

        org.mockito.Mockito.reset(renderer);
        when(tracker.takesFiles()).thenReturn(false);
        fields.put("atl_token", "tok");
        fields.put("switchTo", "en");
        multipart(fields, List.<Object[]>of(new Object[] {"a.log", "text/plain", new byte[] {1}}), -1);
        servlet.doPost(request, response);
        assertTrue("Jira takes no attachments", files.of("jdoe", token).isEmpty());
        PortalView view = rendered();
        assertFalse(view.getTakesFiles());
        assertEquals("en", view.getLanguage());
        assertTrue("asked for by e-mail instead", view.getAttachmentsNote().contains("e-mail"));
    }

    @Test
    public void shouldLetAFileBeRemovedAndSayWhenTheWholeRequestIsTooLarge() throws Exception {
        loggedIn("jdoe");
        when(tracker.takesFiles()).thenReturn(true);
        String token = "2f0e0d0c-0b0a-0908-0706-050403020100";
        Map<String, String> unfinished = question(token);
        unfinished.put("summary", "");
        multipart(unfinished, List.of(new Object[] {"a.log", "text/plain", new byte[] {1}},
            new Object[] {"b.log", "text/plain", new byte[] {2}}), -1);
        servlet.doPost(request, response);
        String first = files.of("jdoe", token).get(0).id();
        org.mockito.Mockito.reset(renderer);
        Map<String, String> drop = question(token);
        drop.put("dropFile", first);
        multipart(drop, List.of(), -1);
        servlet.doPost(request, response);
        assertEquals(List.of("b.log"), rendered().getHeldFiles().stream().map(FileView::getName).toList());
        verify(tracker, never()).create(any());

        org.mockito.Mockito.reset(renderer);
        multipart(question(token), List.of(), MultipartForm.LARGEST_REQUEST + 1);
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        PortalView view = rendered();
        assertEquals("category", view.getStep());
        assertTrue(view.getProblemsSummary(), view.getProblemsSummary().contains("larger than 1 GB"));
        verify(tracker, never()).create(any());

        org.mockito.Mockito.reset(renderer);
        Map<String, String> many = question(token);
        for (int i = 0; i < MultipartForm.MOST_PARTS; i++) {
            many.put("extra" + i, "x");
        }
        multipart(many, List.of(), -1);
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertEquals("not said to be too large", new org.contractsla.i18n.Messages(Locale.ENGLISH)
                .text("portal.error.unreadable"), rendered().getProblemsSummary());

        org.mockito.Mockito.reset(renderer, response);
        multipart(question(token), List.<Object[]>of(new Object[] {"x".repeat(9000) + ".log", "text/plain",
            new byte[] {1}}), -1);
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertEquals("part headers beyond 8 KB: not a form the page sends", new org.contractsla.i18n.Messages(
                Locale.ENGLISH).text("portal.error.unreadable"), rendered().getProblemsSummary());

        org.mockito.Mockito.reset(renderer, response);
        Map<String, String> wordy = question(token);
        for (int i = 0; i < 20; i++) {
            wordy.put("long" + i, "y".repeat(60_000));
        }
        multipart(wordy, List.of(), -1);
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        verify(tracker, never()).create(any());
    }

    @Test
    public void shouldKeepNoMoreFilesThanAFormTakesAndNameTheRest() throws Exception {
        loggedIn("jdoe");
        when(tracker.takesFiles()).thenReturn(true);
        String token = "4f0e0d0c-0b0a-0908-0706-050403020100";
        Map<String, String> unfinished = question(token);
        unfinished.put("summary", "");
        List<Object[]> seven = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(new Object[] {"f" + i + ".log", "text/plain", new byte[] {(byte) i}});
        }
        multipart(unfinished, seven, -1);
        servlet.doPost(request, response);
        PortalView view = rendered();
        assertEquals(List.of("f1.log", "f2.log", "f3.log", "f4.log", "f5.log"),
                view.getHeldFiles().stream().map(FileView::getName).toList());
        assertEquals("the two beyond the form's five are named", 2, view.getFileProblems().size());
        assertTrue(view.getFileProblems().get(1), view.getFileProblems().get(1).startsWith("\u201ef7.log\u201c"));
    }

    @Test
    public void shouldReadALongFileNameAndAFileTooLargeWithoutLosingTheFormAndLeaveNoCopies() throws Exception {
        loggedIn("jdoe");
        when(tracker.takesFiles()).thenReturn(true);
        String token = "3f0e0d0c-0b0a-0908-0706-050403020100";
        Map<String, String> unfinished = question(token);
        unfinished.put("summary", "");
        String longName = "\u65e5\u672c\u8a9e".repeat(60) + ".log"; // 180 CJK characters: 540 bytes of header
        byte[] tooLarge = new byte[(int) org.contractsla.core.portal.AttachingFiles.Limits.STANDARD.fileBytes() + 5000];
        multipart(unfinished, List.of(new Object[] {longName, "text/plain", new byte[] {1}},
            new Object[] {"dump.bin", "application/octet-stream", tooLarge},
            new Object[] {"after.log", "text/plain", new byte[] {2}}), -1);
        java.nio.file.Path temp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<Long> copies = () -> {
            try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.list(temp)) {
                return all.filter(p -> p.getFileName().toString().endsWith(".upload")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long before = copies.get();
        servlet.doPost(request, response);
        PortalView view = rendered();
        assertEquals("the form with its files: the long name read, the part after the large file too",
                List.of(longName, "after.log"), view.getHeldFiles().stream().map(FileView::getName).toList());
        assertEquals(1, view.getFileProblems().size());
        assertEquals("the form's temporary copies are gone", before, (long) copies.get());
    }

    @Test
    public void shouldShowTheLastPageForAPageNumberPastItHoweverLarge() throws Exception {
        loggedIn("jdoe");
        for (int i = 0; i < 25; i++) {
            decisions.keep("200" + i, org.contractsla.core.entitlement.EntitlementDecision.from(List.of(), false, "K-1",
                    "gold", org.contractsla.core.severity.Severity.S3));
        }
        when(request.getParameter("view")).thenReturn("requests");
        for (String page : List.of("3", "99999999999999999999", "+99999999999999999999")) {
            assertEquals(page, new org.contractsla.i18n.Messages(Locale.ENGLISH).text("portal.requests.page", 2, 2),
                    got("page", page).getPageText());
        }
        for (String page : List.of("abc", "-99999999999999999999", "0")) {
            assertEquals(page, new org.contractsla.i18n.Messages(Locale.ENGLISH).text("portal.requests.page", 1, 2),
                    got("page", page).getPageText());
        }
    }
}
