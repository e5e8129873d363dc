package org.contractsla.jira.web;

import java.util.List;

/**
 * The customers' request portal as its template shows it ({@code templates/portal.vm}): every text already in the
 * language the customer chose, every value escaped by the template. Filled by {@link PortalPages}; read-only to the
 * template, whose getters are allowlisted.
 */
public final class PortalView {

    /** What the page shows. */
    enum Step { CATEGORY, FORM, SENT, REQUESTS, UNAVAILABLE }

    Step step = Step.CATEGORY;
    /** for a sent form: the form's token, by which the page the POST redirects to finds its answer again */
    String answerToken = "";
    String language = "en";
    String otherLanguage = "de";
    String otherLanguageLabel = "";
    String title = "";
    String intro = "";
    String action = "";
    String formToken = "";
    String xsrfToken = "";
    String categoryHeading = "";
    String continueLabel = "";
    List<CategoryView> categories = List.of();
    String category = "";
    String categoryName = "";
    String changeCategoryLabel = "";
    List<FieldView> fields = List.of();
    String requiredLabel = "";
    String problemsSummary = "";
    String severityHeading = "";
    String suggestion = "";
    String teamDecides = "";
    List<SuggestionView> suggestions = List.of();
    String noticesHeading = "";
    List<String> notices = List.of();
    boolean refused;
    String refusedHeading = "";
    List<String> nextSteps = List.of();
    String nextStepsHeading = "";
    String sendLabel = "";
    String sentHeading = "";
    String sentKey = "";
    String sentQuote = "";
    String sentGoal = "";
    String anotherLabel = "";
    String checklistHeading = "";
    String attachmentsNote = "";
    boolean takesFiles;
    String attachmentsLabel = "";
    String attachmentsHelp = "";
    String removeFileLabel = "";
    String attachmentsSelection = "";
    String attachmentsSelectionTotal = "";
    int maxFiles;
    long maxFileBytes;
    long maxFormBytes;
    List<FileView> heldFiles = List.of();
    List<String> fileProblems = List.of();
    String filesAttached = "";
    String filesNotAttached = "";
    String requestsLabel = "";
    String requestsHeading = "";
    String requestsNone = "";
    List<String> requestColumns = List.of();
    List<RequestRowView> requests = List.of();
    String pageText = "";
    String previousUrl = "";
    String nextUrl = "";
    String previousLabel = "";
    String nextLabel = "";
    String newRequestLabel = "";
    String checkUrl = "";
    String suggestedLevel = "";
    String precheckHeading = "";

