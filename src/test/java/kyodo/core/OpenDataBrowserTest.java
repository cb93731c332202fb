package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-data catalogue in Chromium: axe-core at 1280 and 360 px, the column tables scroll on a phone. */
@MicronautTest(transactional = false)
class OpenDataBrowserTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theCatalogueIsAccessibleOnADesktopAndOnAPhone() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/opendata").assertAccessible();
            assertTrue(browser.text().contains("オープンデータ"));
            browser.desktop().screenshot("opendata-1280");
            browser.phone().screenshot("opendata-360");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('#events .table-scroll').scrollIntoView()");
            browser.screenshot("opendata-360-columns");
            browser.desktop();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('#groups .table-scroll').scrollIntoView()");
            browser.screenshot("opendata-1280-columns");
        }
    }
}
