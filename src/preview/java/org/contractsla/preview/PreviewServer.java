package org.contractsla.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The preview's web server: the app's REST resources under {@code /rest/contract-sla/1.0} (Jersey, as Jira's REST
 * v2 runs them), its web resources under Jira's download paths, AUI from the npm registry, and the host's pages: a
 * start page with the user switch and the issues, and each issue with the agents' panel.
 */
final class PreviewServer {

    static final String USER_COOKIE = "csla-preview-user";
    static final String PLUGIN_KEY = "org.contractsla.contract-sla";

    /** Jersey's start-up notes (no WADL, no JAXB, resources registered as instances) are not the preview's news */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish");

    static {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
    }

    private final PreviewApp app;
    private final Path root;
    private final Server server;

    /**
     * @param app  the app over its in-memory stores
     * @param root the project's folder (examples, and AUI under src/preview/node_modules)
     * @param port the port, 0 for any free one
     */
    PreviewServer(PreviewApp app, Path root, int port) {
        this.app = app;
        this.root = root;
        this.server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        Filter caller = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            app.jira.actAs(app.jira.user(userKey(http)), http.getLocale());
            app.portal.begin();
            try {
                chain.doFilter(request, response);
            } finally {
                app.jira.done();
            }
        };
        context.addFilter(new FilterHolder(caller), "/*", java.util.EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig rest = new ResourceConfig();
        app.resources.forEach(rest::register);
        rest.register(new RestAccess(app.jira));
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/contract-sla/1.0/*");
        context.addServlet(new ServletHolder(app.portal.servlet()), org.contractsla.jira.web.PortalServlet.PATH);
        context.addServlet(new ServletHolder(new Files_()), "/download/*");
        context.addServlet(new ServletHolder(new Files_()), "/static/*");
        context.addServlet(new ServletHolder(new Pages()), "/");
        // error pages that name no class of ours and show no stack, as Jira's would not
        org.eclipse.jetty.server.handler.ErrorHandler errors = new org.eclipse.jetty.server.handler.ErrorHandler();
        errors.setShowServlet(false);
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        context.setErrorHandler(errors);
        server.setHandler(context);
        server.setStopAtShutdown(false);
    }

    void start() throws Exception {
        server.start();
    }

    void stop() throws Exception {
        server.stop();
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    private static String userKey(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (USER_COOKIE.equals(c.getName())) {
                    try {
                        return URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return PreviewApp.AGENT; // a damaged cookie: as if there were none
                    }
                }
            }
        }
        return PreviewApp.AGENT;
    }

    /** Web resources as Jira serves them, and AUI with jQuery from the npm packages. */
    private final class Files_ extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final Pattern webResource = Pattern.compile(
                "/download/resources/" + Pattern.quote(PLUGIN_KEY) + ":([\\w-]+)/([\\w.-]+)");

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            Matcher m = webResource.matcher(path);
            if (m.matches()) {
                String location = WebResources.location(m.group(1), m.group(2));
                try (InputStream in = location == null ? null
                        : PreviewServer.class.getClassLoader().getResourceAsStream(location)) {
                    if (in == null) {
                        response.sendError(404);
                        return;
                    }
                    response.setContentType(type(location));
                    in.transferTo(response.getOutputStream());
                }
                return;
            }
            Path file = staticFile(path);
            if (file == null || !Files.isRegularFile(file)) {
                response.sendError(404);
                return;
            }
            response.setContentType(type(file.toString()));
            response.setHeader("Cache-Control", "max-age=3600");
            Files.copy(file, response.getOutputStream());
        }

        private Path staticFile(String path) {
            return PreviewServer.staticFile(root, path);
        }
    }

    /**
     * @return the file a {@code /static/...} path names: AUI and jQuery from the npm packages, the host's own
     *         styles; null for anything else, or for a path that would leave those folders
     */
    static Path staticFile(Path root, String path) {
        Path modules = root.resolve("src/preview/node_modules").normalize();
        Path base;
        String rest;
        if (path.startsWith("/static/aui/")) {
            base = modules.resolve("@atlassian/aui/dist/aui");
            rest = path.substring("/static/aui/".length());
        } else if (path.startsWith("/static/jquery/")) {
            base = modules.resolve("jquery/dist");
            rest = path.substring("/static/jquery/".length());
        } else if (path.startsWith("/static/preview/")) {
            base = root.resolve("src/preview/resources/preview/static").normalize();
            rest = path.substring("/static/preview/".length());
        } else {
            return null;
        }
        Path file = base.resolve(rest).normalize();
        return file.startsWith(base) && !file.equals(base) ? file : null; // nothing outside the package's folder
    }

    private static String type(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (name.endsWith(".woff")) {
            return "font/woff";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    /** The host's pages. */
    private final class Pages extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException {
            String path = request.getRequestURI();
            Locale locale = app.jira.locale();
            Map<String, Object> values = new HashMap<>();
            values.put("users", app.jira.people());
            values.put("me", app.jira.current());
            values.put("here", path);
            if (path.equals("/switch")) {
                String user = request.getParameter("user");
                if (user == null || app.jira.user(user) == null || app.jira.user(user).role() == PreviewJira.Role.SERVICE) {
                    response.sendError(400);
                    return;
                }
                Cookie cookie = new Cookie(USER_COOKIE, user);
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
                String back = request.getParameter("back");
                response.sendRedirect(back != null && back.matches("/[\\w./-]*") && !back.startsWith("//") ? back : "/");
                return;
            }
            String template;
            if (path.equals("/")) {
                values.put("issues", app.jira.issues());
                template = "preview/start.vm";
            } else if (path.equals("/preview/mail")) {
                PreviewJira.User me = app.jira.current();
                values.put("mails", app.portal.mails.stream().filter(m -> me != null && (me.licensed()
                        || m.to().equals(me.email()))).collect(java.util.stream.Collectors.toList()));
                template = "preview/mail.vm";
            } else if (path.startsWith("/browse/")) {
                PreviewJira.PreviewIssue issue = app.jira.issue(path.substring("/browse/".length()));
                PreviewJira.User me = app.jira.current();
                if (issue == null || me == null || !me.licensed() && !issue.reporterKey.equals(me.key())) {
                    response.sendError(404);
                    return;
                }
                values.put("issue", issue);
                values.put("reporter", app.jira.user(issue.reporterKey));
                values.put("panelHtml", app.views.render("templates/issue-panel.vm", app.panelContext(issue),
                        locale));
                values.put("webResources", WebResources.urls("issue-panel-resources"));
                template = "preview/issue.vm";
            } else {
                response.sendError(404);
                return;
            }
            values.put("lang", locale.getLanguage());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(app.views.render(template, values, locale));
        }
    }
}