    /** @return {@code category}, {@code form}, {@code sent}, or {@code unavailable} while no project has a portal */
    public String getStep() {
        return step.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the page's language: {@code de} or {@code en} */
    public String getLanguage() {
        return language;
    }

    /** @return the language the switch offers */
    public String getOtherLanguage() {
        return otherLanguage;
    }

    /** @return that language's name, in that language */
    public String getOtherLanguageLabel() {
        return otherLanguageLabel;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    /** @return where the form posts to */
    public String getAction() {
        return action;
    }

    /** @return the form's own token: one request per form, however often it is sent */
    public String getFormToken() {
        return formToken;
    }

    /** @return Jira's XSRF token for the form */
    public String getXsrfToken() {
        return xsrfToken;
    }

    public String getCategoryHeading() {
        return categoryHeading;
    }

    public String getContinueLabel() {
        return continueLabel;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    /** @return the chosen category's id; empty before one is chosen */
    public String getCategory() {
        return category;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getChangeCategoryLabel() {
        return changeCategoryLabel;
    }

    public List<FieldView> getFields() {
        return fields;
    }

    public String getRequiredLabel() {
        return requiredLabel;
    }

    /** @return the line above a form with problems; empty if it has none */
    public String getProblemsSummary() {
        return problemsSummary;
    }

    public boolean getHasProblems() {
        return !problemsSummary.isEmpty();
    }

    public String getSeverityHeading() {
        return severityHeading;
    }

    /** @return the severity the answers suggest, with the level's definition; empty before they are answered */
    public String getSuggestion() {
        return suggestion;
    }

    /** @return that the customer proposes and the team decides */
    public String getTeamDecides() {
        return teamDecides;
    }

    /** @return every suggestion the impact answers can give, for the page's script to show as they change */
    public List<SuggestionView> getSuggestions() {
        return suggestions;
    }

    public String getNoticesHeading() {
        return noticesHeading;
    }

    /** @return the entitlement check's findings, in the customer's words */
    public List<String> getNotices() {
        return notices;
    }

    public boolean getHasNotices() {
        return !notices.isEmpty();
    }

    /** @return whether the plan turns the request away: nothing was created */
    public boolean getRefused() {
        return refused;
    }

    public String getRefusedHeading() {
        return refusedHeading;
    }

    public String getNextStepsHeading() {
        return nextStepsHeading;
    }

    /** @return what the customer can do instead */
    public List<String> getNextSteps() {
        return nextSteps;
    }

    public String getSendLabel() {
        return sendLabel;
    }

    public String getSentHeading() {
        return sentHeading;
    }

    /** @return the created request's key, to quote in all further contact */
    public String getSentKey() {
        return sentKey;
    }

    public String getSentQuote() {
        return sentQuote;
    }

    /** @return the response goal and when it is due, in the customer's zone and language */
    public String getSentGoal() {
        return sentGoal;
    }

    public String getAnotherLabel() {
        return anotherLabel;
    }

    public String getChecklistHeading() {
        return checklistHeading;
    }

    /** @return how to send logs and screenshots */
    public String getAttachmentsNote() {
        return attachmentsNote;
    }

    /** @return the link to the organization's requests */
    public String getRequestsLabel() {
        return requestsLabel;
    }

    public String getRequestsHeading() {
        return requestsHeading;
    }

    /** @return what the list says when it is empty */
    public String getRequestsNone() {
        return requestsNone;
    }

    /** @return the list's column headings */
    public List<String> getRequestColumns() {
        return requestColumns;
    }

    /** @return the page of the organization's requests, newest first */
    public List<RequestRowView> getRequests() {
        return requests;
    }

    public boolean getHasRequests() {
        return !requests.isEmpty();
    }

    /** @return which page of how many */
    public String getPageText() {
        return pageText;
    }

    /** @return the previous page's address; empty on the first */
    public String getPreviousUrl() {
        return previousUrl;
    }

    /** @return the next page's address; empty on the last */
    public String getNextUrl() {
        return nextUrl;
    }

    public String getPreviousLabel() {
        return previousLabel;
    }

    public String getNextLabel() {
        return nextLabel;
    }

    public String getNewRequestLabel() {
        return newRequestLabel;
    }

    /** @return the entitlement check the page's script asks as the customer types */
    public String getCheckUrl() {
        return checkUrl;
    }

    /** @return the heading of the live check's answer */
    public String getPrecheckHeading() {
        return precheckHeading;
    }

    /** @return the level the form proposes now (S1 to S4), which the live check asks about */
    public String getSuggestedLevel() {
        return suggestedLevel;
    }

    /** @return whether the form takes files (else {@link #getAttachmentsNote} asks for them by e-mail) */
    public boolean getTakesFiles() {
        return takesFiles;
    }

    /** @return the file field's label */
    public String getAttachmentsLabel() {
        return attachmentsLabel;
    }

    /** @return what files the form takes, and its limits */
    public String getAttachmentsHelp() {
        return attachmentsHelp;
    }

    /** @return the label of the button that takes a file off the form */
    public String getRemoveFileLabel() {
        return removeFileLabel;
    }

    /** @return the files the form has, kept across its problems and language switches */
    public List<FileView> getHeldFiles() {
        return heldFiles;
    }

    /** @return why files were turned away, one text per file */
    public List<String> getFileProblems() {
        return fileProblems;
    }

    /** @return whether files were turned away */
    public boolean getHasFileProblems() {
        return !fileProblems.isEmpty();
    }

    /** @return which files the sent request has, or empty */
    public String getFilesAttached() {
        return filesAttached;
    }

    /** @return which files could not be attached and what to do with them, or empty */
    public String getFilesNotAttached() {
        return filesNotAttached;
    }

    /** @return what the page's script says when chosen files break the limits */
    public String getAttachmentsSelection() {
        return attachmentsSelection;
    }

    /** @return files per form, for the page's script */
    public int getMaxFiles() {
        return maxFiles;
    }

    /** @return bytes per file, for the page's script */
    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    /** @return bytes of all files of a form, for the page's script */
    public long getMaxFormBytes() {
        return maxFormBytes;
    }

    /** @return what the page's script says when the chosen files together break the form's limit */
    public String getAttachmentsSelectionTotal() {
        return attachmentsSelectionTotal;
    }
}
