package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The month calendar in Chromium: a table at desktop width, a list on a phone, axe-clean at both. */
@MicronautTest(transactional = false)
class MonthCalendarBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void theCalendarIsATableOnADesktopAndAListOnAPhone() {
        YearMonth month = YearMonth.now(CityClock.JAPAN).plusMonths(2);
        String title = EventFixtures.unique("ブラウザのカレンダー講座");
        long id = MonthCalendarWebTest.eventInMonth(accounts.loggedIn(server.getURL(), Role.STAFF), month, title);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.desktop().go("/events");
            // Status and kind badges: one style, at least 14 px, with a border.
            org.openqa.selenium.WebElement badge = browser.find(".event-card .badge");
            assertTrue(Double.parseDouble(badge.getCssValue("font-size").replace("px", "")) >= 14, badge.getCssValue("font-size"));
            assertEquals("1px", badge.getCssValue("border-top-width"));
            browser.screenshot("events-list-1280").phone().screenshot("events-list-360").desktop();
            browser.click("main a[href='/events/calendar']");
            assertEquals("/events/calendar", browser.path());
            assertTrue(browser.find("table.cal td[aria-current=date]").isDisplayed());
            browser.assertAccessible().screenshot("calendar-this-month-1280");
            browser.click(".cal-nav a[rel=next]").click(".cal-nav a[rel=next]");
            assertTrue(browser.find("table.cal").isDisplayed());
            assertFalse(browser.find(".cal-list").isDisplayed());
            assertTrue(browser.find("table.cal a[href='/events/" + id + "']").isDisplayed());
            browser.assertAccessible().screenshot("calendar-1280");

            browser.phone();
            assertFalse(browser.find("table.cal").isDisplayed(), "no grid on a phone");
            assertTrue(browser.find(".cal-list a[href='/events/" + id + "']").isDisplayed());
            browser.screenshot("calendar-360");
            browser.click(".cal-list a[href='/events/" + id + "']");
            assertEquals("/events/" + id, browser.path());

            browser.go("/events/calendar?month=2026-13");
            assertTrue(browser.text().contains("月の指定が正しくありません"));
            browser.assertAccessible().screenshot("calendar-bad-month-360");
        }
    }
}
