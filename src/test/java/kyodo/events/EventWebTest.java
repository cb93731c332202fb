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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff create and publish events; citizens find them, register, join the waitlist and cancel. */
@MicronautTest(transactional = false)
class EventWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DataSource dataSource;

    WebSession staff() {
        return accounts.loggedIn(server.getURL(), Role.STAFF);
    }

    WebSession citizen() {
        return accounts.loggedIn(server.getURL(), Role.CITIZEN);
    }

    long count(String sql, Object... args) {
        return Db.count(dataSource, sql, args);
    }

    @Test
    void staffCreatePublishAndCitizensFindTheEvent() {
        WebSession staff = staff();
        String title = EventFixtures.unique("まちづくり講座");
        long id = EventFixtures.create(staff, EventFixtures.form(title, 30));

        // A draft is not public.
        WebSession visitor = WebSession.at(server.getURL());
        assertEquals(404, visitor.get("/events/" + id).status());
        assertFalse(visitor.get("/events?q=" + enc(title)).text().contains(title));

        Page show = staff.get("/admin/events/" + id + "?saved=1");
        assertEquals(200, show.status(), show.text());
        assertTrue(show.text().contains("下書き"));
        assertEquals(303, staff.post("/admin/events/" + id + "/publish", Map.of()).status());

        Page list = visitor.get("/events?q=" + enc(title));
        assertEquals(200, list.status());
        assertTrue(list.text().contains(title));
        assertTrue(list.text().contains("残り30席"));

        Page detail = visitor.get("/events/" + id);
        assertEquals(200, detail.status(), detail.text());
        assertTrue(detail.text().contains("市民活動サポートセンター 会議室"));
        assertTrue(detail.text().contains("千葉大学 清水洋行氏"));
        assertTrue(detail.text().contains("無料"));
        assertTrue(detail.text().contains("ログインして申し込む"));

        // Filters: category and mode
        assertTrue(visitor.get("/events?category=KOZA&q=" + enc(title)).text().contains(title));
        assertFalse(visitor.get("/events?category=FORUM&q=" + enc(title)).text().contains(title));
        assertFalse(visitor.get("/events?mode=online&q=" + enc(title)).text().contains(title));
        String month = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30).toString().substring(0, 7);
        assertTrue(visitor.get("/events?month=" + month + "&q=" + enc(title)).text().contains(title));
    }

    /** The anonymous list is served from a cache: it must follow every registration at once and hold no visitor's token. */
    @Test
    void anonymousListFollowsRegistrationsAtOnceAndCarriesNoVisitorToken() {
        String title = EventFixtures.unique("キャッシュ確認講座");
        long id = EventFixtures.createPublished(staff(), title, 2);
        WebSession first = WebSession.at(server.getURL());
        WebSession second = WebSession.at(server.getURL());
        Page before = first.get("/events?q=" + enc(title));
        assertTrue(before.text().contains("残り2席"), before.text());
        assertTrue(second.get("/events?q=" + enc(title)).text().contains("残り2席"));

        WebSession citizen = citizen();
        assertEquals(303, citizen.post("/events/" + id + "/register", Map.of("eventCompanions", "0")).status());
        assertTrue(first.get("/events?q=" + enc(title)).text().contains("残り1席"));
        assertEquals(303, accounts.loggedIn(server.getURL(), Role.CITIZEN)
                .post("/events/" + id + "/register", Map.of("eventCompanions", "0")).status());
        assertTrue(second.get("/events?q=" + enc(title)).text().contains("満席"));
        assertEquals(303, citizen.post("/events/" + id + "/cancel", Map.of()).status());
        assertTrue(first.get("/events?q=" + enc(title)).text().contains("残り1席"));

        // The stored page carries no token and sets none; a visitor who has one never sees it in the stored page.
        Page page = second.get("/events?q=" + enc(title));
        assertTrue(page.html().select("meta[name=csrf-token]").isEmpty());
        assertNull(page.headers().firstValue("Set-Cookie").orElse(null));
        String token = first.csrfToken();
        assertFalse(first.get("/events?q=" + enc(title)).body().contains(token));
        // A signed-in person gets their own page (with their name and token).
        Page signedIn = citizen.get("/events?q=" + enc(title));
        assertTrue(signedIn.body().contains(citizen.cookie("kyodo_csrf")));
    }

    /** Browsers ask for gzip: the stored list goes out compressed as stored, others get it plain. */
    @Test
    void anonymousListIsSentGzippedToBrowsersThatAskForIt() throws Exception {
        String title = EventFixtures.unique("圧縮確認講座");
        EventFixtures.createPublished(staff(), title, 5);
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(server.getURL() + "/events?q=" + enc(title));
        // The first request renders and stores the page, the second is served as stored.
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip, deflate").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
            String html = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(html.contains(title), html);
        }
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(plain.body().contains(title));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip;q=0").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.body().contains(title));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void registerShowsConfirmationAndMyRegistrationsAndDoubleSubmitCreatesOne() {
        WebSession staff = staff();
        String title = EventFixtures.unique("写真講座");
        long id = EventFixtures.createPublished(staff, title, 10);
        WebSession citizen = citizen();

        Page first = citizen.post("/events/" + id + "/register", Map.of("eventCompanions", "0"));
        assertEquals(303, first.status(), first.text());
        assertEquals("/events/" + id + "/registration", first.location());
        Page again = citizen.post("/events/" + id + "/register", Map.of("eventCompanions", "0"));
        assertEquals(303, again.status());
        assertEquals(1, count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", id));

        Page confirmation = citizen.get("/events/" + id + "/registration");
        assertTrue(confirmation.text().contains("参加が確定しています"), confirmation.text());
        assertTrue(citizen.get("/events/" + id).text().contains("残り9席"));
        Page mine = citizen.get("/my/events");
        assertTrue(mine.text().contains(title));
        assertTrue(mine.text().contains("参加確定"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ?", "【申込完了】" + title));
    }

    @Test
    void fullEventWaitlistsInOrderAndCancellationPromotesTheFirst() {
        WebSession staff = staff();
        String title = EventFixtures.unique("ワークショップ");
        long id = EventFixtures.createPublished(staff, title, 1);
        WebSession a = citizen();
        WebSession b = citizen();
        WebSession c = citizen();
        assertEquals(303, a.post("/events/" + id + "/register", Map.of()).status());

        Page detail = b.get("/events/" + id);
        assertTrue(detail.text().contains("満席 / キャンセル待ち"));
        assertTrue(detail.text().contains("申し込むとキャンセル待ちになり"));
        assertEquals(303, b.post("/events/" + id + "/register", Map.of()).status());
        assertEquals(303, c.post("/events/" + id + "/register", Map.of()).status());
        assertTrue(b.get("/events/" + id + "/registration").text().contains("キャンセル待ちです（1番目）"));
        assertTrue(c.get("/events/" + id + "/registration").text().contains("キャンセル待ちです（2番目）"));

        Page cancelled = a.post("/events/" + id + "/cancel", Map.of());
        assertEquals(303, cancelled.status(), cancelled.text());
        assertTrue(a.get("/my/events?cancelled=1").text().contains("取消済み"));
        assertTrue(b.get("/events/" + id + "/registration").text().contains("参加が確定しています"));
        assertTrue(c.get("/events/" + id + "/registration").text().contains("キャンセル待ちです（1番目）"));
        assertEquals(1, count("SELECT COUNT(*) FROM core_outbox WHERE subject = ?", "【参加確定】" + title));
        assertEquals(1, count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ? AND status = 'CONFIRMED'", id));

        // Cancelling again is refused with a message, nothing changes.
        Page twice = a.post("/events/" + id + "/cancel", Map.of());
        assertEquals(422, twice.status());
        assertTrue(twice.text().contains("取り消せる申込みがありません"));
    }

    @Test
    void registrationRulesGiveJapaneseMessagesAndWriteNothing() {
        WebSession staff = staff();
        // Not yet open
        Map<String, String> future = EventFixtures.form(EventFixtures.unique("未開始"), 10);
        future.put("eventOpensAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).plusDays(3)));
        long notYet = EventFixtures.createPublished(staff, future);
        WebSession citizen = citizen();
        Page early = citizen.post("/events/" + notYet + "/register", Map.of());
        assertEquals(422, early.status());
        assertTrue(early.text().contains("申込みの受付はまだ始まっていません"));

        // Closed: the deadline passed
        Map<String, String> closedForm = EventFixtures.form(EventFixtures.unique("締切済み"), 10);
        closedForm.put("eventOpensAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusDays(5)));
        closedForm.put("eventClosesAt", EventFixtures.LOCAL.format(LocalDateTime.now(kyodo.core.CityClock.JAPAN).minusMinutes(5)));
        long closed = EventFixtures.createPublished(staff, closedForm);
        Page late = citizen.post("/events/" + closed + "/register", Map.of());
        assertEquals(422, late.status());
        assertTrue(late.text().contains("申込みの受付は締め切りました"));

        // Companions: none allowed, then at most 2
        long solo = EventFixtures.createPublished(staff, EventFixtures.unique("本人のみ"), 10);
        Page withCompanion = citizen.post("/events/" + solo + "/register", Map.of("eventCompanions", "1"));
        assertEquals(422, withCompanion.status());
        assertTrue(withCompanion.text().contains("同伴者の申込みができません"));
        Map<String, String> pairs = EventFixtures.form(EventFixtures.unique("親子講座"), 10);
        pairs.put("eventMaxCompanions", "2");
        long family = EventFixtures.createPublished(staff, pairs);
        Page tooMany = citizen.post("/events/" + family + "/register", Map.of("eventCompanions", "3"));
        assertEquals(422, tooMany.status());
        assertEquals("同伴者は2名までです", tooMany.html().selectFirst("#eventCompanions-error").text());
        assertEquals("3", tooMany.html().selectFirst("#eventCompanions").attr("value"));
        assertEquals(303, citizen.post("/events/" + family + "/register", Map.of("eventCompanions", "2")).status());
        assertTrue(citizen.get("/events/" + family).text().contains("残り7席"));

        // Cancelled event
        long toCancel = EventFixtures.createPublished(staff, EventFixtures.unique("中止予定"), 10);
        assertEquals(303, staff.post("/admin/events/" + toCancel + "/cancel", Map.of("eventStatusNote", "台風のため")).status());
        Page cancelled = citizen.post("/events/" + toCancel + "/register", Map.of());
        assertEquals(422, cancelled.status());
        assertTrue(cancelled.text().contains("この講座は中止になったため、申込みできません"));

        assertEquals(0, count("SELECT COUNT(*) FROM evt_registration WHERE event_id IN (?, ?, ?, ?)", notYet, closed, solo, toCancel));
    }

    @Test
    void anonymousCannotRegister() {
        long id = EventFixtures.createPublished(staff(), EventFixtures.unique("ログイン必須"), 10);
        WebSession visitor = WebSession.at(server.getURL());
        Page page = visitor.post("/events/" + id + "/register", Map.of());
        assertTrue(page.status() == 401 || page.status() == 303 || page.status() == 403, "status " + page.status());
        assertEquals(0, count("SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", id));
    }

    @Test
    void questionsAreAskedAndChoicesChecked() {
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("質問つき"), 10);
        form.put("eventQuestions", "手話通訳は必要ですか｜必要｜不要\n講師への質問");
        long id = EventFixtures.createPublished(staff(), form);
        WebSession citizen = citizen();
        Page detail = citizen.get("/events/" + id);
        assertNotNull(detail.html().selectFirst("select#answer1"));
        assertNotNull(detail.html().selectFirst("textarea#answer2"));
        Page bad = citizen.post("/events/" + id + "/register", Map.of("answer1", "たぶん", "answer2", "よろしく"));
        assertEquals(422, bad.status());
        assertEquals("選択肢の中から選んでください", bad.html().selectFirst("#answer1-error").text());
        assertEquals("よろしく", bad.html().selectFirst("textarea#answer2").text());
        assertEquals(303, citizen.post("/events/" + id + "/register", Map.of("answer1", "必要", "answer2", "よろしく")).status());
        assertTrue(citizen.get("/events/" + id + "/registration").text().contains("手話通訳は必要ですか: 必要"));
    }

    @Test
    void citizensCannotReachStaffPages() {
        WebSession citizen = citizen();
        assertEquals(403, citizen.get("/admin/events").status());
        assertEquals(403, citizen.post("/admin/events", EventFixtures.form("x", 1)).status());
    }

    @Test
    void homePageShowsUpcomingEvents() {
        String title = EventFixtures.unique("ホーム掲載");
        EventFixtures.createPublished(staff(), title, 5);
        Page home = WebSession.at(server.getURL()).get("/");
        assertEquals(200, home.status());
        assertTrue(home.html().select("#slot-EVENTS").size() == 1);
    }

    static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    /**
     * The test JVM runs in UTC (see the pom), nine hours behind the city: an event whose registration
     * closed 30 minutes ago in Japan time must refuse, though the server's clock reads the morning before.
     */
    @Test
    void aDeadlineThatPassedInJapanTimeHasPassedWhateverTheServersZone() {
        assertEquals("UTC", java.util.TimeZone.getDefault().getID(), "the suite runs in UTC to prove this");
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        java.time.LocalDateTime japanNow = java.time.LocalDateTime.now(kyodo.core.CityClock.JAPAN);
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("締切の過ぎた講座"), 10);
        form.put("eventOpensAt", EventFixtures.LOCAL.format(japanNow.minusDays(2)));
        form.put("eventClosesAt", EventFixtures.LOCAL.format(japanNow.minusMinutes(30)));
        long id = EventFixtures.createPublished(staff, form);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession.Page refused = citizen.post("/events/" + id + "/register", Map.of());
        assertEquals(422, refused.status(), refused.text());
        assertTrue(refused.text().contains("申込みの受付は締め切りました"));
    }
}
