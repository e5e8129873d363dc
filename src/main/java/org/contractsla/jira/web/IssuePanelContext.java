package org.contractsla.jira.web;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.contractsla.core.DomainException;
import org.contractsla.core.StorageUnavailableException;
import org.contractsla.core.request.RequestStanding;
import org.contractsla.jira.issue.IssueClocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the agents' issue panel (web panel {@code contract-sla-issue-panel}): how the request stands, measured live
 * for this view, in the viewer's language and time zone. Jira shows the panel on issues the viewer may browse; an
 * issue that is no support request gets no {@code slaPanel} and the template shows nothing. Built by the module
 * loader (not a Spring component), its constructor filled from the app's components.
 */
public class IssuePanelContext implements ContextProvider {

    /** The context entry the template reads. */
    public static final String PANEL = "slaPanel";

    private static final Logger LOG = LoggerFactory.getLogger(IssuePanelContext.class);

    private final IssueClocks clocks;
    private final JiraAuthenticationContext authentication;
    private final TimeZoneManager zones;
    private final UserManager users;
    private final PermissionManager permissions;
    private final ApplicationRoleManager licences;

    @Inject
    public IssuePanelContext(IssueClocks clocks, @ComponentImport JiraAuthenticationContext authentication,
            @ComponentImport TimeZoneManager zones, @ComponentImport UserManager users,
            @ComponentImport PermissionManager permissions, @ComponentImport ApplicationRoleManager licences) {
        this.clocks = clocks;
        this.authentication = authentication;
        this.zones = zones;
        this.users = users;
        this.permissions = permissions;
        this.licences = licences;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> filled = new HashMap<>(context);
        Object issue = context.get("issue");
        if (!(issue instanceof Issue)) {
            return filled;
        }
        try {
            Optional<RequestStanding> standing = clocks.standing((Issue) issue);
            standing.ifPresent(s -> filled.put(PANEL, new AgentPanel(Viewer.locale(authentication), Viewer.zone(zones), this::name).view(s,
                    canEdit((Issue) issue))));
        } catch (DomainException e) { // its plan was removed: an admin's matter, the issue still shows
            LOG.warn("SLA panel of {} not shown: {} {}", ((Issue) issue).getKey(), e.key(), e.args());
        } catch (StorageUnavailableException e) { // the issue view never fails for the panel's sake
            LOG.warn("SLA panel of {} not shown: {}", ((Issue) issue).getKey(), e.getMessage());
        } catch (RuntimeException e) { // a fault of ours or of a Jira service: the issue still shows, without us
            LOG.error("SLA panel of {} not shown", ((Issue) issue).getKey(), e);
        }
        return filled;
    }

    /** @return whether the viewer may set the severity: the REST resource behind the form asks the same */
    private boolean canEdit(Issue issue) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null && licences.hasAnyRole(user)
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    /** @return the user's name as Jira shows it (anonymized users included), the key if Jira knows no such user */
    private String name(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null ? userKey : user.getDisplayName();
    }


}
