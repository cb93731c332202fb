package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** At 360 px no page scrolls sideways, in any of the three text sizes: the page is exactly as wide as the window. */
    @Test
    void noPageScrollsSidewaysOnAPhoneInAnyTextSize() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        try (Browser browser = Browser.open(server.getURL())) {
            browser.phone();
            for (String size : Display.SIZES) {
                browser.go("/display?text=" + size + "&back=/");
                for (String path : java.util.List.of("/", "/events", "/events/calendar", "/groups", "/board", "/subsidies",
                        "/sitemap", "/contact", "/login", "/signup", "/search?q=%E8%AC%9B%E5%BA%A7")) {
                    browser.go(path);
                    String wide = overflow(browser);
                    if (!wide.isEmpty()) {
                        problems.add(size + " " + path + ": " + wide);
                    }
                }
                browser.go("/").screenshot("home-text-" + size + "-360");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** At 1280 px the menu's links sit in tidy columns: every link of a later row starts where one of the first row does. */
    @Test
    void atDesktopWidthTheMenuWrapsIntoColumns() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.desktop().go("/").screenshot("nav-1280");
            java.util.List<org.openqa.selenium.WebElement> items = browser.findAll(".main-nav li");
            int firstTop = items.get(0).getRect().getY();
            java.util.Set<Integer> columns = new java.util.HashSet<>();
            for (var item : items) {
                if (item.getRect().getY() == firstTop) {
                    columns.add(item.getRect().getX());
                }
            }
            for (var item : items) {
                assertTrue(columns.contains(item.getRect().getX()), "a link out of the columns: " + item.getText());
                assertEquals(items.get(0).getRect().getHeight(), item.getRect().getHeight(), item.getText());
            }
            assertEquals(1280L, ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth + (window.innerWidth - document.documentElement.clientWidth);")).longValue());
        }
    }

    /** Empty when the page fits the window; else the width and the elements that reach past it. */
    private static String overflow(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const w = document.documentElement.clientWidth, sw = document.documentElement.scrollWidth;"
                        + " if (sw <= w) return '';"
                        + " const out = [];"
                        + " for (const e of document.querySelectorAll('body *')) {"
                        + "   const r = e.getBoundingClientRect();"
                        + "   if (r.right > w + 0.5 && r.width > 0 && !e.closest('.table-scroll, .visually-hidden')) {"
                        + "     out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/ +/g, '.') : '') + '=' + Math.round(r.right));"
                        + "   }"
                        + "   if (out.length > 8) break;"
                        + " }"
                        + " return 'scrollWidth ' + sw + ' > ' + w + ': ' + out.join(', ');"));
    }

    private static String rootFontSize(Browser browser) {
        return style(browser, "html", "font-size");
    }

    private static String style(Browser browser, String css, String property) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", css, property));
    }
}
