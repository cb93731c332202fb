package kyodo.events;

import kyodo.support.Db;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: register → waitlist → cancel → promotion, the staff pages and the roster at the
 * door, with an axe-core scan (WCAG 2 A/AA) of every page of the module.
 */
@MicronautTest(transactional = false)
class EventBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    static final kyodo.support.TestClock CLOCK = new kyodo.support.TestClock();

    @io.micronaut.test.annotation.MockBean(kyodo.core.CityClock.class)
    kyodo.core.CityClock clock() {
        return CLOCK;
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void registerWaitlistCancelAndPromotion() {
        WebSession staffSession = accounts.loggedIn(server.getURL(), Role.STAFF);
        String title = EventFixtures.unique("グラフィック・レコーディング講座");
        Map<String, String> form = EventFixtures.form(title, 1);
        form.put("eventQuestions", "参加のきっかけ｜広報紙｜友人の紹介｜その他");
        long id = EventFixtures.createPublished(staffSession, form);
        TestAccount first = accounts.create(Role.CITIZEN);
        TestAccount second = accounts.create(Role.CITIZEN);

        try (Browser a = Browser.open(server.getURL()); Browser b = Browser.open(server.getURL())) {
            a.go("/events").assertAccessible();
            a.go("/events/" + id).assertAccessible();
            a.logIn(first.email(), first.password()).go("/events/" + id);
            new org.openqa.selenium.support.ui.Select(a.find("#answer1")).selectByVisibleText("友人の紹介");
            a.click("form.register-form button[type=submit]");
            // 入力内容の確認: nothing saved yet; the page passes axe at both widths.
            assertEquals("/events/" + id + "/confirm", a.path());
            assertTrue(a.text().contains("入力内容の確認"));
            assertTrue(a.text().contains("友人の紹介"));
            a.assertAccessible();
            a.desktop().screenshot("events-confirm-1280");
            a.phone().screenshot("events-confirm-360");
            ((org.openqa.selenium.JavascriptExecutor) a.driver()).executeScript(
                    "document.querySelector('.confirm-actions').scrollIntoView({block: 'center'})");
            a.screenshot("events-confirm-360-buttons");
            a.desktop();
            // 修正する keeps the answer; then on to the registration.
            a.click("form.revise-form button[type=submit]");
            assertEquals("友人の紹介", new org.openqa.selenium.support.ui.Select(a.find("#answer1")).getFirstSelectedOption().getText());
            a.click("form.register-form button[type=submit]");
            a.click("form.confirm-form button[type=submit]");
            assertEquals("/events/" + id + "/registration", a.path());
            assertTrue(a.text().contains("参加が確定しています"));
            assertTrue(a.text().contains("受付番号"));
            a.assertAccessible();
            a.desktop().screenshot("events-result-1280");
            a.phone().screenshot("events-result-360");
            ((org.openqa.selenium.JavascriptExecutor) a.driver()).executeScript(
                    "document.querySelector('[data-print]').scrollIntoView({block: 'center'})");
            a.screenshot("events-result-360-actions");
            a.desktop();

            b.logIn(second.email(), second.password()).go("/events/" + id).phone();
            assertTrue(b.text().contains("満席 / キャンセル待ち"));
            b.assertAccessible();
            b.click("form.register-form button[type=submit]");
            assertTrue(b.text().contains("キャンセル待ちとして受け付けます"));
            b.assertAccessible();
            b.click("form.confirm-form button[type=submit]");
            assertTrue(b.text().contains("キャンセル待ちです（1番目）"));

            a.go("/events/" + id + "/registration").click("form[action$='/cancel'] button[type=submit]");
            assertEquals("/my/events", a.path());
            assertTrue(a.text().contains("申込みを取り消しました"));
            a.assertAccessible();

            b.go("/my/events");
            assertTrue(b.text().contains("参加確定"), b.text());
            b.assertAccessible();
            b.go("/events/" + id + "/registration");
            assertTrue(b.text().contains("参加が確定しています"));
        }
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", id));
    }

    @Test
    void staffPagesAndRosterAtTheDoor() {
        TestAccount staff = accounts.create(Role.STAFF);
        WebSession staffSession = accounts.logIn(server.getURL(), staff);
        String title = EventFixtures.unique("ミーティング・ファシリテーション講座");
        Map<String, String> form = EventFixtures.form(title, 10);
        form.put("eventCompletionMin", "1");
        long id = EventFixtures.createPublished(staffSession, form);
        TestAccount citizen = accounts.create(Role.CITIZEN);
        accounts.logIn(server.getURL(), citizen).post("/events/" + id + "/register", Map.of());
        long session = Db.count(dataSource, "SELECT id FROM evt_session WHERE event_id = ?", id);
        assertEquals(303, staffSession.postMultipart("/admin/events/" + id + "/image", Map.of("eventImageAlt", "講座のチラシ"),
                Map.of("eventImage", new WebSession.FilePart("flyer.png", "image/png", EventAdminWebTest.PNG))).status());

        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staff.email(), staff.password());
            browser.go("/admin/events").assertAccessible();
            browser.go("/admin/events/new").assertAccessible();
            // An empty form shows the messages next to the fields, and the page stays accessible.
            browser.type("#eventTitle", "").click("form[action='/admin/events'] button[type=submit]");
            assertTrue(browser.text().contains("入力してください"));
            browser.assertAccessible();
            browser.go("/admin/events/" + id).assertAccessible();
            // The image form sent without a file: the message stands next to the field.
            browser.click("form[action$='/image'] button[type=submit]");
            assertTrue(browser.text().contains("画像ファイルを選んでください"));
            browser.assertAccessible();
            browser.go("/events/" + id).assertAccessible();
            browser.go("/admin/events/" + id + "/edit").assertAccessible();
            browser.go("/admin/events/reports").assertAccessible();

            // At the door: the session is today.
            CLOCK.set(java.time.LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30).atTime(10, 5));
            browser.logIn(staff.email(), staff.password());
            browser.go("/admin/events/" + id + "/sessions/" + session).assertAccessible();
            new org.openqa.selenium.support.ui.Select(browser.find("#mark-" + citizen.id())).selectByValue("present");
            browser.click("button.roster-save");
            assertTrue(browser.text().contains("出欠を保存しました"));
            assertTrue(browser.text().contains("出席 1名"));
            browser.phone().assertAccessible();
        }
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM evt_completion WHERE event_id = ?", id));
    }
}
