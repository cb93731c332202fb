package kyodo.core;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a phone the navigation folds behind a menu button, opened by the keyboard; at desktop width it shows as before. */
@MicronautTest(transactional = false)
class PhoneMenuBrowserTest {

    @Inject
    EmbeddedServer server;

    @Test
    void onAPhoneTheLinksWaitBehindTheMenuButtonWhichTheKeyboardOpens() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.phone().go("/events").screenshot("phone-menu-closed-360");
            List<WebElement> links = browser.findAll(".main-nav a");
            assertFalse(links.isEmpty());
            assertTrue(links.stream().noneMatch(l -> visible(browser, l)), "links hidden until the menu is opened");
            WebElement button = browser.find(".main-nav__button");
            assertTrue(button.isDisplayed());
            // The header with the closed menu fits in well under a third of an 800 px screen.
            long headerHeight = browser.find(".site-header").getRect().getHeight();
            assertTrue(headerHeight < 800 / 3, "header is " + headerHeight + " px high");

            // Tab from the page's start until the menu button has the focus, then open it with Enter.
            WebElement focused = tabUntil(browser, "main-nav__button");
            assertEquals("summary", focused.getTagName());
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertTrue(links.stream().allMatch(l -> visible(browser, l)), "Enter opens the menu");
            // The next Tab reaches the first link, in the order of the list.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(links.get(0).getAttribute("href"), browser.driver().switchTo().activeElement().getAttribute("href"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(links.get(1).getAttribute("href"), browser.driver().switchTo().activeElement().getAttribute("href"));
            browser.screenshot("phone-menu-open-360");
            browser.assertAccessible();

            browser.click(".main-nav a[href='/groups']");
            assertEquals("/groups", browser.path());
            assertTrue(browser.findAll(".main-nav a").stream().noneMatch(l -> visible(browser, l)), "closed again on the next page");
        }
    }

    @Test
    void atDesktopWidthTheLinksShowWithoutAButton() {
        try (Browser browser = Browser.open(server.getURL())) {
            browser.desktop().go("/").screenshot("phone-menu-desktop-1280");
            assertFalse(browser.find(".main-nav__button").isDisplayed());
            List<WebElement> links = browser.findAll(".main-nav a");
            assertTrue(links.stream().allMatch(l -> visible(browser, l)));
            // One row of links, as before.
            assertEquals(links.get(0).getRect().getY(), links.get(1).getRect().getY());
            // Tab order: the skip link, the header's links, then the navigation's first link.
            WebElement focused = tabUntil(browser, null);
            assertEquals(links.get(0).getAttribute("href"), focused.getAttribute("href"));
            browser.assertAccessible();
        }
    }

    /**
     * Whether a person sees the element: the browser's own check (Selenium's isDisplayed counts everything in
     * a closed details element as hidden, even where the stylesheet shows it, as it does at desktop width).
     */
    private static boolean visible(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return arguments[0].checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0;", element));
    }

    /** Tabs until the focused element has the class (or, with null, is a main-nav link); fails after 30 tabs. */
    private static WebElement tabUntil(Browser browser, String className) {
        for (int i = 0; i < 30; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (className == null) {
                Object inNav = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.activeElement.closest('.main-nav ul') !== null");
                if (Boolean.TRUE.equals(inNav)) {
                    return focused;
                }
            } else if (String.valueOf(focused.getAttribute("class")).contains(className)) {
                return focused;
            }
        }
        throw new AssertionError("never reached " + className + " by Tab");
    }
}
