package org.contractsla.jira.issue;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.util.AttachmentException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.portal.AttachedFiles;
import org.contractsla.core.portal.FormField;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.project.JiraSupportProjects;

/**
 * Creates the portal's requests in Jira through {@link IssueService}: in the support project the configuration names
 * for the portal, as its service account, with the customer as reporter. Every field of the form goes into the
 * description under its label, in the language the customer wrote in; the category and the proposed severity too.
 * The files the customer attached become the request's attachments, with the customer as their author.
 */
@Named
public class JiraRequestTracker implements SubmittingRequests.Tracker {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JiraRequestTracker.class);

    private final IssueService issues;
    private final IssueManager issueManager;
    private final UserManager users;
    private final JiraSupportProjects projects;
    private final PolicyStore policies;
    private final AttachmentManager attachments;
    private final ApplicationProperties properties;

    /** Jira's setting for the largest attachment, in bytes ({@code APKeys.JIRA_ATTACHMENT_SIZE}) */
    static final String ATTACHMENT_SIZE = "webwork.multipart.maxSize";

    @Inject
    public JiraRequestTracker(@ComponentImport IssueService issues, @ComponentImport IssueManager issueManager,
            @ComponentImport UserManager users, @ComponentImport AttachmentManager attachments,
            @ComponentImport ApplicationProperties properties, JiraSupportProjects projects, PolicyStore policies) {
        this.attachments = attachments;
        this.properties = properties;
        this.issues = issues;
        this.issueManager = issueManager;
        this.users = users;
        this.projects = projects;
        this.policies = policies;
    }

    @Override
    public SubmittingRequests.Created create(SubmittingRequests.NewRequest request) {
        Policy policy = policies.current();
        String projectKey = policy.portalProject().orElseThrow(() -> new IllegalStateException(
                "no support project has a request portal"));
        ProjectSettings.Portal portal = policy.settingsOf(projectKey).portal().orElseThrow();
        Project project = projects.project(projectKey, policy).orElseThrow(() -> new IllegalStateException(
                "the portal's project " + projectKey + " does not exist"));
        ApplicationUser service = users.getUserByKey(portal.serviceAccount());
        ApplicationUser reporter = users.getUserByKey(request.reporterKey());
        if (service == null || reporter == null) {
            throw new IllegalStateException("the portal's service account or the reporter is unknown");
        }
        IssueInputParameters input = issues.newIssueInputParameters().setProjectId(project.getId())
                .setIssueTypeId(portal.issueTypeId()).setSummary(request.values().get(FormField.SUMMARY))
                .setDescription(description(request)).setReporterId(reporter.getName())
                .setSkipScreenCheck(true); // the reporter is set even where the create screen does not show it
        IssueService.CreateValidationResult valid = issues.validateCreate(service, input);
        if (!valid.isValid()) {
            throw new IllegalStateException("Jira refused the request: " + valid.getErrorCollection().getErrors()
                    + " " + valid.getErrorCollection().getErrorMessages());
        }
        IssueService.IssueResult created = issues.create(service, valid);
        if (!created.isValid()) {
            throw new IllegalStateException("Jira did not create the request: "
                    + created.getErrorCollection().getErrorMessages());
        }
        MutableIssue issue = created.getIssue();
        if (issue.getReporter() == null || !request.reporterKey().equals(issue.getReporter().getKey())) {
            // the service account lacks Modify Reporter: the request exists, but the customer is not its reporter
            LOG.warn("Request {} was created without its customer as reporter: give the portal's service account "
                    + "the Modify Reporter permission in the support project", issue.getKey());
        }
        return new SubmittingRequests.Created(String.valueOf(issue.getId()), issue.getKey());
    }

    /** @return whether Jira takes attachments (enabled, and its attachment folder exists) */
    @Override
    public boolean takesFiles() {
        try {
            return attachments.attachmentsEnabled();
        } catch (RuntimeException e) {
            return false; // the form asks for files by e-mail instead
        }
    }

    /** @return the largest attachment Jira takes, as its administrator set it; no limit if unreadable */
    @Override
    public long largestFile() {
        try {
            String set = properties.getDefaultBackedString(ATTACHMENT_SIZE);
            return set == null ? Long.MAX_VALUE : Long.parseLong(set.strip());
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void attach(SubmittingRequests.Created request, String reporterKey, AttachedFiles.File file,
            InputStream content) {
        MutableIssue issue = issueManager.getIssueObject(Long.valueOf(request.id()));
        ApplicationUser author = users.getUserByKey(reporterKey);
        if (issue == null || author == null) {
            throw new IllegalStateException("the request or its reporter is gone");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("contract-sla-", ".attachment");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            // Jira moves the copy into its attachment folder
            attachments.createAttachment(new CreateAttachmentParamsBean.Builder(copy.toFile(), file.name(),
                    file.contentType(), author, issue).copySourceFile(false).build());
        } catch (IOException e) {
            // no file name in the log: it may name a person; the customer is told which file to send by e-mail
            LOG.warn("A file could not be attached to request {}: {}", request.key(), e.getClass().getName());
            throw new UncheckedIOException(e);
        } catch (AttachmentException | RuntimeException e) {
            LOG.warn("Jira did not attach a file to request {}: {} (Jira's reason at DEBUG: it may name the file)",
                    request.key(), e.getClass().getName());
            LOG.debug("Jira's reason for request {}: {}", request.key(), e.getMessage());
            throw new IllegalStateException("Jira did not take the attachment: " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary copy {}: {}", copy, e.getMessage());
                }
            }
        }
    }

    @Override
    public java.util.Optional<SubmittingRequests.Found> find(String requestId) {
        long id;
        try {
            id = Long.parseLong(requestId);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        MutableIssue issue = issueManager.getIssueObject(id);
        if (issue == null) {
            return java.util.Optional.empty();
        }
        // the status as Jira shows it to the customer: in their language where an administrator translated it
        return java.util.Optional.of(new SubmittingRequests.Found(issue.getKey(), issue.getSummary(),
                issue.getStatus() == null ? "" : issue.getStatus().getNameTranslation()));
    }

    /** @return the form's answers in Jira's wiki markup: each under its label, in the customer's language */
    static String description(SubmittingRequests.NewRequest request) {
        Messages m = new Messages(request.language());
        StringBuilder text = new StringBuilder();
        text.append('*').append(m.text("portal.description.category")).append(":* ")
                .append(m.text(request.category().nameKey())).append('\n');
        text.append('*').append(m.text("portal.description.severity")).append(":* ")
                .append(request.proposedSeverity().name()).append(' ')
                .append(m.text(request.proposedSeverity().nameKey())).append("\n\n");
        Map<FormField, String> values = request.values();
        for (FormField f : request.category().fields()) {
            String value = values.get(f);
            if (value == null || f == FormField.SUMMARY) {
                continue;
            }
            text.append('*').append(m.text(f.labelKey())).append("*\n");
            if (f.kind() == FormField.Kind.CHOICE) {
                text.append(m.text("portal.field." + f.id() + "." + value));
            } else { // the customer's words as they typed them: no wiki markup, no images, no links of theirs
                text.append("{noformat}\n").append(value.replaceAll("(?i)\\{noformat", "{ noformat")).append("\n{noformat}");
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }
}
