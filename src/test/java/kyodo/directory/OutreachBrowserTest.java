package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 出前講座 in a browser: a representative offers a lecture, a resident requests it, the
 * coordinator arranges and confirms it; every new page is scanned with axe-core at desktop and
 * phone (360 px) width.
 */
@MicronautTest(transactional = false)
class OutreachBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    /** Scans the current page at desktop width and at 360 px. */
    private static void scan(Browser b) {
        b.assertAccessible();
        b.phone().assertAccessible();
        b.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    private static void scan(Browser b, String path) {
        b.go(path);
        scan(b);
    }

    /** Logs in and waits for the page after the login, so the next step does not race the redirect. */
    private static void logIn(Browser b, TestAccount account) {
        b.go("/login").type("#email", account.email()).type("#password", account.password());
        b.click("form[action='/login'] button[type=submit]");
    }

    private static void setDate(Browser b, String css, LocalDate date) {
        // Date inputs are typed differently per locale; set the value as the date picker would.
        ((JavascriptExecutor) b.driver()).executeScript("document.querySelector(arguments[0]).value = arguments[1]",
                css, date.toString());
    }

    @Test
    void aRequestGoesFromTheCatalogToAConfirmedLecture() {
        TestAccount rep = accounts.create(Role.CITIZEN);
        TestAccount requester = accounts.create(Role.CITIZEN);
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        TestAccount staff = accounts.create(Role.STAFF);
        long groupId = OutreachWebTest.approvedGroup(server.getURL(), accounts, accounts.logIn(server.getURL(), rep),
                "ドローンクラブ" + unique());
        String title = "ドローンのしくみ" + unique();
        String organisation = "若草児童館" + unique();

        String lecturePath;
        try (Browser b = Browser.open(server.getURL())) {
            logIn(b, rep);
            scan(b, "/groups/" + groupId + "/lectures");
            b.go("/groups/" + groupId + "/lectures/new");
            scan(b);
            b.type("#lecTitle", "");
            b.click("form[action='/groups/" + groupId + "/lectures'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"), b.text());
            scan(b);
            b.type("#lecTitle", title).type("#lecDescription", "ドローンが飛ぶしくみと操縦体験。")
                    .type("#lecAudienceNote", "小学3年生以上").type("#lecMinutes", "90")
                    .type("#lecPrepare", "体育館").type("#lecArea", "市内全域").type("#lecMaxPeople", "30");
            b.click("input[name=lecAudiences][value=ELEMENTARY]");
            b.click("input[name=activityFields][value=SCHOOL]");
            b.click("form[action='/groups/" + groupId + "/lectures'] button[type=submit]");
            assertTrue(b.text().contains("講座を登録しました"), b.text());
            scan(b);
            b.click("table a[href^='/groups/" + groupId + "/lectures/']");
            assertTrue(b.path().endsWith("/edit"));
            scan(b);
            scan(b, "/groups/" + groupId);
            b.click("#lectures a[href^='/lectures/']");
            lecturePath = b.path();
        }
        try (Browser b = Browser.open(server.getURL())) {
            scan(b, "/lectures");
            scan(b, "/lectures?q=" + title + "&field=SCHOOL&audience=ELEMENTARY");
            scan(b, "/lectures?q=no-such-lecture");
            assertTrue(b.text().contains("条件に合う講座はありません"));
            logIn(b, requester);
            b.go("/lectures?q=" + title);
            b.click("a[href='" + lecturePath + "']");
            scan(b);
            b.click("a[href='" + lecturePath + "/request']");
            scan(b);
            b.click("form[action='" + lecturePath + "/request'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"), b.text());
            scan(b);
            b.type("#reqOrganisation", organisation).type("#reqPhone", "0123-45-6789")
                    .type("#reqPlace", "若草児童館 遊戯室").type("#reqParticipants", "20");
            setDate(b, "#reqDate1", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30));
            b.click("form[action='" + lecturePath + "/request'] button[type=submit]");
            assertTrue(b.text().contains("お申し込みを受け付けました"), b.text());
            scan(b);
            scan(b, "/lectures/requests/mine");
            assertTrue(b.text().contains(title));
        }
        try (Browser b = Browser.open(server.getURL())) {
            logIn(b, coordinator);
            scan(b, "/admin/lecture-requests");
            // Other tests' requests share the database: open ours by its id.
            long id = data.count("SELECT MAX(id) FROM dir_lecture_request WHERE organisation = ?", organisation);
            b.click("table a[href='/admin/lecture-requests/" + id + "']");
            assertTrue(b.text().contains(organisation));
            scan(b);
            new Select(b.find("#reqStatus")).selectByValue("ARRANGING");
            b.type("#reqNote", "団体に日程を確認中");
            b.click("form[action$='/status'] button[type=submit]");
            assertTrue(b.text().contains("状況を変更し"), b.text());
            new Select(b.find("#reqStatus")).selectByValue("CONFIRMED");
            ((JavascriptExecutor) b.driver()).executeScript("document.querySelector('#fixedDate').value = ''");
            b.click("form[action$='/status'] button[type=submit]");
            assertTrue(b.text().contains("実施日を入力"), b.text());
            scan(b);
            new Select(b.find("#reqStatus")).selectByValue("CONFIRMED");
            setDate(b, "#fixedDate", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(40));
            b.click("form[action$='/status'] button[type=submit]");
            assertTrue(b.text().contains("成立"), b.text());
            scan(b);
            scan(b, "/admin/lecture-requests?status=CONFIRMED");
        }
        try (Browser b = Browser.open(server.getURL())) {
            logIn(b, rep);
            b.go("/groups/" + groupId + "/lectures");
            b.click("table a[href^='/groups/" + groupId + "/lecture-requests/']");
            assertTrue(b.text().contains("0123-45-6789"), "the representative sees the contact once 成立");
            scan(b);
        }
        try (Browser b = Browser.open(server.getURL())) {
            logIn(b, staff);
            scan(b, "/admin/lecture-requests?status=ALL");
        }
        assertTrue(data.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE ?",
                requester.email(), "%成立: " + title) == 1);
    }
}
