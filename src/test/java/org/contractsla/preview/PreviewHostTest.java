package org.contractsla.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The preview host over HTTP, without a browser: who sees which page, the app's REST resources under Jira's path,
 * the web resources the descriptor declares and nothing beside them; and the host's own texts in both languages.
 */
public class PreviewHostTest {

    private PreviewApp app;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @Before
    public void start() throws Exception {
        app = new PreviewApp(Path.of("examples"), Clock.systemUTC());
        server = new PreviewServer(app, Path.of("."), 0);
        server.start();
    }

    @After
    public void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (user != null) {
            b.header("Cookie", PreviewServer.USER_COOKIE + "=" + user);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String reportedBy(String user) {
        return app.jira.issues().stream().filter(i -> i.reporterKey.equals(user)).findFirst().orElseThrow().key;
    }

    @Test
    public void shouldShowTheAgentEveryRequestWithItsPanelAndACustomerOnlyTheirOwn() throws Exception {
        String annas = reportedBy(PreviewApp.CUSTOMER_DE);
        HttpResponse<String> agent = get("/browse/" + annas, PreviewApp.AGENT);
        assertEquals(200, agent.statusCode());
        assertTrue("the app's panel", agent.body().contains("class=\"csla-panel\""));
        assertTrue("the panel's script and styles, as the descriptor declares them",
                agent.body().contains("/download/resources/org.contractsla.contract-sla:issue-panel-resources/"
                        + "issue-panel.js"));
        assertEquals(404, get("/browse/" + annas, PreviewApp.CUSTOMER_EN).statusCode());
        assertEquals(200, get("/browse/" + annas, PreviewApp.CUSTOMER_DE).statusCode());
        HttpResponse<String> missing = get("/browse/SUP-999", PreviewApp.AGENT);
        assertEquals(404, missing.statusCode());
        assertFalse("an error page names no class of ours: " + missing.body(),
                missing.body().contains("org.contractsla"));
        assertFalse(get("/", PreviewApp.CUSTOMER_EN).body().contains(">" + annas + "<"));
        assertTrue(get("/", PreviewApp.AGENT).body().contains(">" + annas + "<"));
    }

    @Test
    public void shouldAnswerTheAppsRestResourcesAsJiraDoes() throws Exception {
        String annas = reportedBy(PreviewApp.CUSTOMER_DE);
        HttpResponse<String> severity = get("/rest/contract-sla/1.0/issue/" + annas + "/severity",
                PreviewApp.AGENT);
        assertEquals(200, severity.statusCode());
        assertTrue(severity.body(), severity.body().contains("\"issue\" : \"" + annas + "\""));
        HttpResponse<String> customer = get("/rest/contract-sla/1.0/issue/" + annas + "/severity",
                PreviewApp.CUSTOMER_EN);
        HttpResponse<String> none = get("/rest/contract-sla/1.0/issue/SUP-999/severity", PreviewApp.CUSTOMER_EN);
        assertEquals("agents only (REST v2's @LicensedOnly)", 403, customer.statusCode());
        assertEquals("a customer learns nothing of the issue, not even that it exists", none.statusCode(),
                customer.statusCode());
    }

    @Test
    public void shouldServeOnlyDeclaredWebResourcesAndThePackagesFiles() throws Exception {
        assertEquals(200, get("/download/resources/org.contractsla.contract-sla:issue-panel-resources/"
                + "issue-panel.css", null).statusCode());
        assertEquals("not declared", 404, get("/download/resources/org.contractsla.contract-sla:"
                + "issue-panel-resources/atlassian-plugin.xml", null).statusCode());
        Path root = Path.of(".").toAbsolutePath().normalize();
        assertEquals(root.resolve("src/preview/node_modules/@atlassian/aui/dist/aui/aui-prototyping.css"),
                PreviewServer.staticFile(root, "/static/aui/aui-prototyping.css"));
        for (String outside : new String[] {"/static/aui/../../../../../pom.xml", "/static/jquery/../../x",
            "/static/preview/../host.properties", "/static/preview/..", "/static/other/x.css", "/pom.xml"}) {
            assertEquals(outside, null, PreviewServer.staticFile(root, outside));
        }
        org.junit.Assume.assumeTrue("AUI installed (npm ci --prefix src/preview)",
                Files.isDirectory(root.resolve("src/preview/node_modules/@atlassian/aui")));
        assertEquals(200, get("/static/aui/aui-prototyping.css", null).statusCode());
    }

    private HttpResponse<String> post(String path, String user, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Cookie", PreviewServer.USER_COOKIE + "=" + user)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the page a sent form's POST redirects to (303, see other), as the browser then asks for it */
    private String answer(HttpResponse<String> posted, String user) throws Exception {
        assertEquals(posted.body(), 303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.matches("/plugins/servlet/contract-sla/portal\\?sent=[0-9a-f-]{36}&lang=en"));
        return get(location, user).body();
    }

    @Test
    public void shouldCreateAPortalRequestOncePerFormAndNoneWithoutTheXsrfToken() throws Exception {
        String portal = "/plugins/servlet/contract-sla/portal";
        String page = get(portal + "?category=usage-question", PreviewApp.CUSTOMER_EN).body();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(page);
        Matcher formToken = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find() && formToken.find());
        Map<String, String> form = new java.util.HashMap<>(Map.of("category", "usage-question",
                "formToken", formToken.group(1), "summary", "Restore one file", "customerNumber", "SE-0815",
                "product", "Backup Server", "description", "How?", "send", "1"));
        int before = app.jira.issues().size();
        form.put("atl_token", "forged");
        HttpResponse<String> forged = post(portal, PreviewApp.CUSTOMER_EN, form);
        assertEquals(200, forged.statusCode());
        assertTrue("said, with the form kept", forged.body().contains("Restore one file"));
        assertEquals("nothing created", before, app.jira.issues().size());
        form.put("atl_token", token.group(1));
        String first = answer(post(portal, PreviewApp.CUSTOMER_EN, form), PreviewApp.CUSTOMER_EN);
        String second = answer(post(portal, PreviewApp.CUSTOMER_EN, form), PreviewApp.CUSTOMER_EN);
        assertEquals(before + 1, app.jira.issues().size());
        Matcher key = Pattern.compile("csla-sent-key\">(SUP-\\d+)<").matcher(first);
        assertTrue(first, key.find());
        assertTrue("the second send answers with the same request", second.contains(">" + key.group(1) + "<"));
        assertEquals("another user's token is no token", before + 1, app.jira.issues().size());
        form.put("formToken", java.util.UUID.randomUUID().toString());
        post(portal, PreviewApp.CUSTOMER_DE, form); // Anna with Lars's XSRF token
        assertEquals(before + 1, app.jira.issues().size());
    }

    @Test
    public void shouldSwitchUsersOnlyToKnownOnesAndStayOnTheSite() throws Exception {
        HttpResponse<String> known = get("/switch?user=" + PreviewApp.CUSTOMER_EN + "&back=/browse/SUP-1", null);
        assertEquals(302, known.statusCode());
        assertTrue(known.headers().firstValue("Location").orElse("").endsWith("/browse/SUP-1"));
        assertEquals(400, get("/switch?user=nobody", null).statusCode());
        assertTrue(get("/switch?user=lars&back=//evil.example/", null).headers().firstValue("Location").orElse("")
                .matches("https?://localhost:\\d+/"));
    }

    @Test
    public void shouldHaveEveryHostTextInBothLanguagesAndNoLiteralTextInTheHostsTemplates() throws Exception {
        Properties en = new Properties();
        Properties de = new Properties();
        en.load(Files.newBufferedReader(Path.of("src/preview/resources/preview/host.properties")));
        de.load(Files.newBufferedReader(Path.of("src/preview/resources/preview/host_de.properties")));
        assertEquals(en.keySet(), de.keySet());
        Set<String> used = new HashSet<>();
        Pattern call = Pattern.compile("\\$host\\.text\\([\"']([\\w.]+)");
        for (String name : new String[] {"header.vm", "head.vm", "bar.vm", "start.vm", "issue.vm", "mail.vm"}) {
            String template = Files.readString(Path.of("src/preview/resources/preview", name));
            Matcher m = call.matcher(template);
            while (m.find()) {
                used.add(m.group(1));
            }
            String text = template.replaceAll("(?m)^\\s*##.*$", "").replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("\\$[!]?\\{?[\\w.]+(\\([^)]*\\))?\\}?", " ")
                    .replaceAll("#(set|if|else|elseif|end|foreach|parse)\\b(\\s*\\([^\\n]*\\))?", " ")
                    .replaceAll("&[a-z]+;|[\\s\\p{Punct}]", "");
            assertEquals(name + " holds literal text", "", text);
        }
        used.removeIf(k -> k.endsWith("."));
        for (String key : used) {
            assertTrue(key, en.containsKey(key));
        }
    }
}
