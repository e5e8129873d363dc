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
        assertEquals(404, get("/browse/SUP-999", PreviewApp.AGENT).statusCode());
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
        assertEquals("agents only", 403, customer.statusCode());
        assertEquals("a customer learns nothing of the issue, not even that it exists", none.body(),
                customer.body());
    }

    @Test
    public void shouldServeOnlyDeclaredWebResourcesAndThePackagesFiles() throws Exception {
        assertEquals(200, get("/download/resources/org.contractsla.contract-sla:issue-panel-resources/"
                + "issue-panel.css", null).statusCode());
        assertEquals("not declared", 404, get("/download/resources/org.contractsla.contract-sla:"
                + "issue-panel-resources/atlassian-plugin.xml", null).statusCode());
        for (String outside : new String[] {"/static/aui/..%2F..%2F..%2F..%2F..%2Fpom.xml",
            "/static/preview/..%2Fhost.properties", "/static/jquery/../../../../pom.xml"}) {
            HttpResponse<String> r = get(outside, null);
            assertTrue(outside + ": " + r.statusCode(), r.statusCode() == 400 || r.statusCode() == 404);
            assertFalse(r.body().contains("<project"));
        }
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
        for (String name : new String[] {"header.vm", "start.vm", "issue.vm"}) {
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
