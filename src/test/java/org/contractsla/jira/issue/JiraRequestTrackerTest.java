package org.contractsla.jira.issue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.web.util.AttachmentException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.contractsla.core.calendar.BusinessCalendar;
import org.contractsla.core.policy.InMemoryPolicyStore;
import org.contractsla.core.policy.Plan;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.ProjectSettings;
import org.contractsla.core.portal.AttachedFiles;
import org.contractsla.core.portal.FormField;
import org.contractsla.core.portal.RequestCategory;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.core.severity.Severity;
import org.contractsla.jira.project.JiraSupportProjects;
import org.junit.Test;

/** The portal's requests created through Jira's IssueService, each Jira service a mock of its stand-in. */
public class JiraRequestTrackerTest {

    private final IssueService issues = mock(IssueService.class);
    private final UserManager users = mock(UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
    private final ApplicationUser service = mock(ApplicationUser.class);
    private final ApplicationUser customer = mock(ApplicationUser.class);
    private Policy policy = Policy.of(List.of(BusinessCalendar.twentyFourSeven("utc", ZoneOffset.UTC)),
            List.of(Plan.builder("gold").build()), Set.of()).withSupportProjects(Set.of("SUP"));

    private final com.atlassian.jira.issue.IssueManager issueManager = mock(com.atlassian.jira.issue.IssueManager.class);
    private final AttachmentManager attachments = mock(AttachmentManager.class);
    private final com.atlassian.jira.config.properties.ApplicationProperties properties =
            mock(com.atlassian.jira.config.properties.ApplicationProperties.class);

    private JiraRequestTracker tracker() {
        return new JiraRequestTracker(issues, issueManager, users, attachments, properties,
                new JiraSupportProjects(projects),
                new InMemoryPolicyStore(policy));
    }

    private static SubmittingRequests.NewRequest request() {
        return new SubmittingRequests.NewRequest("JIRAUSER10100", RequestCategory.INCIDENT, Map.of(
                FormField.SUMMARY, "Backups fail", FormField.PRODUCT, "Backup Server", FormField.IMPACT, "impaired",
                FormField.ERROR_MESSAGE, "E0x1F {noformat} !http://evil.example/x.png!"), Severity.S2, Locale.ENGLISH);
    }

    private void portal() {
        policy = policy.withProjectSettings(Map.of("SUP", ProjectSettings.DEFAULT
                .withPortal(new ProjectSettings.Portal("svc-key", "10100"))));
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        when(project.getKey()).thenReturn("SUP");
        when(projects.getProjectObjByKey("SUP")).thenReturn(project);
        when(users.getUserByKey("svc-key")).thenReturn(service);
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(customer);
        when(customer.getName()).thenReturn("anna.berg");
        when(issues.newIssueInputParameters()).thenReturn(input);
    }

    @Test
    public void shouldCreateAsTheServiceAccountWithTheCustomerAsReporterByName() {
        portal();
        IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issues.validateCreate(service, input)).thenReturn(valid);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20_001L);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getReporter()).thenReturn(customer);
        when(customer.getKey()).thenReturn("JIRAUSER10100");
        when(result.getIssue()).thenReturn(issue);
        when(issues.create(service, valid)).thenReturn(result);

        assertEquals(new SubmittingRequests.Created("20001", "SUP-7"), tracker().create(request()));
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10100");
        verify(input).setSummary("Backups fail");
        verify(input).setReporterId("anna.berg"); // Jira takes the user name here, not the key
        verify(input).setSkipScreenCheck(true);
        org.mockito.ArgumentCaptor<String> description = org.mockito.ArgumentCaptor.forClass(String.class);
        verify(input).setDescription(description.capture());
        assertTrue(description.getValue(), description.getValue().contains(
                "*Product*\n{noformat}\nBackup Server\n{noformat}"));
        assertTrue("the error message verbatim, unable to end its block", description.getValue().contains(
                "{noformat}\nE0x1F { noformat} !http://evil.example/x.png!\n{noformat}"));
        assertTrue("choices in words", description.getValue().contains("Important functions are badly impaired"));
        assertFalse("the summary is the summary", description.getValue().contains("Backups fail"));
    }

    @Test
    public void shouldShowARequestsStatusInTheCustomersLanguageAndNothingOfOneThatIsGone() {
        MutableIssue issue = mock(MutableIssue.class);
        com.atlassian.jira.issue.status.Status status = mock(com.atlassian.jira.issue.status.Status.class);
        when(status.getName()).thenReturn("Waiting for customer");
        when(status.getNameTranslation()).thenReturn("Wartet auf Kunden");
        when(issue.getStatus()).thenReturn(status);
        when(issue.getKey()).thenReturn("SUP-7");
        when(issue.getSummary()).thenReturn("Backup fails");
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        assertEquals(java.util.Optional.of(new SubmittingRequests.Found("SUP-7", "Backup fails", "Wartet auf Kunden")),
                tracker().find("20001"));
        assertEquals(java.util.Optional.empty(), tracker().find("20002"));
        assertEquals(java.util.Optional.empty(), tracker().find("SUP-7"));
    }

    @Test
    public void shouldCreateNothingWhenJiraRefusesOrThePortalIsNotSetUp() {
        try {
            tracker().create(request());
            fail("no portal configured");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("portal"));
        }
        portal();
        IssueService.CreateValidationResult invalid = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("reporter", "The reporter may not create issues."));
        when(invalid.getErrorCollection()).thenReturn(errors);
        when(issues.validateCreate(any(), any())).thenReturn(invalid);
        try {
            tracker().create(request());
            fail("refused");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("may not create"));
        }
        verify(issues, never()).create(any(), any());
    }

    @Test
    public void shouldAttachAFileAsTheCustomersAndLetJiraMoveItsCopy() throws Exception {
        portal();
        MutableIssue issue = mock(MutableIssue.class);
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        CreateAttachmentParamsBean bean = mock(CreateAttachmentParamsBean.class);
        List<Object> arguments = new java.util.ArrayList<>();
        List<String> copied = new java.util.ArrayList<>();
        java.io.File[] copy = new java.io.File[1];
        try (org.mockito.MockedConstruction<CreateAttachmentParamsBean.Builder> builders = org.mockito.Mockito
                .mockConstruction(CreateAttachmentParamsBean.Builder.class, (builder, context) -> {
                    arguments.addAll(context.arguments());
                    copy[0] = (java.io.File) context.arguments().get(0);
                    copied.add(java.nio.file.Files.readString(copy[0].toPath()));
                    when(builder.copySourceFile(false)).thenReturn(builder);
                    when(builder.build()).thenReturn(bean);
                })) {
            tracker().attach(new SubmittingRequests.Created("20001", "SUP-7"), "JIRAUSER10100",
                    new AttachedFiles.File("0".repeat(32), "server.log", "text/plain", 10),
                    new java.io.ByteArrayInputStream("ERROR 0x1F".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(1, builders.constructed().size());
            verify(builders.constructed().get(0)).copySourceFile(false);
        }
        verify(attachments).createAttachment(bean);
        assertEquals("the file's bytes, as the customer's, on the created request",
                List.of(copy[0], "server.log", "text/plain", customer, issue), arguments);
        assertEquals(List.of("ERROR 0x1F"), copied);
        assertFalse("the copy is gone, whatever Jira did with it", copy[0].exists());
    }

    @Test
    public void shouldFailAnAttachmentJiraRefusesAndSayWhetherItTakesFiles() throws Exception {
        portal();
        when(issueManager.getIssueObject(20001L)).thenReturn(mock(MutableIssue.class));
        when(attachments.createAttachment(any())).thenThrow(new AttachmentException("too large"));
        java.io.File[] copy = new java.io.File[1];
        try (org.mockito.MockedConstruction<CreateAttachmentParamsBean.Builder> builders = org.mockito.Mockito
                .mockConstruction(CreateAttachmentParamsBean.Builder.class, (builder, context) -> {
                    copy[0] = (java.io.File) context.arguments().get(0);
                    when(builder.copySourceFile(false)).thenReturn(builder);
                })) {
            tracker().attach(new SubmittingRequests.Created("20001", "SUP-7"), "JIRAUSER10100",
                    new AttachedFiles.File("0".repeat(32), "big.zip", "application/zip", 1),
                    new java.io.ByteArrayInputStream(new byte[] {1}));
            fail("refused");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("too large"));
        }
        assertFalse("no copy left behind", copy[0].exists());
        try {
            tracker().attach(new SubmittingRequests.Created("20002", "SUP-8"), "JIRAUSER10100",
                    new AttachedFiles.File("0".repeat(32), "a.log", "text/plain", 1),
                    new java.io.ByteArrayInputStream(new byte[] {1}));
            fail("no such issue");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("gone"));
        }
        when(properties.getDefaultBackedString("webwork.multipart.maxSize")).thenReturn("5242880", " 20971520 ", "x",
                null);
        assertEquals("as Jira's administrator set it", 5_242_880L, tracker().largestFile());
        assertEquals(20_971_520L, tracker().largestFile());
        assertEquals("unreadable: no limit of Jira's", Long.MAX_VALUE, tracker().largestFile());
        assertEquals(Long.MAX_VALUE, tracker().largestFile());
        when(attachments.attachmentsEnabled()).thenReturn(true, false);
        assertTrue(tracker().takesFiles());
        assertFalse("attachments switched off in Jira", tracker().takesFiles());
        when(attachments.attachmentsEnabled()).thenThrow(new IllegalStateException("no attachment folder"));
        assertFalse(tracker().takesFiles());
    }
}
