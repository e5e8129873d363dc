package org.contractsla.jira.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.contractsla.core.Reason;
import org.contractsla.core.clock.ClockState;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.entitlement.EntitlementDecision;
import org.contractsla.core.policy.Policy;
import org.contractsla.core.portal.AttachedFiles;
import org.contractsla.core.portal.AttachingFiles;
import org.contractsla.core.portal.FormField;
import org.contractsla.core.portal.ListingRequests;
import org.contractsla.core.portal.RequestCategory;
import org.contractsla.core.portal.RequestForm;
import org.contractsla.core.portal.SubmittingRequests;
import org.contractsla.core.request.ClockRecord;
import org.contractsla.core.severity.Severity;
import org.contractsla.i18n.Messages;

/**
 * The customers' request portal, page by page, without the servlet around it: the category first, then the fields
 * that category needs, then the answer. Every page is in the language the customer chose; switching it keeps
 * everything typed; a form with problems comes back with each message next to its field and nothing lost; one the
 * plan turns away says why and what to do instead; a sent one tells the key to quote and when the first answer is
 * due, in the customer's zone.
 */
public final class PortalPages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortalPages.class);

    /** The languages the portal speaks. */
    static final Set<String> LANGUAGES = Set.of("de", "en");

    /** Who is asking: a Jira user, most often a customer without a licence. */
    public record Customer(String userKey, String displayName, String email, ZoneId zone) {
        public Customer {
            Objects.requireNonNull(userKey, "userKey");
            Objects.requireNonNull(zone, "zone");
        }
    }

    private final Supplier<Policy> policy;
    private final Contracts contracts;
    private final SubmittingRequests submitting;
    private final AttachingFiles attaching;
    private final ListingRequests listing;
    private final Clock clock;
    private final String action;
    private final String contextPath;

    /** Requests per page of the organization's list. */
    static final int PAGE_SIZE = 20;

    /**
     * @param contextPath Jira's context path ({@code ""} at the root, such as {@code /jira} otherwise)
     * @param path        the servlet's path under it
     */
    public PortalPages(Supplier<Policy> policy, Contracts contracts, SubmittingRequests submitting,
            AttachingFiles attaching, ListingRequests listing, Clock clock, String contextPath, String path) {
        this.attaching = Objects.requireNonNull(attaching, "attaching");
        this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
        String action = contextPath + Objects.requireNonNull(path, "path");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.submitting = Objects.requireNonNull(submitting, "submitting");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.action = Objects.requireNonNull(action, "action");
    }

    /**
     * @param asked   the language asked for on the page ({@code de}, {@code en}), or null
     * @param account the user's language in Jira, or null
     * @param browser the browser's language, or null
     * @return the portal's language: the one asked for, else the account's, else the browser's, else English
     */
    public static Locale language(String asked, Locale account, Locale browser) {
        for (String candidate : new String[] {asked, account == null ? null : account.getLanguage(),
            browser == null ? null : browser.getLanguage()}) {
            if (candidate != null && LANGUAGES.contains(candidate)) {
                return Locale.forLanguageTag(candidate);
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The page a GET shows: the categories, or the form of the category asked for, pre-filled for the customer.
     *
     * @param categoryId the category asked for, or null
     * @param xsrfToken  Jira's XSRF token for the form
     */
    public PortalView show(Customer customer, Locale language, String categoryId, String xsrfToken) {
        if (portalProject().isEmpty()) {
            return unavailable(language);
        }
        boolean asked = categoryId != null && !categoryId.isBlank();
        RequestCategory category = asked ? RequestCategory.byId(categoryId) : null;
        if (category == null) { // none asked for, or one we do not know (an old or mistyped link): the choice again
            return categories(language, xsrfToken, asked ? "portal.error.category.unknown" : null);
        }
        Map<String, String> prefilled = new java.util.HashMap<>();
        List<Contract> theirs = contracts.byContact(customer.userKey());
        if (!theirs.isEmpty()) {
            prefilled.put(FormField.CUSTOMER_NUMBER.id(), theirs.get(0).customerNumber());
        }
        String contact = customer.displayName() == null ? "" : customer.displayName();
        if (customer.email() != null && !customer.email().isBlank()) {
            contact = contact.isEmpty() ? customer.email() : contact + ", " + customer.email();
        }
        prefilled.put(FormField.CONTACT.id(), contact);
        return form(language, xsrfToken, RequestForm.Draft.of(category.id(), prefilled), newToken(), List.of(),
                customer, List.of());
    }

    /**
     * The page a POST shows; for a sent form, its answer, which the servlet shows on a page of its own
     * ({@link #answer}).
     *
     * @param params    what the form sent: the category, the form's token, the fields, and {@code switchTo} when
     *                  the customer switched the language
     * @param xsrfValid whether Jira's XSRF token was valid
     */
    public PortalView post(Customer customer, Locale language, Map<String, String> params, boolean xsrfValid,
            String xsrfToken) {
        return post(customer, language, params, List.of(), xsrfValid, xsrfToken);
    }

    /**
     * The page a POST shows; for a sent form, its answer, which the servlet shows on a page of its own
     * ({@link #answer}).
     *
     * @param params    what the form sent: the category, the form's token, the fields, {@code switchTo} when the
     *                  customer switched the language, {@code dropFile} when they took a file off the form
     * @param files     the files sent with it; kept with the form when Jira takes attachments and the XSRF token is
     *                  valid
     * @param xsrfValid whether Jira's XSRF token was valid
     */
    public PortalView post(Customer customer, Locale language, Map<String, String> params,
            List<AttachingFiles.Incoming> files, boolean xsrfValid, String xsrfToken) {
        String switchTo = params.get("switchTo");
        Locale lang = switchTo != null && LANGUAGES.contains(switchTo) ? Locale.forLanguageTag(switchTo) : language;
        if (portalProject().isEmpty()) {
            return unavailable(lang);
        }
        RequestForm.Draft draft = RequestForm.Draft.of(params.get("category"), params);
        if (draft.category() == null) {
            return categories(lang, xsrfToken, "portal.error.category");
        }
        String token = params.get("formToken");
        if (token == null || !token.matches("[0-9a-f-]{36}")) {
            token = newToken();
        }
        String drop = params.get("dropFile");
        boolean filesSent = !files.isEmpty() || drop != null;
        Messages m = new Messages(lang);
        if (!xsrfValid) { // nothing is taken or removed: the customer's session cannot be told from a forged page
            PortalView view = form(lang, xsrfToken, draft, token, List.of(), customer, List.of());
            if (switchTo == null || filesSent) {
                view.problemsSummary = m.text(filesSent ? "portal.error.xsrfFiles" : "portal.error.xsrf");
            }
            return view;
        }
        List<Reason> fileProblems = List.of();
        // a form sent (or being sent) already has its request, which gets the files it held: a reload takes no more
        if (submitting.takesFiles()) {
            fileProblems = attaching.add(customer.userKey(), token, files);
            if (drop != null) {
                attaching.remove(customer.userKey(), token, drop);
            }
        }
        if (switchTo != null || drop != null) { // the language, or a file: nothing is checked, everything stays
            return form(lang, xsrfToken, draft, token, List.of(), customer, fileProblems);
        }
        if (!fileProblems.isEmpty()) { // not sent with a file missing: the customer decides what to do about it
            PortalView view = form(lang, xsrfToken, draft, token, RequestForm.check(draft), customer, fileProblems);
            view.problemsSummary = m.text("portal.problems");
            return view;
        }
        SubmittingRequests.Outcome outcome;
        try {
            outcome = submitting.submit(draft, customer.userKey(), portalProject().get(), token, lang,
                    customer.zone(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("The portal could not create a request: {}", e.getMessage()); // no personal data in logs
            PortalView view = form(lang, xsrfToken, draft, token, List.of(), customer, List.of());
            view.problemsSummary = m.text("portal.error.notCreated");
            return view;
        }
        if (outcome instanceof SubmittingRequests.UnderWay) {
            PortalView view = form(lang, xsrfToken, draft, token, List.of(), customer, List.of());
            view.problemsSummary = m.text("portal.underWay");
            return view;
        }
        if (outcome instanceof SubmittingRequests.Invalid invalid) {
            PortalView view = form(lang, xsrfToken, draft, token, invalid.problems(), customer, List.of());
            view.problemsSummary = m.text("portal.problems");
            return view;
        }
        if (outcome instanceof SubmittingRequests.Refused refused) {
            PortalView view = form(lang, xsrfToken, draft, token, List.of(), customer, List.of());
            view.refused = true;
            view.notices = texts(m, refused.decision().reasons());
            return view;
        }
        PortalView view = sent(customer, lang, (SubmittingRequests.Sent) outcome);
        view.answerToken = token; // the answer is shown on a page of its own, found again by the form's token
        return view;
    }

    /**
     * The page for a form the portal could not read (larger than it reads, or not a form its page sends): nothing
     * of it is known, so the categories, with a message that says why.
     *
     * @param tooLarge whether it was larger than the portal reads
     */
    public PortalView unread(Locale language, String xsrfToken, boolean tooLarge) {
        PortalView view = categories(language, xsrfToken, null);
        Messages m = new Messages(language);
        view.problemsSummary = tooLarge ? m.text("portal.error.tooLarge", MultipartForm.LARGEST_REQUEST / (1024 * 1024 * 1024))
                : m.text("portal.error.unreadable");
        return view;
    }

    /** @return the limits of the files a form takes, now */
    public AttachingFiles.Limits fileLimits() {
        return attaching.limits();
    }

    /** @return the support project requests are created in, if the configuration names one for the portal */
    private java.util.Optional<String> portalProject() {
        return policy.get().portalProject();
    }

    private PortalView unavailable(Locale lang) {
        PortalView view = base(lang, null);
        view.step = PortalView.Step.UNAVAILABLE;
        view.problemsSummary = new Messages(lang).text("portal.unavailable");
        return view;
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    private PortalView base(Locale lang, String xsrfToken) {
        Messages m = new Messages(lang);
        PortalView view = new PortalView();
        view.language = lang.getLanguage();
        view.otherLanguage = "de".equals(view.language) ? "en" : "de";
        view.otherLanguageLabel = m.text("portal.language.other");
        view.title = m.text("portal.title");
        view.intro = m.text("portal.intro");
        view.action = action;
        view.xsrfToken = xsrfToken == null ? "" : xsrfToken;
        view.continueLabel = m.text("portal.category.continue");
        view.categoryHeading = m.text("portal.category.heading");
        view.changeCategoryLabel = m.text("portal.category.change");
        view.requiredLabel = m.text("portal.required");
        view.severityHeading = m.text("portal.severity.heading");
        view.teamDecides = m.text("portal.severity.teamDecides");
        view.noticesHeading = m.text("portal.notices.heading");
        view.refusedHeading = m.text("portal.refused.heading");
        view.nextStepsHeading = m.text("portal.next.heading");
        view.sendLabel = m.text("portal.send");
        view.anotherLabel = m.text("portal.sent.another");
        view.checklistHeading = m.text("portal.checklist.heading");
        view.attachmentsNote = m.text("portal.attachments.note");
        AttachingFiles.Limits limits = attaching.limits();
        view.attachmentsLabel = m.text("portal.attachments.label");
        view.attachmentsHelp = m.text("portal.attachments.help", limits.files(), limits.fileMegabytes(),
                limits.formMegabytes());
        view.attachmentsSelection = m.text("portal.attachments.error.selection", limits.fileMegabytes(),
                limits.formMegabytes());
        view.attachmentsSelectionTotal = m.text("portal.attachments.error.selectionTotal", limits.fileMegabytes(),
                limits.formMegabytes());
        view.removeFileLabel = m.text("portal.attachments.remove");
        view.maxFiles = limits.files();
        view.maxFileBytes = limits.fileBytes();
        view.maxFormBytes = limits.formBytes();
        view.requestsLabel = m.text("portal.requests.link");
        view.newRequestLabel = m.text("portal.requests.new");
        view.checkUrl = contextPath + "/rest/contract-sla/1.0/entitlement/check";
        view.precheckHeading = m.text("portal.precheck.heading");
        view.nextSteps = List.of(m.text("portal.next.number"), m.text("portal.next.emergency"),
                m.text("portal.next.sales"));
        return view;
    }

    private PortalView categories(Locale lang, String xsrfToken, String problem) {
        Messages m = new Messages(lang);
        PortalView view = base(lang, xsrfToken);
        List<CategoryView> list = new ArrayList<>();
        for (RequestCategory c : RequestCategory.values()) {
            list.add(new CategoryView(c.id(), m.text(c.nameKey()), m.text(c.descriptionKey()), false));
        }
        view.categories = list;
        view.problemsSummary = problem == null ? "" : m.text(problem);
        return view;
    }

    private PortalView form(Locale lang, String xsrfToken, RequestForm.Draft draft, String token,
            List<RequestForm.Problem> problems, Customer customer, List<Reason> fileProblems) {
        Messages m = new Messages(lang);
        PortalView view = base(lang, xsrfToken);
        view.step = PortalView.Step.FORM;
        view.formToken = token;
        view.takesFiles = submitting.takesFiles();
        if (view.takesFiles) {
            List<FileView> held = new ArrayList<>();
            for (AttachedFiles.File f : attaching.held(customer.userKey(), token)) {
                held.add(new FileView(f.id(), f.name(), size(m, f.size()),
                        m.text("portal.attachments.removeNamed", f.name())));
            }
            view.heldFiles = held;
            view.fileProblems = texts(m, fileProblems);
        }
        RequestCategory category = draft.category();
        view.category = category.id();
        view.categoryName = m.text(category.nameKey());
        List<FieldView> fields = new ArrayList<>();
        for (FormField f : category.fields()) {
            String error = "";
            for (RequestForm.Problem p : problems) {
                if (p.field() == f && error.isEmpty()) {
                    error = m.text(p.key(), p.args());
                }
            }
            String value = draft.value(f) == null ? "" : draft.value(f);
            List<ChoiceView> choices = new ArrayList<>();
            for (String choice : f.choices()) {
                choices.add(new ChoiceView(choice, m.text("portal.field." + f.id() + "." + choice),
                        choice.equals(value)));
            }
            boolean checklist = f == FormField.S1_OPERATION_IMPOSSIBLE || f == FormField.S1_EARLIER_STATE_AVOIDS;
            fields.add(new FieldView(f.id(), f.kind().name().toLowerCase(Locale.ROOT), m.text(f.labelKey()),
                    m.text(f.helpKey()), value, category.requires(f), error, f.maxLength(), choices, checklist));
        }
        view.fields = fields;
        view.suggestedLevel = RequestForm.suggest(draft).severity().name();
        if (category == RequestCategory.INCIDENT) {
            List<SuggestionView> table = new ArrayList<>();
            for (FormField.Impact impact : FormField.Impact.values()) {
                for (String workaround : List.of("yes", "no")) {
                    RequestForm.Suggestion s = RequestForm.suggest(RequestForm.Draft.of(category.id(),
                            Map.of(FormField.IMPACT.id(), impact.id(), FormField.WORKAROUND.id(), workaround)));
                    table.add(new SuggestionView(impact.id(), workaround, s.severity().name(), suggestion(m, s)));
                }
            }
            view.suggestions = table;
            if (draft.value(FormField.IMPACT) != null && draft.value(FormField.WORKAROUND) != null) {
                view.suggestion = suggestion(m, RequestForm.suggest(draft));
            }
        }
        return view;
    }

    private static String suggestion(Messages m, RequestForm.Suggestion s) {
        Severity level = s.severity();
        return m.text("portal.severity.suggested", level.name(), m.text(level.nameKey()), m.text(level.definitionKey()));
    }

    /**
     * The page a sent form's POST redirects to: its answer again, in the language asked for.
     *
     * @param formToken the form's token
     * @return the answer the customer's form got; empty if that customer sent no form with that token (or it is no
     *         longer known: another node, a restart)
     */
    public Optional<PortalView> answer(Customer customer, Locale language, String formToken) {
        return submitting.sent(customer.userKey(), formToken).map(s -> sent(customer, language, s));
    }

    private PortalView sent(Customer customer, Locale lang, SubmittingRequests.Sent sent) {
        Messages m = new Messages(lang);
        PortalView view = base(lang, null);
        view.step = PortalView.Step.SENT;
        view.sentKey = sent.request().key();
        view.sentHeading = m.text("portal.sent.heading", sent.request().key());
        view.sentQuote = m.text("portal.sent.quote");
        view.sentGoal = goal(sent, lang, customer.zone());
        if (!sent.attached().isEmpty()) {
            view.filesAttached = m.text("portal.sent.files", quoted(m, sent.attached()));
        }
        if (!sent.notAttached().isEmpty()) {
            view.filesNotAttached = m.text("portal.sent.filesNotAttached", quoted(m, sent.notAttached()),
                    sent.request().key(), sent.notAttached().size());
        }
        EntitlementDecision decision = sent.decision();
        if (decision.outcome() != EntitlementDecision.Outcome.ENTITLED) {
            view.notices = texts(m, decision.reasons());
        }
        return view;
    }

    /**
     * The requests of the customer's organization, a page of them.
     *
     * @param page the page asked for, from 1; anything else shows the first
     */
    public PortalView requests(Customer customer, Locale lang, String page) {
        Messages m = new Messages(lang);
        PortalView view = base(lang, null);
        view.step = PortalView.Step.REQUESTS;
        int asked;
        try {
            asked = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Long.parseLong(page == null ? "1" : page) - 1));
        } catch (NumberFormatException e) {
            // a number too large for a long is past the last page, as any page past it; anything else: the first
            asked = page.matches("\\+?[0-9]+") ? Integer.MAX_VALUE : 0;
        }
        ListingRequests.Listing list = listing.of(customer.userKey(), asked, PAGE_SIZE);
        Instant now = clock.instant();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(lang).withZone(customer.zone());
        List<RequestRowView> rows = new ArrayList<>();
        for (ListingRequests.Row r : list.rows()) {
            boolean overdue = overdue(r.response(), now) || overdue(r.resolution(), now);
            rows.add(new RequestRowView(r.key(), r.summary() == null ? "" : r.summary(), r.status(),
                    r.severity() == null ? "" : r.severity().name() + " " + m.text(r.severity().nameKey()),
                    clock(m, format, r.response(), now), clock(m, format, r.resolution(), now), overdue));
        }
        view.requests = rows;
        view.requestsHeading = m.text("portal.requests.heading");
        view.requestsNone = m.text("portal.requests.none");
        view.requestColumns = List.of(m.text("portal.requests.column.key"), m.text("portal.requests.column.summary"),
                m.text("portal.requests.column.status"), m.text("portal.requests.column.severity"),
                m.text("portal.requests.column.response"), m.text("portal.requests.column.resolution"));
        view.pageText = m.text("portal.requests.page", list.page() + 1, list.pages());
        String base = action + "?view=requests&lang=" + lang.getLanguage() + "&page=";
        view.previousUrl = list.page() > 0 ? base + list.page() : "";
        view.nextUrl = list.page() + 1 < list.pages() ? base + (list.page() + 2) : "";
        view.previousLabel = m.text("portal.requests.previous");
        view.nextLabel = m.text("portal.requests.next");
        return view;
    }

    private static boolean overdue(ClockRecord r, Instant now) {
        return r != null && (ClockState.BREACHED.name().equals(r.state()) || r.overdue(now));
    }

    /** @return a clock as the customer reads it: its goal, and whether it is due, met or missed */
    private static String clock(Messages m, DateTimeFormatter format, ClockRecord r, Instant now) {
        if (r == null || r.goal() == null) {
            return m.text("portal.requests.sla.none");
        }
        String goal = Durations.text(m, r.goal());
        String state = r.state();
        if (ClockState.MET.name().equals(state)) {
            return m.text("portal.requests.sla.met", goal);
        }
        if (ClockState.BREACHED.name().equals(state) || r.overdue(now)) {
            return m.text("portal.requests.sla.missed", goal);
        }
        if (ClockState.PAUSED.name().equals(state) || r.due() == null) {
            return m.text("portal.requests.sla.paused", goal);
        }
        return m.text("portal.requests.sla.due", goal, format.format(r.due()));
    }

    /**
     * @return the response goal and when it is due, in the customer's language and zone, or that the plan sets
     *         none: as the confirmation page and the acknowledgement e-mail both say it
     */
    public static String goal(SubmittingRequests.Sent sent, Locale language, ZoneId zone) {
        Messages m = new Messages(language);
        if (sent.responseGoal() == null || sent.responseDue() == null) {
            return m.text("portal.sent.noGoal");
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language).withZone(zone);
        return m.text("portal.sent.goal", Durations.text(m, sent.responseGoal()), format.format(sent.responseDue()));
    }

    /** @return file names, each in the language's quotation marks, separated by commas */
    public static String quoted(Messages m, List<String> names) {
        List<String> each = new ArrayList<>();
        for (String name : names) {
            each.add(m.text("portal.attachments.quoted", name));
        }
        return String.join(", ", each);
    }

    /** @return a file's size as the customer reads it: whole kilobytes up to a megabyte, then megabytes */
    static String size(Messages m, long bytes) {
        long kilo = 1024;
        if (bytes < kilo * kilo) {
            return m.text("portal.attachments.size.kb", Math.max(1, (bytes + kilo - 1) / kilo));
        }
        return m.text("portal.attachments.size.mb", bytes / (double) (kilo * kilo));
    }

    private static List<String> texts(Messages m, List<Reason> reasons) {
        List<String> texts = new ArrayList<>();
        for (Reason r : reasons) {
            texts.add(m.text(r.key(), r.args()));
        }
        return texts;
    }
}
