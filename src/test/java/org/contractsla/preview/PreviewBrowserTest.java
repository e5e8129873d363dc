package org.contractsla.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.After;
import org.junit.Before;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh preview host and a headless Chromium for each browser test; both stopped after it. */
public abstract class PreviewBrowserTest {

    protected PreviewApp app;
    protected PreviewServer server;
    protected String base;
    protected WebDriver browser;

    @Before
    public void startPreviewAndBrowser() throws Exception {
        browser = Browser.start();
        app = new PreviewApp(Path.of("examples"), Clock.systemUTC());
        server = new PreviewServer(app, Path.of("."), 0);
        server.start();
        base = "http://localhost:" + server.port();
    }

    @After
    public void stopPreviewAndBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /**
     * Waits until the element's page is gone. While the browser navigates, Chromium may answer for the old element
     * with another error than "stale" ("node does not belong to the document"): that counts as gone too.
     */
    protected void waitUntilGone(org.openqa.selenium.WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
