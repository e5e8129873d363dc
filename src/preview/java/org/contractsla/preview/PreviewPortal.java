package org.contractsla.preview;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import com.atlassian.jira.issue.AttachmentManager;
import org.contractsla.core.portal.AttachedFiles;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.jira.issue.JiraRequestTracker;
import org.contractsla.jira.store.TemporaryAttachedFiles;
import org.contractsla.jira.project.JiraSupportProjects;
import org.contractsla.jira.web.PortalServlet;

/**
 * The app's request portal servlet, built as Jira builds it, with the Jira services it calls: issue creation
 * ({@link IssueService} into the preview's issues), the template renderer (the preview's Velocity, the page then
 * decorated as Jira's decorator would: AUI and the required web resources in its head, the preview's header on
 * top), XSRF tokens, the login page, and the page builder that collects the web resources a page requires.
 */
final class PreviewPortal {

    private final PreviewApp app;
    private final byte[] secret = new byte[32];
    private final ThreadLocal<List<String>> required = ThreadLocal.withInitial(ArrayList::new);
    /** One e-mail the portal sent, newest first. */
    public record Mail(String to, String subject, String body) {
    }

    /** the mails sent, newest first: the preview shows them at /preview/mail */
    final List<Mail> mails = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** what the preview's IssueService was asked to create, by issue key: for the tests */
    final Map<String, Map<String, Object>> created = new java.util.concurrent.ConcurrentHashMap<>();

    PreviewPortal(PreviewApp app) {
        this.app = app;
        new SecureRandom().nextBytes(secret);
    }

