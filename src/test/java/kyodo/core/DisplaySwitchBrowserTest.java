package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text size and contrast links work without script, and pages stay accessible when large or high-contrast. */
@MicronautTest(transactional = false)
class DisplaySwitchBrowserTest {

    @Inject
    EmbeddedServer server;

    @Test
    void largeTextIsOneAndAQuarterTimesAndThePagesStayAccessible() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.desktop().go("/events");
            assertEquals("16px", rootFontSize(browser));
            browser.click("footer a[href^='/display?text=l']");
            assertEquals("/events", browser.path());
            assertEquals("20px", rootFontSize(browser));
            browser.screenshot("display-large-1280").assertAccessible();
            browser.phone().go("/").screenshot("display-large-360").assertAccessible();
            browser.desktop().click("footer a[href^='/display?text=xl']");
            assertEquals("24px", rootFontSize(browser));
            browser.phone().screenshot("display-xl-360").assertAccessible();
        }
    }

    @Test
    void highContrastIsBlackOnWhiteWithUnderlinedLinks() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.desktop().go("/events");
            browser.click("footer a[href^='/display?contrast=high']");
            assertEquals("/events", browser.path());
            assertEquals("rgb(0, 0, 0)", style(browser, "body", "color"));
            assertEquals("rgb(255, 255, 255)", style(browser, "body", "background-color"));
            assertEquals("rgb(0, 0, 0)", style(browser, ".footer-links a", "color"));
            assertEquals("underline", style(browser, ".footer-links a", "text-decoration-line"));
            browser.screenshot("display-contrast-1280").assertAccessible();
            browser.phone().go("/").screenshot("display-contrast-360").assertAccessible();
            browser.go("/groups").assertAccessible();
        }
    }

    private static String rootFontSize(Browser browser) {
        return style(browser, "html", "font-size");
    }

    private static String style(Browser browser, String css, String property) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", css, property));
    }
}
