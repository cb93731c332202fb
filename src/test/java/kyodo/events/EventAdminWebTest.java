package kyodo.events;

import kyodo.support.Db;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff event form's rules, editing, cancelling and postponing with notices to registrants. */
@MicronautTest(transactional = false)
class EventAdminWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    WebSession staff() {
        return accounts.loggedIn(server.getURL(), Role.STAFF);
    }

    long count(String sql, Object... args) {
        return Db.count(dataSource, sql, args);
    }

    private static String error(Page page, String field) {
        var element = page.html().selectFirst("#" + field + "-error");
        return element == null ? null : element.text();
    }

    @Test
    void formRejectsBadInputNextToTheFieldsAndKeepsIt() {
        WebSession staff = staff();
        String title = EventFixtures.unique("不正入力");
        Map<String, String> form = EventFixtures.form(title, 10);
        form.put("eventSessions", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(10) + " 12:00-10:00\n明日の午後");
        form.put("eventClosesAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(2)));
        form.put("eventCapacity", "ゼロ");
        form.put("eventTitleKana", "Kyodo");
        Page page = staff.post("/admin/events", form);
        assertEquals(422, page.status());
        assertTrue(error(page, "eventSessions").contains("1行目: 終了時刻は開始時刻より後にしてください"), error(page, "eventSessions"));
        assertTrue(error(page, "eventSessions").contains("2行目の日程の形式が正しくありません"));
        assertEquals("締切日時は受付開始日時より後にしてください", error(page, "eventClosesAt"));
        assertEquals("数字で入力してください", error(page, "eventCapacity"));
        assertEquals("カタカナまたはひらがなで入力してください", error(page, "eventTitleKana"));
        assertEquals(title, page.html().selectFirst("#eventTitle").attr("value"));
        assertTrue(page.html().selectFirst("#eventSessions").text().contains("明日の午後"));
        assertEquals(0, count("SELECT COUNT(*) FROM evt_event WHERE title = ?", title));

        Map<String, String> noPlace = EventFixtures.form(title, 10);
        noPlace.put("eventVenueName", "");
        Page place = staff.post("/admin/events", noPlace);
        assertEquals(422, place.status());
        assertTrue(error(place, "eventVenueName").contains("会場を入力するか"));
        Map<String, String> onlineNoUrl = EventFixtures.form(title, 10);
        onlineNoUrl.put("eventOnline", "true");
        assertEquals("オンラインで開催する場合は参加URLを入力してください", error(staff.post("/admin/events", onlineNoUrl), "eventOnlineUrl"));
    }

    @Test
    void fullWidthDigitsAndSeveralSessionsAreAccepted() {
        WebSession staff = staff();
        LocalDate d = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(40);
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("協働塾"), 20);
        form.put("eventCategory", "JUKU");
        String wide = d.toString().replace('0', '０').replace('1', '１').replace('2', '２');
        form.put("eventSessions", wide + " １０:００～１２:００\n" + d.plusDays(14) + " 10:00-12:00\n"
                + d.plusDays(28).toString().replace('-', '/') + " 10:00-12:00\n" + d.plusDays(42) + " 10:00-12:00");
        form.put("eventClosesAt", EventFixtures.LOCAL.format(d.minusDays(1).atTime(17, 0)));
        form.put("eventCompletionMin", "3");
        long id = EventFixtures.createPublished(staff, form);
        assertEquals(4, count("SELECT COUNT(*) FROM evt_session WHERE event_id = ?", id));
        Page detail = WebSession.at(server.getURL()).get("/events/" + id);
        assertTrue(detail.text().contains("全4回のうち3回以上の出席で修了"));
        assertTrue(detail.text().contains("第4回"));
    }

    @Test
    void publishRejectsSessionsInThePastAndEditRejectsCapacityBelowConfirmed() {
        WebSession staff = staff();
        Map<String, String> past = EventFixtures.form(EventFixtures.unique("過去日程"), 10);
        past.put("eventSessions", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(3) + " 10:00-12:00");
        past.put("eventOpensAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(10)));
        past.put("eventClosesAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(5)));
        long draft = EventFixtures.create(staff, past);
        Page refused = staff.post("/admin/events/" + draft + "/publish", Map.of());
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("過去の日程が含まれているため公開できません"));
        assertEquals(1, count("SELECT COUNT(*) FROM evt_event WHERE id = ? AND status = 'DRAFT'", draft));

        long id = EventFixtures.createPublished(staff, EventFixtures.unique("定員変更"), 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(303, accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/events/" + id + "/register", Map.of()).status());
        }
        WebSession waiting = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        waiting.post("/events/" + id + "/register", Map.of());
        Map<String, String> smaller = EventFixtures.form("定員変更", 2);
        Page tooSmall = staff.post("/admin/events/" + id, smaller);
        assertEquals(422, tooSmall.status());
        assertEquals("定員は参加確定済みの席数（3名）より少なくできません", error(tooSmall, "eventCapacity"));
        assertEquals(1, count("SELECT COUNT(*) FROM evt_event WHERE id = ? AND capacity = 3", id));

        // A larger capacity confirms the waitlist at once.
        Page bigger = staff.post("/admin/events/" + id, EventFixtures.form("定員変更", 4));
        assertEquals(303, bigger.status(), bigger.text());
        assertTrue(waiting.get("/events/" + id + "/registration").text().contains("参加が確定しています"));
        assertEquals(200, staff.get("/admin/events/" + id + "/edit").status());
    }

    @Test
    void cancelAndPostponeTellEveryRegistrantAndWaitlistedPerson() {
        WebSession staff = staff();
        String title = EventFixtures.unique("フォーラム");
        long id = EventFixtures.createPublished(staff, title, 1);
        WebSession a = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession b = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        a.post("/events/" + id + "/register", Map.of());
        b.post("/events/" + id + "/register", Map.of());

        assertEquals(303, staff.post("/admin/events/" + id + "/postpone", Map.of("eventStatusNote", "感染防止のため")).status());
        assertEquals(2, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ? AND body LIKE '%感染防止のため%'", "【延期】" + title));
        Page postponed = WebSession.at(server.getURL()).get("/events/" + id);
        assertTrue(postponed.text().contains("この講座・イベントは延期になりました"));
        Page blocked = accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/events/" + id + "/register", Map.of());
        assertEquals(422, blocked.status());
        assertTrue(blocked.text().contains("延期になったため"));

        // New dates: publish again, registrants are told.
        assertEquals(303, staff.post("/admin/events/" + id + "/publish", Map.of()).status());
        assertEquals(2, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ?", "【日程決定】" + title));

        assertEquals(303, staff.post("/admin/events/" + id + "/cancel", Map.of("eventStatusNote", "")).status());
        assertEquals(2, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ?", "【中止】" + title));
        // Links in mail are absolute (KYODO_BASE_URL) and every mail is signed by the center.
        assertEquals(2, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ? AND body LIKE ? AND body LIKE ?",
                "【中止】" + title, "%http://localhost/events/" + id + "%", "%市民活動サポートセンター%"));
        assertTrue(a.get("/my/events").text().contains("中止"));
        Page again = staff.post("/admin/events/" + id + "/cancel", Map.of("eventStatusNote", ""));
        assertEquals(422, again.status());
        assertTrue(again.text().contains("この講座の状態は変更できません"));
    }

    @Test
    void staffListShowsDraftsAndCoordinatorsMayManage() {
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        String title = EventFixtures.unique("交流会");
        long id = EventFixtures.create(coordinator, EventFixtures.form(title, 5));
        Page list = coordinator.get("/admin/events");
        assertEquals(200, list.status());
        assertTrue(list.text().contains(title));
        org.jsoup.nodes.Element row = list.html().select("tbody tr").stream()
                .filter(tr -> tr.text().contains(title)).findFirst().orElseThrow();
        assertEquals("下書き", row.selectFirst(".badge.event-status").text(), "the same status label as the public pages");
        assertEquals(200, coordinator.get("/admin/events/new").status());
        assertEquals(404, coordinator.get("/admin/events/99999999").status());
        assertTrue(id > 0);
    }

    /** A tiny valid PNG (1x1 pixel). */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void anEventCanHaveAnImageWithItsTextAndADraftsImageStaysPrivate() {
        WebSession staff = staff();
        String title = EventFixtures.unique("チラシつき講座");
        long id = EventFixtures.create(staff, EventFixtures.form(title, 10));
        String path = "/admin/events/" + id + "/image";

        // Refused, and what was typed is kept: no file, a text file named .png, no description.
        Page missing = staff.postMultipart(path, Map.of("eventImageAlt", "講座のチラシ"), Map.of());
        assertEquals(422, missing.status());
        assertTrue(missing.html().select("#eventImage-error").text().contains("画像ファイルを選んでください"), missing.text());
        assertEquals("講座のチラシ", missing.html().select("#eventImageAlt").attr("value"));
        Page disguised = staff.postMultipart(path, Map.of("eventImageAlt", "講座のチラシ"),
                Map.of("eventImage", new WebSession.FilePart("flyer.png", "image/png", "not an image".getBytes())));
        assertEquals(422, disguised.status());
        assertTrue(disguised.html().select("#eventImage-error").text().contains("PNG または JPEG"));
        Page noText = staff.postMultipart(path, Map.of("eventImageAlt", " "),
                Map.of("eventImage", new WebSession.FilePart("flyer.png", "image/png", PNG)));
        assertEquals(422, noText.status());
        assertTrue(noText.html().select("#eventImageAlt-error").text().contains("画像の説明を入力してください"));
        assertEquals(0, Db.count(dataSource, "SELECT COUNT(*) FROM evt_event_image WHERE event_id = ?", id));

        assertEquals(303, staff.postMultipart(path, Map.of("eventImageAlt", "10月5日 講座のチラシ"),
                Map.of("eventImage", new WebSession.FilePart("flyer.png", "image/png", PNG))).status());
        String src = staff.get("/admin/events/" + id).html().select("img.event-image").attr("src");
        assertTrue(src.startsWith("/events/" + id + "/image?v="), src);
        // A draft's image: staff see it, the public does not.
        assertEquals(200, staff.get(src).status());
        WebSession visitor = WebSession.at(server.getURL());
        assertEquals(404, visitor.get(src).status());

        assertEquals(303, staff.post("/admin/events/" + id + "/publish", Map.of()).status());
        var img = visitor.get("/events/" + id).html().select("img.event-image");
        assertEquals("10月5日 講座のチラシ", img.attr("alt"));
        Page image = visitor.get(img.attr("src"));
        assertEquals(200, image.status());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(PNG, image.bytes()));

        assertEquals(303, staff.post(path + "/delete", Map.of()).status());
        assertTrue(visitor.get("/events/" + id).html().select("img.event-image").isEmpty());
        assertEquals(404, visitor.get("/events/" + id + "/image").status());
    }

    @Test
    void theFirstImageSentFourTimesAtOnceIsStoredOnce() throws Exception {
        WebSession staff = staff();
        long id = EventFixtures.create(staff, EventFixtures.form(EventFixtures.unique("同時画像"), 10));
        String path = "/admin/events/" + id + "/image";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var sent = pool.invokeAll(java.util.Collections.nCopies(4, (java.util.concurrent.Callable<Page>) () ->
                    staff.postMultipart(path, Map.of("eventImageAlt", "講座のチラシ"),
                            Map.of("eventImage", new WebSession.FilePart("flyer.png", "image/png", PNG)))));
            for (var f : sent) {
                assertEquals(303, f.get().status(), f.get().text());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(*) FROM evt_event_image WHERE event_id = ?", id));
    }
}