    PortalServlet servlet() {
        JiraRequestTracker jira = new JiraRequestTracker(issueService(), app.jira.issueManager(),
                app.jira.userManager(), Proxies.of(AttachmentManager.class).returning("attachmentsEnabled", true)
                        .build(), Proxies.of(com.atlassian.jira.config.properties.ApplicationProperties.class)
                        .returning("getDefaultBackedString", "10485760").build(), // Jira's default: 10 MB
                new JiraSupportProjects(app.jira.projects()), app.policies);
        SubmittingRequests.Tracker tracker = new SubmittingRequests.Tracker() {
            @Override
            public SubmittingRequests.Created create(SubmittingRequests.NewRequest request) {
                return jira.create(request);
            }

            @Override
            public java.util.Optional<SubmittingRequests.Found> find(String requestId) {
                return jira.find(requestId);
            }

            @Override
            public boolean takesFiles() {
                return jira.takesFiles();
            }

            @Override
            public long largestFile() {
                return jira.largestFile();
            }

            /*
             * Where JiraRequestTracker builds Jira's CreateAttachmentParamsBean, which has no behaviour outside Jira
             * (its Mockito test checks that call): the file goes onto the preview's issue as Jira would keep it.
             */
            @Override
            public void attach(SubmittingRequests.Created request, String reporterKey, AttachedFiles.File file,
                    java.io.InputStream content) {
                try {
                    long size = content.transferTo(java.io.OutputStream.nullOutputStream());
                    app.jira.issue(request.key()).attachments.add(new PreviewJira.Attachment(file.name(), size,
                            reporterKey));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        TemporaryAttachedFiles files;
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("contract-sla-preview-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder))); // the run's files go with it
            files = new TemporaryAttachedFiles(folder, java.time.Clock.systemUTC());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new PortalServlet(app.jira.authentication(), app.jira.zones(), renderer(), xsrf(), login(),
                pageBuilder(), app.policies, app.contracts, app.ledger, app.decisions, app.severities, app.records,
                app.holidays, tracker,
                (sent, reporterKey, language, zone) -> {
                    // what JiraAcknowledgements hands Jira's mail queue, kept for the preview's mail page
                    PreviewJira.User to = app.jira.user(reporterKey);
                    org.contractsla.jira.mail.AcknowledgementMail mail =
                            org.contractsla.jira.mail.AcknowledgementMail.of(sent, language, zone);
                    mails.add(0, new Mail(to == null ? "" : to.email(), mail.subject(), mail.body()));
                    // in Jira the clock worker measures the new issue after its creation event; here, at once, so
                    // that the customer's list shows its goals as the confirmation does
                    app.clocks.recompute(Long.parseLong(sent.request().id()));
                }, files, java.time.Clock.systemUTC());
    }

    private static void delete(java.nio.file.Path folder) {
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // the system's temporary folder is cleaned by the system
        }
    }

    /** Called before each request: web resources are required per page. */
    void begin() {
        required.get().clear();
    }

    /** A validation that keeps the fields it validated, as Jira's keeps its field values holder. */
    private static final class Validated extends IssueService.CreateValidationResult {
        final Map<String, Object> fields;
        final List<String> missing;

        Validated(Map<String, Object> fields, List<String> missing) {
            super(null, errors(missing), fields);
            this.fields = Map.copyOf(fields);
            this.missing = List.copyOf(missing);
        }

        @Override
        public boolean isValid() {
            return missing.isEmpty();
        }

        @Override
        public ErrorCollection getErrorCollection() {
            return errors(missing);
        }

        @Override
        public MutableIssue getIssue() {
            return null;
        }
    }

    private IssueService issueService() {
        return Proxies.of(IssueService.class).on("newIssueInputParameters", a -> input())
                .on("validateCreate", a -> {
                    Map<String, Object> fields = inputs.getOrDefault(a[1], new HashMap<>());
                    List<String> missing = new ArrayList<>();
                    for (String f : List.of("projectId", "issueTypeId", "summary", "reporterId")) {
                        if (fields.get(f) == null) {
                            missing.add(f);
                        }
                    }
                    com.atlassian.jira.user.ApplicationUser service = (com.atlassian.jira.user.ApplicationUser) a[0];
                    if (service == null || app.jira.user(service.getKey()) == null) {
                        missing.add("user");
                    }
                    if (app.jira.userByName(String.valueOf(fields.get("reporterId"))) == null) {
                        missing.add("reporter");
                    }
                    return new Validated(fields, missing);
                }).on("create", a -> {
                    Validated valid = (Validated) a[1];
                    if (!valid.isValid()) {
                        throw new IllegalStateException("not valid: " + valid.missing);
                    }
                    PreviewJira.User reporter = app.jira.userByName((String) valid.fields.get("reporterId"));
                    PreviewJira.PreviewIssue issue = app.jira.create((String) valid.fields.get("summary"),
                            reporter.key(), app.now(), "Open");
                    created.put(issue.key, valid.fields);
                    issue.description = (String) valid.fields.get("description");
                    MutableIssue jiraIssue = app.jira.jiraIssue(issue);
                    return new IssueService.IssueResult(jiraIssue) {
                        @Override
                        public boolean isValid() {
                            return true;
                        }

                        @Override
                        public MutableIssue getIssue() {
                            return jiraIssue;
                        }
                    };
                }).build();
    }

    /** The fields each IssueInputParameters was given, by the proxy (proxies compare by identity). */
    private final Map<Object, Map<String, Object>> inputs =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** IssueInputParameters: each setter kept by name, as the issue's field. */
    private IssueInputParameters input() {
        Map<String, Object> fields = new HashMap<>();
        IssueInputParameters[] self = new IssueInputParameters[1];
        Proxies.Answers<IssueInputParameters> answers = Proxies.of(IssueInputParameters.class);
        for (String setter : List.of("setProjectId", "setIssueTypeId", "setSummary", "setDescription",
                "setReporterId")) {
            String field = Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
            answers.on(setter, a -> {
                fields.put(field, a[0]);
                return self[0];
            });
        }
        answers.on("setSkipScreenCheck", a -> {
            fields.put("skipScreenCheck", a[0]);
            return self[0];
        });
        self[0] = answers.build();
        inputs.put(self[0], fields);
        return self[0];
    }

    private static ErrorCollection errors(Collection<String> missing) {
        Map<String, String> errors = new HashMap<>();
        missing.forEach(m -> errors.put(m, "required"));
        return Proxies.of(ErrorCollection.class).returning("hasAnyErrors", !missing.isEmpty())
                .returning("getErrors", errors).returning("getErrorMessages", List.of()).build();
    }

    private TemplateRenderer renderer() {
        return Proxies.of(TemplateRenderer.class).on("render", a -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) a[1];
            String page = app.views.render((String) a[0], context, app.jira.locale());
            try {
                ((java.io.Writer) a[2]).write(decorate(page));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }).build();
    }

    /** As Jira's decorator: AUI and the required web resources into the head, the preview's header on top. */
    private String decorate(String page) {
        Map<String, Object> values = new HashMap<>();
        List<String> urls = new ArrayList<>();
        for (String key : required.get()) {
            urls.addAll(WebResources.urls(key.substring(key.indexOf(':') + 1)));
        }
        values.put("webResources", urls);
        values.put("users", app.jira.people());
        values.put("me", app.jira.current());
        values.put("here", PortalServlet.PATH);
        String head = app.views.render("preview/head.vm", values, app.jira.locale());
        String bar = app.views.render("preview/bar.vm", values, app.jira.locale());
        return page.replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(head + "</head>"))
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body><div id=\"page\">" + bar))
                .replaceFirst("</body>", "</div></body>");
    }

    private XsrfTokenGenerator xsrf() {
        return Proxies.of(XsrfTokenGenerator.class)
                .on("generateToken", a -> token(app.jira.current()))
                .on("validateToken", a -> a[1] != null && a[1].equals(token(app.jira.current()))).build();
    }

    /** @return the user's token: bound to them and to this run of the preview, as Jira binds it to the session */
    private String token(PreviewJira.User user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            sha.update(String.valueOf(user == null ? "" : user.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LoginUriProvider login() {
        return Proxies.of(LoginUriProvider.class).on("getLoginUri", a -> URI.create("/?login=required")).build();
    }

    private PageBuilderService pageBuilder() {
        RequiredResources[] resources = new RequiredResources[1];
        resources[0] = Proxies.of(RequiredResources.class).on("requireWebResource", a -> {
            required.get().add((String) a[0]);
            return resources[0];
        }).build();
        WebResourceAssembler assembler = Proxies.of(WebResourceAssembler.class).returning("resources", resources[0])
                .build();
        return Proxies.of(PageBuilderService.class).returning("assembler", assembler).build();
    }
}
