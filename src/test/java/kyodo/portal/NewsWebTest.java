package kyodo.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * お知らせ: editors write Markdown with a preview; items show from their publication date to their expiry,
 * in the list, the home page's news slot and the Atom feed; bad dates and script write nothing.
 */
@MicronautTest(transactional = false)
class NewsWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    static Map<String, String> item(String key, String title, String body, String publishOn, String expiresOn) {
        Map<String, String> form = new HashMap<>();
        form.put("formKey", key);
        form.put("category", "EVENT");
        form.put("title", title);
        form.put("body", body);
        form.put("publishOn", publishOn);
        form.put("expiresOn", expiresOn);
        return form;
    }

    @Test
    void anItemShowsFromItsPublicationToItsExpiryInTheListTheHomePageAndTheFeed() throws Exception {
        CLOCK.set(2035, 5, 10);
        WebSession editor = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        String title = "協働塾の受講生募集 " + UUID.randomUUID().toString().substring(0, 6);
        Page form = editor.get("/admin/portal/news/new");
        String key = form.html().selectFirst("input[name=formKey]").attr("value");
        Map<String, String> news = item(key, title, "## 日程\n\n- 6月1日 第1回\n- **定員** 20名\n\n[申込み](https://example.jp/apply)",
                "2035-05-10", "2035-06-30");

        Page preview = editor.post("/admin/portal/news/preview", news);
        assertEquals(200, preview.status());
        assertTrue(preview.html().select(".por-preview h2 + div h2").text().contains("日程"), preview.body());
        assertEquals("定員", preview.html().selectFirst(".por-preview strong").text());
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM por_news WHERE form_key = ?", key), "a preview writes nothing");

        // The same form four times at once: one item.
        List<Integer> statuses = kyodo.supportmodule.SupportFixture.atOnce(4, () -> editor.post("/admin/portal/news", news).status());
        assertTrue(statuses.stream().allMatch(s -> s == 303), statuses.toString());
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM por_news WHERE form_key = ?", key));
        long id = Db.count(dataSource, "SELECT id FROM por_news WHERE form_key = ?", key);

        WebSession visitor = WebSession.at(server.getURL());
        assertTrue(visitor.get("/news").text().contains(title));
        assertTrue(visitor.get("/news?category=EVENT").text().contains(title));
        assertFalse(visitor.get("/news?category=SUBSIDY").text().contains(title));
        Page show = visitor.get("/news/" + id);
        assertEquals("https://example.jp/apply", show.html().selectFirst(".por-body a").attr("href"));
        assertTrue(visitor.get("/").html().select("section[aria-labelledby=slot-NEWS]").text().contains(title),
                "the home page's news slot shows the latest");

        Page feed = visitor.get("/news/feed.atom");
        assertEquals(200, feed.status());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Document atom = Jsoup.parse(feed.body(), "", Parser.xmlParser());
        assertEquals("http://www.w3.org/2005/Atom", atom.selectFirst("feed").attr("xmlns"));
        var entry = atom.select("entry").stream().filter(e -> e.selectFirst("title").text().equals(title)).findFirst().orElseThrow();
        assertTrue(entry.selectFirst("id").text().endsWith("/news/" + id));
        assertTrue(entry.selectFirst("link").attr("href").startsWith("http"));
        assertEquals("2035-05-10T00:00:00+09:00", entry.selectFirst("published").text());
        assertTrue(entry.selectFirst("content").text().contains("<strong>定員</strong>"), "the body as HTML, escaped in the XML");

        // Before its day and after its expiry it is not shown.
        CLOCK.set(2035, 7, 1);
        assertFalse(WebSession.at(server.getURL()).get("/news").text().contains(title));
        assertEquals(404, WebSession.at(server.getURL()).get("/news/" + id).status());
        assertFalse(WebSession.at(server.getURL()).get("/news/feed.atom").body().contains(title));
    }

    @Test
    void anItemThatExpiresBeforeItStartsOrCarriesScriptIsRefusedAndCitizensCannotEdit() {
        CLOCK.set(2035, 8, 1);
        WebSession editor = accounts.loggedIn(server.getURL(), Role.STAFF);
        String key = UUID.randomUUID().toString();
        Page backwards = editor.post("/admin/portal/news", item(key, "お知らせ", "本文", "2035-08-10", "2035-08-01"));
        assertEquals(422, backwards.status());
        assertTrue(backwards.html().selectFirst("#expiresOn-error").text().contains("掲載開始日以降"));
        Page scriptTitle = editor.post("/admin/portal/news", item(key, "<script>alert(1)</script>", "本文", "2035-08-01", ""));
        assertTrue(scriptTitle.html().selectFirst("#title-error").text().contains("スクリプト"));
        assertFalse(scriptTitle.body().contains("<script>alert(1)"));
        Page scriptLink = editor.post("/admin/portal/news", item(key, "お知らせ", "[押す](javascript:alert(1))", "2035-08-01", ""));
        assertTrue(scriptLink.html().selectFirst("#body-error").text().contains("javascript:"));
        Page badPreview = editor.post("/admin/portal/news/preview", item(key, "お知らせ", "<img src=x onerror=alert(1)>", "2035-08-01", ""));
        assertEquals(422, badPreview.status());
        assertTrue(badPreview.html().select(".por-preview").isEmpty());
        Page badDate = editor.post("/admin/portal/news", item(key, "お知らせ", "本文", "8月1日", ""));
        assertTrue(badDate.html().selectFirst("#publishOn-error").text().contains("日付"));
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM por_news WHERE form_key = ?", key), "nothing written");

        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/admin/portal/news").status());
        assertEquals(303, WebSession.at(server.getURL()).get("/admin/portal/news/new").status());
        assertEquals(200, accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/admin/portal/news").status(), "coordinators edit too");
    }
}
