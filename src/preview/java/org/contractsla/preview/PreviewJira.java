package org.contractsla.preview;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The part of Jira the app's adapters talk to, in memory: users with their language, zone and licence, one support
 * project, and issues with their change history and comments. Each Jira service is a proxy of its stand-in
 * ({@link Proxies}); who is calling is set per HTTP request ({@link #actAs}). Thread-safe.
 */
public final class PreviewJira {

    static final long PROJECT_ID = 10_000L;

    /** Who the preview can be: an admin, an agent and customers. */
    public enum Role { ADMIN, AGENT, CUSTOMER, SERVICE }

    /** A Jira user as the preview knows it. */
    public record User(String key, String displayName, String email, Locale locale, ZoneId zone, Role role,
            String organizationId) {
        public boolean licensed() {
            return role != Role.CUSTOMER;
        }
    }

    /** One change of a field, as Jira's change history keeps it. */
    record Change(Instant at, String field, String from, String fromText, String to, String toText) {
    }

    /** One comment: public unless restricted to a role. */
    record Note(Instant at, String authorKey, String body, boolean restricted) {
    }

    /** An issue of the support project. */
    public static final class PreviewIssue {
        final long id;
        final String key;
        final String summary;
        final String reporterKey;
        final Instant created;
        volatile String status;
        final List<Change> changes = new CopyOnWriteArrayList<>();
        final List<Note> notes = new CopyOnWriteArrayList<>();
        /** what the portal's request carried: its description, and the files Jira keeps as its attachments */
        volatile String description;
        final List<Attachment> attachments = new CopyOnWriteArrayList<>();

        PreviewIssue(long id, String key, String summary, String reporterKey, Instant created, String status) {
            this.id = id;
            this.key = key;
            this.summary = summary;
            this.reporterKey = reporterKey;
            this.created = created;
            this.status = status;
        }

        public String getKey() {
            return key;
        }

        public String getSummary() {
            return summary;
        }

        public String getReporterKey() {
            return reporterKey;
        }

        public String getStatus() {
            return status;
        }

        public String getDescription() {
            return description;
        }

        public List<Attachment> getAttachments() {
            return attachments;
        }
    }

    /** A file attached to an issue, as Jira's attachment manager keeps it. */
    public record Attachment(String name, long size, String authorKey) {
    }

    private final String projectKey;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, PreviewIssue> issues = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(20_000L);
    private final AtomicLong nextNumber = new AtomicLong(1L);
    private final AtomicLong reindexed = new AtomicLong();
    private final ThreadLocal<User> caller = new ThreadLocal<>();
    private final ThreadLocal<Locale> browserLocale = new ThreadLocal<>();
    private final Project project;

    PreviewJira(String projectKey, List<User> known) {
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        known.forEach(u -> users.put(u.key(), u));
        this.project = Proxies.of(Project.class).returning("getId", PROJECT_ID).returning("getKey", projectKey)
                .returning("getName", projectKey).build();
    }

    List<User> users() {
        return List.copyOf(users.values());
    }

    /** @return the users the header's switch offers: everyone but service accounts */
    List<User> people() {
        return users.values().stream().filter(u -> u.role() != Role.SERVICE).collect(Collectors.toList());
    }

    User userByName(String name) {
        return users.get(name); // the preview's user names are their keys
    }

    User user(String key) {
        return users.get(key);
    }

    /** Runs the calling HTTP request as that user (null: anonymous), in that browser language. */
    void actAs(User user, Locale browser) {
        caller.set(user);
        browserLocale.set(browser);
    }

    void done() {
        caller.remove();
        browserLocale.remove();
    }

    User current() {
        return caller.get();
    }

    Locale locale() {
        User u = caller.get();
        return u != null ? u.locale() : browserLocale.get() != null ? browserLocale.get() : Locale.ENGLISH;
    }

    long reindexCount() {
        return reindexed.get();
    }

    /** @return a new issue of the support project, numbered next */
    PreviewIssue create(String summary, String reporterKey, Instant created, String status) {
        long number = nextNumber.getAndIncrement();
        PreviewIssue issue = new PreviewIssue(nextId.getAndIncrement(), projectKey + "-" + number, summary,
                reporterKey, created, status);
        issues.put(issue.key, issue);
        return issue;
    }

    PreviewIssue issue(String key) {
        return issues.get(key);
    }

    /** @return the issues, newest first */
    List<PreviewIssue> issues() {
        return issues.values().stream().sorted((a, b) -> Long.compare(b.id, a.id)).collect(Collectors.toList());
    }

    PreviewIssue issueById(long id) {
        for (PreviewIssue i : issues.values()) {
            if (i.id == id) {
                return i;
            }
        }
        return null;
    }

    ApplicationUser applicationUser(User u) {
        if (u == null) {
            return null;
        }
        return Proxies.of(ApplicationUser.class).returning("getKey", u.key()).returning("getName", u.key())
                .returning("getUsername", u.key()).returning("getEmailAddress", u.email())
                .returning("getDisplayName", u.displayName()).returning("isActive", true)
                .returning("getDirectoryId", 1L).build();
    }

    /**
     * @return a status's name as an administrator translated it into the current user's language (the host's texts
     *         stand in for Jira's status translations), else the name itself, as Jira answers without a translation
     */
    String translated(String status) {
        try {
            return new Views.HostTexts(locale()).text("preview.status."
                    + status.toLowerCase(Locale.ROOT).replace(' ', '-'));
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    MutableIssue jiraIssue(PreviewIssue i) {
        if (i == null) {
            return null;
        }
        Status status = Proxies.of(Status.class).returning("getName", i.status)
                .on("getNameTranslation", a -> translated(i.status)).build();
        return Proxies.of(MutableIssue.class).returning("getId", i.id).returning("getKey", i.key)
                .returning("getSummary", i.summary).returning("getProjectObject", project)
                .returning("getProjectId", PROJECT_ID).on("getReporter", a -> applicationUser(users.get(i.reporterKey)))
                .returning("getCreated", Timestamp.from(i.created)).returning("isSubTask", false)
                .returning("getStatus", status).build();
    }

    private PreviewIssue of(Object jiraIssue) {
        return jiraIssue instanceof Issue ? issueById(((Issue) jiraIssue).getId()) : null;
    }

    private User of(ApplicationUser user) {
        return user == null ? null : users.get(user.getKey());
    }

    /**
     * May the user browse or edit that issue or the project? Licensed users may do everything in the support
     * project; a customer browses only the issues they reported, edits none, and is no member of the project.
     */
    private boolean permitted(Object permission, Object target, ApplicationUser who) {
        User u = of(who);
        if (u == null) {
            return false;
        }
        if (u.licensed()) {
            return true;
        }
        PreviewIssue issue = of(target);
        return issue != null && permission == com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS
                && issue.reporterKey.equals(u.key());
    }

    JiraAuthenticationContext authentication() {
        return Proxies.of(JiraAuthenticationContext.class).on("getLoggedInUser", a -> applicationUser(caller.get()))
                .on("getUser", a -> applicationUser(caller.get())).on("getLocale", a -> locale()).build();
    }

    GlobalPermissionManager globalPermissions() {
        return Proxies.of(GlobalPermissionManager.class).on("hasPermission", a -> {
            User u = of((ApplicationUser) a[1]);
            return u != null && u.role() == Role.ADMIN;
        }).build();
    }

    PermissionManager permissions() {
        return Proxies.of(PermissionManager.class).on("hasPermission", a -> permitted(a[0], a[1],
                (ApplicationUser) a[2])).build();
    }

    ApplicationRoleManager licences() {
        return Proxies.of(ApplicationRoleManager.class).on("hasAnyRole", a -> {
            User u = of((ApplicationUser) a[0]);
            return u != null && u.licensed();
        }).build();
    }

    ProjectManager projects() {
        return Proxies.of(ProjectManager.class)
                .on("getProjectObjByKey", a -> projectKey.equals(a[0]) ? project : null)
                .on("getProjectObj", a -> Long.valueOf(PROJECT_ID).equals(a[0]) ? project : null).build();
    }

    IssueManager issueManager() {
        return Proxies.of(IssueManager.class).on("getIssueObject", a -> a[0] instanceof String
                ? jiraIssue(issues.get((String) a[0])) : jiraIssue(issueById((Long) a[0])))
                .on("getIssueIdsForProject", a -> {
                    Collection<Long> ids = new ArrayList<>();
                    if (Long.valueOf(PROJECT_ID).equals(a[0])) {
                        issues.values().forEach(i -> ids.add(i.id));
                    }
                    return ids;
                }).build();
    }

    ChangeHistoryManager changeHistory() {
        return Proxies.of(ChangeHistoryManager.class).on("getChangeItemsForField", a -> {
            PreviewIssue issue = of(a[0]);
            List<ChangeItemBean> items = new ArrayList<>();
            if (issue != null) {
                for (Change c : issue.changes) {
                    if (c.field().equals(a[1])) {
                        items.add(item(c));
                    }
                }
            }
            return items;
        }).build();
    }

    private static ChangeItemBean item(Change c) {
        return new ChangeItemBean() {
            @Override
            public String getFrom() {
                return c.from();
            }

            @Override
            public String getFromString() {
                return c.fromText();
            }

            @Override
            public String getTo() {
                return c.to();
            }

            @Override
            public String getToString() {
                return c.toText();
            }

            @Override
            public Timestamp getCreated() {
                return Timestamp.from(c.at());
            }
        };
    }

    CommentManager comments() {
        return Proxies.of(CommentManager.class).on("getComments", a -> {
            PreviewIssue issue = of(a[0]);
            List<Comment> list = new ArrayList<>();
            if (issue != null) {
                for (Note n : issue.notes) {
                    list.add(Proxies.of(Comment.class).returning("getCreated", Date.from(n.at()))
                            .on("getAuthorApplicationUser", x -> applicationUser(users.get(n.authorKey())))
                            .returning("getGroupLevel", null)
                            .returning("getRoleLevelId", n.restricted() ? 10_002L : null)
                            .returning("getBody", n.body()).build());
                }
            }
            return list;
        }).build();
    }

    IssueIndexingService indexing() {
        return Proxies.of(IssueIndexingService.class).on("reIndex", a -> {
            reindexed.incrementAndGet();
            return null;
        }).build();
    }

    TimeZoneManager zones() {
        return Proxies.of(TimeZoneManager.class).on("getLoggedInUserTimeZone", a -> {
            User u = caller.get();
            return u == null ? null : TimeZone.getTimeZone(u.zone());
        }).build();
    }

    UserManager userManager() {
        return Proxies.of(UserManager.class).on("getUserByKey", a -> applicationUser(users.get((String) a[0])))
                .build();
    }
}
