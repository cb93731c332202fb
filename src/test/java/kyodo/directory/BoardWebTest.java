package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The もとむ/ゆずる board: approval before publication, expiry, closing. */
@MicronautTest(transactional = false)
class BoardWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;

    static Map<String, String> request(String title) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "REQUEST");
        form.put("category", "HELP");
        form.put("postTitle", title);
        form.put("postBody", "高齢者サロンでのパソコン教室の講師を探しています。");
        form.put("neededOn", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(10).toString());
        form.put("timeText", "10時〜12時");
        form.put("place", "中央公民館");
        form.put("schoolDistrict", "中央小学校区");
        form.put("area", "中央地区");
        form.put("skills", "パソコン");
        form.put("activityFields", "ELDERLY");
        form.put("peopleNeeded", "2");
        return form;
    }

    static long post(WebSession s, Map<String, String> form) {
        Page created = s.post("/board", form);
        assertEquals(303, created.status(), created.text());
        String loc = created.location();
        return Long.parseLong(loc.substring("/board/".length(), loc.indexOf('?')));
    }

    /** Walks the approval queue's pages (20 each, oldest first) for the title. */
    static boolean queueShows(WebSession coordinator, String title) {
        for (int page = 1; page < 100; page++) {
            Page queue = coordinator.get("/admin/board?page=" + page);
            if (queue.text().contains(title)) {
                return true;
            }
            if (queue.html().selectFirst(".pager a[rel=next]") == null) {
                return false;
            }
        }
        return false;
    }

    @Test
    void theSameFormSentAtOnceIsOnePostAndNobodyFloodsTheBoard() throws Exception {
        TestAccount poster = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), poster);
        String formKey = s.get("/board/new").html().selectFirst("input[name=formKey]").val();
        Map<String, String> form = request("同時送信" + unique());
        form.put("formKey", formKey);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var sent = pool.invokeAll(java.util.Collections.nCopies(4, (java.util.concurrent.Callable<Page>) () -> s.post("/board", form)));
            java.util.Set<String> locations = new java.util.HashSet<>();
            for (var f : sent) {
                assertEquals(303, f.get().status(), f.get().text());
                locations.add(f.get().location());
            }
            assertEquals(1, locations.size(), "every sending shows the same post: " + locations);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_post WHERE account_id = ?", poster.id()));

        for (int i = 1; i < kyodo.directory.board.PostService.MAX_POSTS_PER_DAY; i++) {
            post(s, request("連続投稿" + i + unique()));
        }
        Page tooMany = s.post("/board", request("もう一件" + unique()));
        assertEquals(422, tooMany.status());
        assertTrue(tooMany.text().contains("1日（24時間）に投稿できるのは10件までです"), tooMany.text());
        assertEquals(kyodo.directory.board.PostService.MAX_POSTS_PER_DAY,
                data.count("SELECT COUNT(*) FROM dir_post WHERE account_id = ?", poster.id()));

        // The approval queue comes in pages of 20 with the total in its heading: two more posters make it more than 20.
        WebSession second = accounts.logIn(server.getURL(), accounts.create(Role.CITIZEN));
        WebSession third = accounts.logIn(server.getURL(), accounts.create(Role.CITIZEN));
        for (int i = 0; i < 6; i++) {
            post(second, request("二人目" + i + unique()));
            post(third, request("三人目" + i + unique()));
        }
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Page first = coordinator.get("/admin/board");
        assertTrue(first.html().select("#pending-title + ul > li").size() <= 20);
        long pending = data.count("SELECT COUNT(*) FROM dir_post WHERE status = 'PENDING'");
        assertTrue(first.html().selectFirst("#pending-title").text().contains(String.valueOf(pending)), first.html().selectFirst("#pending-title").text());
        assertNotNull(first.html().selectFirst(".pager a[rel=next]"), "more than 20 waiting: a next page");
        assertTrue(queueShows(coordinator, "連続投稿9"));
    }

    @Test
    void postsArePublicOnlyAfterApprovalAndUntilTheyExpireOrClose() {
        TestAccount poster = accounts.create(Role.CITIZEN);
        WebSession s = accounts.logIn(server.getURL(), poster);
        String title = "パソコン講師募集" + unique();
        long id = post(s, request(title));
        WebSession anonymous = WebSession.at(server.getURL());
        assertEquals(404, anonymous.get("/board/" + id).status());
        assertFalse(anonymous.get("/board").text().contains(title));
        assertTrue(s.get("/board/" + id).text().contains("確認待ち"));
        assertTrue(s.get("/board/mine").text().contains(title));

        assertEquals(403, s.post("/admin/board/" + id + "/approve", Map.of()).status());
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertTrue(queueShows(coordinator, title));
        assertEquals(303, coordinator.post("/admin/board/" + id + "/approve", Map.of()).status());
        assertTrue(anonymous.get("/board").text().contains(title));
        assertTrue(anonymous.get("/board?kind=REQUEST&field=ELDERLY").text().contains(title));
        assertFalse(anonymous.get("/board?kind=OFFER").text().contains(title));
        assertEquals(200, anonymous.get("/board/" + id).status());

        // Past its date the post leaves the board.
        data.count("SELECT COUNT(*) FROM dir_post WHERE id = ?", id);
        data.update("UPDATE dir_post SET expires_on = ? WHERE id = ?", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1), id);
        assertFalse(anonymous.get("/board").text().contains(title));
        assertEquals(404, anonymous.get("/board/" + id).status());
        assertTrue(s.get("/board/" + id).text().contains("掲載期限切れ"));
        data.update("UPDATE dir_post SET expires_on = ? WHERE id = ?", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(5), id);

        // Only the poster (or a coordinator) closes it.
        assertEquals(422, accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/board/" + id + "/close", Map.of()).status());
        assertEquals(303, s.post("/board/" + id + "/close", Map.of()).status());
        assertFalse(anonymous.get("/board").text().contains(title));
    }

    @Test
    void badPostsAreShownAgainWithMessages() {
        WebSession s = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long before = data.count("SELECT COUNT(*) FROM dir_post");
        Map<String, String> form = request("");
        form.put("category", "PROPERTY");
        form.put("neededOn", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1).toString());
        form.put("expiresOn", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(400).toString());
        form.put("peopleNeeded", "たくさん");
        Page page = s.post("/board", form);
        assertEquals(422, page.status());
        var html = page.html();
        assertEquals("入力してください", html.selectFirst("#postTitle-error").text());
        assertNotNull(html.selectFirst("#propertyKind-error"), "a property post needs its kind");
        assertTrue(html.selectFirst("#neededOn-error").text().contains("今日以降"));
        assertTrue(html.selectFirst("#expiresOn-error").text().contains("365日以内"));
        assertNotNull(html.selectFirst("#peopleNeeded-error"));
        assertEquals("パソコン", html.selectFirst("#skills").val());
        assertEquals(before, data.count("SELECT COUNT(*) FROM dir_post"));
    }

    @Test
    void aVacantHouseOfferCarriesTheOwnersIntention() {
        WebSession s = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Map<String, String> form = new HashMap<>();
        form.put("kind", "OFFER");
        form.put("category", "PROPERTY");
        form.put("propertyKind", "VACANT_HOUSE");
        form.put("postTitle", "空き家を地域の集会所に" + unique());
        form.put("postBody", "駅から徒歩10分の平屋です。");
        form.put("ownerIntention", "地域の活動になら無償で貸したい");
        long id = post(s, form);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page blank = coordinator.post("/admin/board/" + id + "/reject", map("rejectReason", ""));
        assertEquals(422, blank.status());
        assertEquals(303, coordinator.post("/admin/board/" + id + "/approve", Map.of()).status());
        Page page = WebSession.at(server.getURL()).get("/board/" + id);
        assertTrue(page.text().contains("空き家"));
        assertTrue(page.text().contains("地域の活動になら無償で貸したい"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_post WHERE id = ? AND expires_on = ?", id,
                LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(60)), "default expiry of 60 days");
    }
}
