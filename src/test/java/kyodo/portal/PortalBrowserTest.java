package kyodo.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Chromium: an editor previews and publishes a news item; every publishing page passes axe-core at 1280 and 360 px. */
@MicronautTest(transactional = false)
class PortalBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    @Test
    void anEditorPreviewsAndPublishesNewsAndEveryPublishingPagePassesAxe() {
        TestAccount editor = accounts.create(Role.COORDINATOR);
        String title = "フェスタ参加団体の募集 " + UUID.randomUUID().toString().substring(0, 6);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        staff.post("/admin/portal/corners", Map.of("cornerName", "図書館 " + title, "address", "本町2-2", "hours", "9:00～19:00"));
        String key = UUID.randomUUID().toString();
        staff.post("/admin/portal/cases", Map.of("formKey", key, "title", "事例 " + title, "groupName", "まちの会", "body", "本文 **強調**",
                "originKind", "NONE", "consentBy", "代表", "consentOn", "2026-01-10", "published", "true"));
        long caseId = Db.count(dataSource, "SELECT id FROM por_case WHERE form_key = ?", key);
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(editor.email(), editor.password());
            browser.go("/admin/portal/news").assertAccessible();
            browser.click("a[href='/admin/portal/news/new']");
            browser.assertAccessible();
            browser.type("#title", title).type("#body", "## 募集内容\n\n- 展示\n- **PR動画**\n\n[詳しく](https://example.jp/festa)");
            browser.click("button[formaction='/admin/portal/news/preview']");
            assertTrue(browser.find(".por-preview").getText().contains("募集内容"), browser.text());
            browser.assertAccessible();
            browser.click("main form button.button:not(.button--secondary)");
            assertTrue(browser.path().equals("/admin/portal/news"), browser.path());
            long id = Db.count(dataSource, "SELECT id FROM por_news WHERE title = ?", title);
            browser.go("/admin/portal/news/" + id + "/edit").assertAccessible();
            browser.type("#expiresOn", "");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('expiresOn').value='2000-01-01';");
            browser.click("main form button.button:not(.button--secondary)");
            assertTrue(browser.text().contains("掲載終了日は掲載開始日以降"), browser.text());
            browser.assertAccessible();
            for (String page : new String[]{"/admin/portal/cases", "/admin/portal/cases/new", "/admin/portal/cases/" + caseId + "/edit",
                    "/admin/portal/newsletters", "/admin/portal/corners"}) {
                browser.go(page).assertAccessible();
            }
            browser.go("/news").assertAccessible();
            assertTrue(browser.text().contains(title));
            browser.go("/news/" + id).assertAccessible().screenshot("portal-news");
            for (String page : new String[]{"/", "/cases", "/cases/" + caseId, "/newsletters", "/info-corners"}) {
                browser.go(page).assertAccessible();
            }
        }
    }
}
