package org.contractsla.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.contractsla.i18n.Messages;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The customers' request portal in a real browser, on the preview host: the app's servlet, template, script and
 * the core behind them. Screenshots in target/screenshots.
 */
public class PortalBrowserTest extends PreviewBrowserTest {

    private void openPortalAs(String userKey) {
        browser.get(base + "/switch?user=" + userKey + "&back=/plugins/servlet/contract-sla/portal");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("csla-portal")));
    }

    private void choose(String category) {
        browser.findElement(By.cssSelector("label[for=csla-category-" + category + "]")).click();
        browser.findElement(By.id("csla-continue")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("csla-request-form")));
    }

    private void type(String field, String text) {
        WebElement e = browser.findElement(By.id("csla-f-" + field));
        e.clear();
        e.sendKeys(text);
    }

    private void select(String field, String value) {
        new Select(browser.findElement(By.id("csla-f-" + field))).selectByValue(value);
    }

    private String value(String field) {
        return browser.findElement(By.id("csla-f-" + field)).getAttribute("value");
    }

    private void send() {
        WebElement form = browser.findElement(By.id("csla-request-form"));
        browser.findElement(By.id("csla-send")).click();
        waitUntilGone(form);
    }

    /** @return a file with that name and text, for the browser to attach */
    private java.nio.file.Path file(String name, String text) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("csla-browser-");
        java.nio.file.Path file = dir.resolve(name);
        java.nio.file.Files.writeString(file, text);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    private List<String> heldFiles() {
        return browser.findElements(By.cssSelector(".csla-held-file .csla-file-name")).stream()
                .map(WebElement::getText).toList();
    }

    private static String de(String key, Object... args) {
        return new Messages(Locale.GERMAN).text(key, args);
    }

    private static String en(String key, Object... args) {
        return new Messages(Locale.ENGLISH).text(key, args);
    }

    @Test
    public void shouldTakeAGermanIncidentAfterAFieldIsCorrected() throws Exception {
        openPortalAs(PreviewApp.CUSTOMER_DE);
        assertEquals("from her Jira language", "de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        choose("incident");
        assertEquals("pre-filled: she is a contact of this contract", "K-10042", value("customerNumber"));
        type("summary", "Sicherung bricht ab");
        type("version", "12.4 Patch 3");
        select("environment", "production");
        type("doing", "N\u00e4chtliche Sicherung");
        type("actual", "Abbruch mit Fehler 0x1F");
        type("errorMessage", "E0x1F: <device> not ready & retry");
        select("impact", "impaired");
        select("workaround", "no");
        assertEquals("the suggestion follows the answers", de("portal.severity.suggested", "S2",
                de("severity.s2.name"), de("severity.s2.definition")),
                browser.findElement(By.cssSelector(".csla-suggestion-text")).getText());
        java.nio.file.Path log = file("sicherung.log", "0x1F device not ready");
        java.nio.file.Path large = java.nio.file.Files.createTempFile("csla-large-", ".bin");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(org.contractsla.core.portal.AttachingFiles.Limits.STANDARD.fileBytes() + 1);
        }
        WebElement chooser = browser.findElement(By.id("csla-files"));
        chooser.sendKeys(large + "\n" + log + "\n" + file("notiz.txt", "nicht diese"));
        assertTrue("too large: said at once, and left out of the choice",
                browser.findElement(By.id("csla-selection-error")).isDisplayed());
        assertEquals("the others stay chosen", 2L, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].files.length", chooser));
        java.nio.file.Files.delete(large);
        send(); // the product is missing

        assertEquals("the files stay with the form", List.of("sicherung.log", "notiz.txt"), heldFiles());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("csla-attachments")));
        Browser.screenshot(browser, "portal-de-files");
        browser.findElements(By.cssSelector(".csla-remove-file")).get(1).click();
        waiting().until(d -> heldFiles().size() == 1);
        assertEquals(List.of("sicherung.log"), heldFiles());
        assertEquals("a removal keeps what was typed", "Sicherung bricht ab", value("summary"));
        WebElement form = browser.findElement(By.id("csla-request-form"));
        browser.findElement(By.id("csla-f-version")).sendKeys(org.openqa.selenium.Keys.ENTER); // Enter sends
        waitUntilGone(form);
        assertEquals("not the language switch", "de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(de("portal.error.required"), browser.findElement(By.id("csla-error-product")).getText());
        assertEquals(de("portal.problems"), browser.findElement(By.cssSelector(".csla-problems")).getText());
        assertEquals("nothing typed is lost", "Sicherung bricht ab", value("summary"));
        assertEquals("E0x1F: <device> not ready & retry", value("errorMessage"));
        assertEquals("impaired", value("impact"));
        Browser.screenshot(browser, "portal-de-error");
        int before = app.jira.issues().size();

        type("product", "Backup Server");
        send();
        String key = browser.findElement(By.cssSelector(".csla-sent-key")).getText();
        assertTrue(key, key.matches("SUP-\\d+"));
        assertEquals(before + 1, app.jira.issues().size());
        PreviewJira.PreviewIssue issue = app.jira.issue(key);
        assertEquals(PreviewApp.CUSTOMER_DE, issue.reporterKey);
        assertEquals("Sicherung bricht ab", issue.summary);
        String description = String.valueOf(app.portal.created.get(key).get("description"));
        assertTrue(description, description.contains("E0x1F: <device> not ready & retry"));
        assertTrue(description, description.contains(de("portal.field.product.label")));
        assertTrue("the response goal and when it is due",
                browser.findElement(By.cssSelector(".csla-sent-goal")).getText().startsWith("Wir antworten"));
        assertEquals(de("portal.sent.files", de("portal.attachments.quoted", "sicherung.log")), browser.findElement(By.cssSelector(".csla-sent-files"))
                .getText());
        assertEquals("attached as hers, whole", List.of(new PreviewJira.Attachment("sicherung.log",
                java.nio.file.Files.size(log), PreviewApp.CUSTOMER_DE)), issue.attachments);
        Browser.screenshot(browser, "portal-de-sent");
        assertTrue("measured at once, as Jira's clock worker does after the creation: her list shows the goal",
                app.records.byRequest(String.valueOf(issue.id)).get(org.contractsla.core.policy.Metric.FIRST_RESPONSE)
                        .goal() != null);

        browser.findElement(By.id("preview-mail")).click(); // the acknowledgement, in German, to her address
        assertEquals(de("portal.mail.subject", key), browser.findElement(By.cssSelector(".preview-mail-subject"))
                .getText());
        assertTrue(browser.findElement(By.cssSelector(".preview-mail")).getText()
                .contains("anna.berg@nordlicht.example"));
        browser.get(base + "/switch?user=" + PreviewApp.CUSTOMER_EN + "&back=/preview/mail");
        assertTrue("not another customer's", browser.findElements(By.cssSelector(".preview-mail")).isEmpty());
        browser.get(base + "/switch?user=" + PreviewApp.AGENT + "&back=/browse/" + key);
        assertEquals("the agent finds the log on the issue", "sicherung.log",
                browser.findElement(By.cssSelector(".preview-attachment-name")).getText());
    }

    @Test
    public void shouldTakeAnEnglishUsageQuestionAndKeepWhatWasTypedAcrossALanguageSwitch() throws Exception {
        openPortalAs(PreviewApp.CUSTOMER_EN);
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        choose("usage-question");
        assertEquals("SE-0815", value("customerNumber"));
        WebElement precheck = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("csla-precheck")));
        waiting().until(d -> !d.findElement(By.cssSelector(".csla-precheck-outcome")).getText().isEmpty());
        assertFalse("his own contract covers a question", "NOT_ENTITLED".equals(precheck.getAttribute(
                "data-outcome")));
        assertTrue(precheck.findElement(By.cssSelector(".csla-precheck-next")).getAttribute("hidden") != null);
        type("summary", "How do I restore one file?");
        type("description", "From last night's backup, please.");
        browser.findElement(By.id("csla-files")).sendKeys(file("restore.png", "PNG").toString());
        browser.findElement(By.cssSelector("button.csla-language")).click();
        waiting().until(d -> "de".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("a file chosen before the switch stays", List.of("restore.png"), heldFiles());
        assertEquals("How do I restore one file?", value("summary"));
        assertEquals("From last night's backup, please.", value("description"));
        assertTrue("no errors for a switch", browser.findElements(By.cssSelector(".csla-error")).isEmpty());
        assertEquals(de("portal.field.summary.label"), browser.findElement(By.cssSelector("label[for=csla-f-summary]"))
                .getText().replace(de("portal.required"), "").trim());
        browser.findElement(By.cssSelector("button.csla-language")).click();
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        type("product", "Backup Server");
        Browser.screenshot(browser, "portal-en-form");
        send();
        assertEquals(en("portal.sent.heading", browser.findElement(By.cssSelector(".csla-sent-key")).getText()),
                browser.findElement(By.cssSelector(".csla-sent .title")).getText());
        Browser.screenshot(browser, "portal-en-sent");
        assertEquals("his plan (service desk) sets no response goal, and the page says so",
                en("portal.sent.noGoal"), browser.findElement(By.cssSelector(".csla-sent-goal")).getText());
    }

    @Test
    public void shouldTellACustomerWhoIsNotEntitledWhatToDoAndCreateNothing() throws Exception {
        openPortalAs(PreviewApp.CUSTOMER_DE);
        choose("usage-question");
        type("customerNumber", "SE-0815"); // another organization's contract
        type("summary", "Frage"); // the live check runs as she types, in the page's language
        WebElement precheck = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#csla-precheck[data-outcome=NOT_ENTITLED]")));
        assertTrue(precheck.getText(), precheck.getText().contains(de("entitlement.contract.notYours", "SE-0815")));
        assertTrue("what to do, before she sends", precheck.getText().contains(de("portal.next.emergency")));
        assertFalse(precheck.getText().contains("Fj\u00e4llvind"));
        type("product", "Backup Server");
        type("description", "Wie geht das?");
        int before = app.jira.issues().size();
        send();
        assertEquals(before, app.jira.issues().size());
        WebElement refused = browser.findElement(By.cssSelector(".csla-refused"));
        assertTrue(refused.getText().contains(de("portal.refused.heading")));
        assertEquals(3, refused.findElements(By.cssSelector(".csla-next-steps li")).size());
        assertTrue(refused.getText().contains(de("portal.next.emergency")));
        assertEquals("what she typed is kept", "Wie geht das?", value("description"));
        assertFalse("nothing about the other organization", refused.getText().contains("Fj\u00e4llvind"));
        Browser.screenshot(browser, "portal-de-refused");
    }

    @Test
    public void shouldCreateOneRequestWhenTheFormIsSentTwice() {
        openPortalAs(PreviewApp.CUSTOMER_EN);
        choose("feature-request");
        type("summary", "Dark mode");
        type("product", "Backup Server");
        type("description", "Please add a dark mode.");
        int before = app.jira.issues().size();
        WebElement sendButton = browser.findElement(By.id("csla-send"));
        // two clicks as fast as the browser takes them; the second goes nowhere or gets the same request
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].click(); arguments[0].click();", sendButton);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".csla-sent-key")));
        assertEquals(before + 1, app.jira.issues().size());
        assertTrue("the answer on a page of its own: " + browser.getCurrentUrl(),
                browser.getCurrentUrl().contains("?sent="));
        String key = browser.findElement(By.cssSelector(".csla-sent-key")).getText();
        browser.navigate().refresh(); // a reload shows the answer again and sends nothing
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".csla-sent-key")));
        assertEquals(key, browser.findElement(By.cssSelector(".csla-sent-key")).getText());
        assertEquals("still one", before + 1, app.jira.issues().size());
    }

    @Test
    public void shouldListOnlyTheRequestsOfTheCustomersOwnOrganization() throws Exception {
        openPortalAs(PreviewApp.CUSTOMER_EN);
        choose("usage-question");
        type("summary", "Restore one file");
        type("product", "Backup Server");
        type("description", "How?");
        send();
        String larsKey = browser.findElement(By.cssSelector(".csla-sent-key")).getText();
        browser.findElement(By.id("csla-requests-link")).click();
        assertEquals("his organization has this one only", List.of(larsKey), listed());

        openPortalAs(PreviewApp.CUSTOMER_DE);
        browser.findElement(By.id("csla-requests-link")).click();
        List<String> annas = listed();
        assertFalse(annas.isEmpty());
        assertFalse("nothing of Lars's organization", annas.contains(larsKey));
        assertEquals("the samples reported under her contracts", app.jira.issues().stream()
                .filter(i -> i.reporterKey.equals(PreviewApp.CUSTOMER_DE)).count(), annas.size());
        List<String> statuses = browser.findElements(By.cssSelector(".csla-request td:nth-child(3)")).stream()
                .map(WebElement::getText).collect(java.util.stream.Collectors.toList());
        assertTrue("statuses as Jira translates them for her: " + statuses, statuses.contains("Offen")
                && !statuses.contains("Open") && !statuses.contains("Resolved"));
        Browser.screenshot(browser, "portal-de-requests");
        for (String page : new String[] {"2", "0", "-1", "abc", "99999999999"}) {
            browser.get(base + "/plugins/servlet/contract-sla/portal?view=requests&page=" + page);
            assertFalse(page, listed().contains(larsKey));
        }
    }

    private List<String> listed() {
        return browser.findElements(By.cssSelector(".csla-request-key")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.toList());
    }
}
