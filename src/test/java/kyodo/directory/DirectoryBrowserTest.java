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

import java.util.Map;

import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every directory page scanned with axe-core (WCAG 2.0 A/AA), at desktop and phone width. */
@MicronautTest(transactional = false)
class DirectoryBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    kyodo.directory.imports.ImportJobs jobs;

    @Test
    void groupPagesAreAccessible() {
        TestAccount rep = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), rep);
        long id = DirectoryTestData.registerGroup(session, DirectoryTestData.groupForm("アクセシブルの会" + unique()));
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(rep.email(), rep.password());
            b.go("/groups/new").assertAccessible();
            b.click("form[action='/groups'] button[type=submit]");
            assertTrue(b.text().contains("入力してください"));
            b.assertAccessible();
            b.go("/groups/" + id).assertAccessible();
            b.go("/groups/" + id + "/edit").assertAccessible();
            b.go("/groups/mine").assertAccessible();
            b.phone().go("/groups/" + id).assertAccessible();
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(coordinator.email(), coordinator.password());
            b.go("/admin/groups").assertAccessible();
            b.go("/groups/" + id).assertAccessible();
            b.click("form[action='/admin/groups/" + id + "/approve'] button");
            b.go("/groups").assertAccessible();
            b.go("/groups?q=nothing-at-all").assertAccessible();
        }
    }

    /** A coordinator finds the best volunteer for a request and follows the match to its end, all by browser. */
    @Test
    void aCoordinatorMatchesAVolunteerEndToEnd() {
        String skill = "紙芝居" + unique();
        TestAccount requester = accounts.create(Role.CITIZEN);
        TestAccount volunteer = accounts.create(Role.CITIZEN);
        TestAccount coordinator = accounts.create(Role.COORDINATOR);
        TestAccount staff = accounts.create(Role.STAFF);
        WebSession vs = accounts.logIn(server.getURL(), volunteer);
        Map<String, String> form = VolunteerWebTest.volunteerForm(skill);
        vs.post("/volunteer", form);

        String[] postPath = new String[1];
        try (Browser b = Browser.open(server.getURL())) {
            // The requester posts through the form.
            b.logIn(requester.email(), requester.password());
            b.go("/board/new?kind=REQUEST").assertAccessible();
            b.click("form[action='/board'] button[type=submit]").assertAccessible();
            new org.openqa.selenium.support.ui.Select(b.find("#kind")).selectByValue("REQUEST");
            new org.openqa.selenium.support.ui.Select(b.find("#category")).selectByValue("HELP");
            b.type("#postTitle", "子ども会で" + skill + "を").type("#postBody", "夏休みの子ども会で読んでくださる方を探しています。")
                    .type("#skills", skill).type("#schoolDistrict", "中央小学校区");
            b.click("#avail_SAT_AM");
            b.click("form[action='/board'] button[type=submit]");
            assertTrue(b.text().contains("投稿を受け付けました"), b.text());
            b.assertAccessible();
            postPath[0] = b.path();
            b.go("/board/mine").assertAccessible();
            b.go("/volunteer").assertAccessible();
            b.go("/logout");
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(coordinator.email(), coordinator.password());
            // Other tests' posts share the database: act on this request by its id.
            String admin = "/admin" + postPath[0];
            b.go("/admin/board").assertAccessible();
            // The queue comes in pages, oldest first: follow 次へ to this request.
            while (b.findAll("form[action='" + admin + "/approve'] button").isEmpty()) {
                b.click(".pager a[rel=next]");
            }
            b.click("form[action='" + admin + "/approve'] button");
            b.go("/board").assertAccessible();
            b.go("/admin/board").assertAccessible();
            b.click("table a[href='" + admin + "/match']");
            assertTrue(b.path().endsWith("/match"));
            b.assertAccessible();
            String first = b.find("ol.card-list > li").getText();
            assertTrue(first.contains("技能が一致（" + skill + "）"), first);
            b.click("ol.card-list > li button[type=submit]");
            assertTrue(b.text().contains("依頼しました"));
            b.assertAccessible();
            b.go("/admin/volunteers").assertAccessible();
            b.click("table a").assertAccessible();
            b.phone().go("/admin/board").assertAccessible();
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(volunteer.email(), volunteer.password());
            b.go("/volunteer");
            b.click("a[href^='/volunteer/matches/']").assertAccessible();
            b.click("form[action$='/accept'] button");
            assertTrue(b.text().contains("引き受けました"));
            b.assertAccessible();
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(coordinator.email(), coordinator.password());
            b.go("/admin/board");
            b.go("/admin/volunteers?q=" + skill);
            b.click("table a");
            b.click("a[href$='/match']");
            // Date inputs are typed differently per locale; set the value as the date picker would.
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "document.querySelector('#activityDate').value = arguments[0]", java.time.LocalDate.now(kyodo.core.CityClock.JAPAN).toString());
            b.type("#minutes", "60");
            b.click("form[action$='/complete'] button");
            assertTrue(b.text().contains("活動の完了を記録しました"), b.text());
            assertTrue(b.text().contains("1時間活動しました"), b.text());
            b.assertAccessible();
            // The correction form of a done match, opened.
            b.click("details.dir-correct summary").assertAccessible();
            b.phone().assertAccessible().desktop();
        }
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/directory/import").assertAccessible();
            b.go("/admin/groups").assertAccessible();
            // A background import: while it runs (this one stays queued) and once done.
            long running = jobs.create(staff.id(), "volunteers", "名簿.csv");
            b.go("/admin/directory/import/jobs/" + running).assertAccessible();
            b.phone().go("/admin/directory/import/jobs/" + running).assertAccessible();
            long done = jobs.create(staff.id(), "volunteers", "名簿.csv");
            jobs.done(done, 3);
            b.go("/admin/directory/import/jobs/" + done).assertAccessible();
        }
    }
}
