package org.contractsla.jira.workflow;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.ExecutingHttpRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.QuotaLedger;
import org.contractsla.core.entitlement.CheckingEntitlement;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.entitlement.EntitlementRequest;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.policy.PolicyStore;
import org.contractsla.i18n.Messages;
import org.contractsla.jira.project.JiraSupportProjects;

/**
 * Workflow validator for the create transition (and any transition an admin adds it to): runs the entitlement check
 * for the issue's reporter, as of now, with nothing booked. A request that is not entitled and that its plan turns
 * away is refused, with the reasons in the reporter's language; every other outcome passes (billable ones and
 * warnings are kept with the request when the listener books it, and shown on the issue).
 *
 * <p>Only a person at Jira's create screen is refused: there they can read why and call or buy an emergency case. A
 * request that arrives by e-mail, through REST or from a portal is never refused here, so it is never lost; the
 * listener checks it just the same, and the issue shows it as not entitled.
 */
public class EntitlementValidator implements Validator {

    /** Where Jira's own pages (create screen, create dialog, transition screens) are served. */
    static final String JIRA_PAGES = "/secure/";

    private final Supplier<Policy> policy;
    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final Function<ApplicationUser, Locale> locales;
    private final Supplier<Optional<String>> servletPath;
    private final Clock clock;

    @Inject
    public EntitlementValidator(PolicyStore policies, JiraSupportProjects projects, Contracts contracts,
            QuotaLedger ledger, @ComponentImport LocaleManager locales) {
        this(() -> projects.withIds(policies.current()), contracts, ledger, locales::getLocaleFor,
                () -> Optional.ofNullable(ExecutingHttpRequest.get()).map(HttpServletRequest::getServletPath),
                Clock.systemUTC());
    }

    /**
     * @param servletPath the servlet path of the HTTP request the transition runs in, empty outside one
     */
    EntitlementValidator(Supplier<Policy> policy, Contracts contracts, QuotaLedger ledger,
            Function<ApplicationUser, Locale> locales, Supplier<Optional<String>> servletPath, Clock clock) {
        this.policy = policy;
        this.contracts = contracts;
        this.ledger = ledger;
        this.locales = locales;
        this.servletPath = servletPath;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object value = transientVars.get("issue");
        if (!(value instanceof Issue) || !servletPath.get().map(p -> p.startsWith(JIRA_PAGES)).orElse(false)) {
            return;
        }
        Issue issue = (Issue) value;
        Project project = issue.getProjectObject();
        Policy p = policy.get();
        if (project == null || issue.isSubTask() || p.supportProjectOf(project.getKey(), project.getId()).isEmpty()) {
            return;
        }
        ApplicationUser reporter = issue.getReporter();
        EntitlementDecision decision = CheckingEntitlement.standard(() -> p, contracts, ledger).check(
                EntitlementRequest.builderWithoutChannel(clock.instant())
                        .reporter(reporter == null ? null : reporter.getKey()).build());
        if (decision.handling() == EntitlementDecision.Handling.REJECT) {
            Locale locale = reporter == null ? null : locales.apply(reporter);
            Messages messages = new Messages(locale == null ? Locale.ENGLISH : locale);
            String reasons = decision.reasons().stream().map(r -> messages.text(r.key(), r.args()))
                    .collect(Collectors.joining(" "));
            throw new InvalidInputException(messages.text("validator.entitlement.refused", reasons));
        }
    }
}
