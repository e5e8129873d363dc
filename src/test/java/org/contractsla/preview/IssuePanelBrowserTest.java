package org.contractsla.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The agents' issue panel in a real browser, on the preview host: the app's template, context provider, script and
 * REST resource together. The severity form sends a change and the reloaded panel shows it; a refusal is shown
 * under the form in the agent's language; the panel follows the viewer's language; a customer cannot open another
 * organization's request. Screenshots in target/screenshots.
 */
public class IssuePanelBrowserTest extends PreviewBrowserTest {

    private void viewAs(String userKey) {
        browser.get(base + "/");
        new Select(browser.findElement(By.id("preview-user"))).selectByValue(userKey);
        browser.findElement(By.id("preview-switch")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.preview-issues")));
    }

    private List<String> changes() {
        return browser.findElements(By.cssSelector(".csla-changes li")).stream()
                .map(e -> e.getAttribute("textContent").trim()).collect(Collectors.toList());
    }

    @Test
    public void shouldChangeTheSeverityFromThePanelAndShowTheChange() throws Exception {
        viewAs(PreviewApp.AGENT);
        browser.get(base + "/browse/SUP-5"); // the sample that is still waiting for its first answer
        assertEquals("S3", browser.findElement(By.cssSelector(".csla-severity .aui-lozenge")).getText());
        assertFalse("its clocks run", browser.findElements(By.cssSelector(".csla-clock")).isEmpty());
        Browser.screenshot(browser, "issue-panel-en");
        int before = changes().size();

        browser.findElement(By.cssSelector(".csla-severity-change summary")).click();
        new Select(browser.findElement(By.id("csla-severity-level"))).selectByValue("S2");
        new Select(browser.findElement(By.id("csla-severity-environment"))).selectByValue("production");
        browser.findElement(By.id("csla-severity-reason")).sendKeys("Invoices cannot be printed");
        WebElement old = browser.findElement(By.cssSelector(".csla-panel"));
        browser.findElement(By.cssSelector(".csla-severity-form button[type=submit]")).click();

        waitUntilGone(old); // the script reloads the page after the change
        assertEquals("S2", browser.findElement(By.cssSelector(".csla-severity .aui-lozenge")).getText());
        List<String> after = changes();
        assertEquals(before + 1, after.size());
        assertTrue(after.get(after.size() - 1), after.get(after.size() - 1).contains("Invoices cannot be printed"));
        assertEquals("kept once", 1, app.severities.byRequest(String.valueOf(app.jira.issue("SUP-5").id)).stream()
                .filter(c -> "Invoices cannot be printed".equals(c.note())).count());
    }

    @Test
    public void shouldShowARefusalUnderTheFormInTheAgentsLanguage() throws Exception {
        viewAs(PreviewApp.ADMIN); // German
        browser.get(base + "/browse/SUP-3");
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector(".csla-severity-change summary")).click();
        new Select(browser.findElement(By.id("csla-severity-level"))).selectByValue("S1");
        new Select(browser.findElement(By.id("csla-severity-environment"))).selectByValue("production");
        // one answer of the S1 checklist without the other: the resource refuses and names the missing one
        new Select(browser.findElement(By.id("csla-severity-impossible"))).selectByValue("true");
        browser.findElement(By.cssSelector(".csla-severity-form button[type=submit]")).click();

        WebElement error = browser.findElement(By.cssSelector(".csla-form-error"));
        waiting().until(d -> !error.getText().isEmpty());
        String message = error.getText();
        assertEquals("the resource's answer in German, not the script's fallback",
                new org.contractsla.i18n.Messages(java.util.Locale.GERMAN).text(
                        "rest.error.severity.checklistIncomplete"), message);
        assertEquals("nothing changed", "S3", browser.findElement(By.cssSelector(".csla-severity .aui-lozenge"))
                .getText());
        assertTrue("the button works again",
                browser.findElement(By.cssSelector(".csla-severity-form button[type=submit]")).isEnabled());
        Browser.screenshot(browser, "issue-panel-de-refused");
    }

    @Test
    public void shouldKeepACustomerOutOfAnotherOrganizationsRequest() {
        viewAs(PreviewApp.CUSTOMER_EN);
        String anna = app.jira.issues().stream().filter(i -> i.reporterKey.equals(PreviewApp.CUSTOMER_DE))
                .findFirst().orElseThrow().key;
        browser.get(base + "/browse/" + anna);
        assertTrue(browser.findElements(By.cssSelector(".csla-panel")).isEmpty());
        browser.get(base + "/");
        assertFalse("not listed either", browser.findElement(By.cssSelector("table.preview-issues")).getText()
                .contains(anna + " "));
    }
}
