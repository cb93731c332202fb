package kyodo.points;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: the host scans the volunteer's booklet link and records today's activity, the
 * coordinator checks it, the volunteer sees the points; every page of the module passes axe-core.
 */
@MicronautTest(transactional = false)
class PointsBrowserTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PointsFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void hostConfirmsThroughTheQrLinkCoordinatorChecksVolunteerSeesThePoints() {
        CLOCK.set(java.time.LocalDateTime.of(2026, 12, 12, 11, 0));
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        PointsFixture.Host host = fixture.host(staff);
        TestAccount volunteer = fixture.volunteer();
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        String path;
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(volunteer.email(), volunteer.password());
            browser.go("/points").assertAccessible();
            browser.go("/points/activities/new").assertAccessible();
            browser.click("form[action='/points/activities'] button[type=submit]");
            assertTrue(browser.text().contains("入力してください"));
            browser.assertAccessible();
            browser.go("/points/booklet").assertAccessible().screenshot("points-booklet");
            path = java.net.URI.create(browser.find(".pts-url span:nth-of-type(2)").getText()).getPath();
            browser.go("/points/exchange?fy=2025").assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(host.representative().email(), host.representative().password());
            browser.go(path).assertAccessible();
            assertTrue(browser.text().contains(volunteer.name()));
            browser.type("#hours", "2").type("#description", "配膳の手伝い").click("main form[action^='/points/confirm'] button[type=submit]");
            assertTrue(browser.text().contains("受入先: 活動の確認"), browser.text());
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(coordinator.email(), coordinator.password());
            browser.go("/admin/points/checks").assertAccessible();
            assertTrue(browser.text().contains(volunteer.name()));
            long activity = fixture.count("SELECT id FROM pts_activity WHERE volunteer_id = ?", volunteer.id());
            browser.click("form[action='/admin/points/checks/" + activity + "/post'] button[type=submit]");
            assertTrue(browser.text().contains("確認し、ポイントを付けました"));
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(volunteer.email(), volunteer.password());
            browser.go("/points");
            String page = browser.find("main").getAttribute("textContent");
            assertTrue(page.contains("+2") && page.contains("受入先での活動"), page);
            browser.assertAccessible();
            browser.go("/").assertAccessible();
            assertTrue(browser.text().contains("あなたのポイント"));
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            for (String page : new String[]{"/admin/points", "/admin/points/rules/2026", "/admin/points/hosts?q=受入先",
                    "/admin/points/events", "/admin/points/adjust", "/admin/points/exchanges?fy=2026",
                    "/admin/points/reports?fy=2026"}) {
                browser.go(page).assertAccessible();
            }
            browser.go("/admin/points/reports?fy=2026").screenshot("points-report");
            browser.go("/admin/points/rules/2026").type("#dailyCap", "x").click("main form button[type=submit]");
            assertTrue(browser.text().contains("数字で入力"));
            browser.assertAccessible();
        }
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pts_award WHERE volunteer_id = ?", volunteer.id()));
    }
}
