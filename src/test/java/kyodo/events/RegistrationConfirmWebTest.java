package kyodo.events;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For residents on phones: the form goes to 入力内容の確認 first, then to the result with a 受付番号 (booking
 * number) that the mail and "my registrations" repeat; the status label at the edges of the registration
 * window; the venue's link to the GSI map.
 */
@MicronautTest(transactional = false)
class RegistrationConfirmWebTest {

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

    WebSession staff() {
        return accounts.loggedIn(server.getURL(), Role.STAFF);
    }

    /** An event with two companions allowed and two questions (a choice and free text). */
    long eventWithQuestions(int capacity) {
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("確認画面つき講座"), capacity);
        form.put("eventMaxCompanions", "2");
        form.put("eventQuestions", "参加のきっかけ｜広報紙｜友人の紹介\nご要望");
        return EventFixtures.createPublished(staff(), form);
    }

    /** The hidden fields a confirmation page's form carries, without the CSRF token. */
    static Map<String, String> carried(Page page, String formClass) {
        Element form = page.html().selectFirst("form." + formClass);
        assertNotNull(form, page.text());
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> {
            if (!i.attr("name").equals("csrfToken")) {
                fields.put(i.attr("name"), i.val());
            }
        });
        return fields;
    }

    long registrations(long eventId) {
        return Db.count(dataSource, "SELECT COUNT(*) FROM evt_registration WHERE event_id = ?", eventId);
    }

    @Test
    void theFormGoesToTheConfirmationThenToTheResultWithABookingNumber() {
        long id = eventWithQuestions(10);
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession citizen = accounts.logIn(server.getURL(), person);
        Page detail = citizen.get("/events/" + id);
        assertEquals("/events/" + id + "/confirm", detail.html().selectFirst("form.register-form").attr("action"));
        assertNotNull(detail.html().selectFirst("button[data-print]"), "the event page has a print button");

        Page confirm = citizen.post("/events/" + id + "/confirm",
                Map.of("eventCompanions", "１", "answer1", "広報紙", "answer2", "車いすで伺います"));
        assertEquals(200, confirm.status(), confirm.text());
        assertEquals("入力内容の確認", confirm.html().selectFirst("h1").text());
        assertTrue(confirm.text().contains("まだ申込みは完了していません"));
        assertTrue(confirm.text().contains("1名"));
        assertTrue(confirm.text().contains("広報紙"));
        assertTrue(confirm.text().contains("車いすで伺います"));
        assertEquals("この内容で申し込む", confirm.html().selectFirst("form.confirm-form button[type=submit]").text());
        assertEquals("修正する", confirm.html().selectFirst("form.revise-form button[type=submit]").text());
        assertEquals(0, registrations(id), "nothing is saved on the confirmation page");

        Map<String, String> fields = carried(confirm, "confirm-form");
        assertEquals("車いすで伺います", fields.get("answer2"));
        Page done = citizen.post(confirm.html().selectFirst("form.confirm-form").attr("action"), fields);
        assertEquals(303, done.status(), done.text());
        assertEquals("/events/" + id + "/registration", done.location());

        String number = Db.text(dataSource, "SELECT booking_number FROM evt_registration WHERE event_id = ? AND account_id = ?",
                id, person.id());
        assertTrue(number.matches("E" + id + "-\\d{4}"), number);
        Page result = citizen.get("/events/" + id + "/registration");
        assertEquals(number, result.html().selectFirst(".booking-number strong").text());
        assertTrue(result.text().contains("参加が確定しています"));
        assertTrue(result.text().contains("広報紙"));
        assertNotNull(result.html().selectFirst("button[data-print]"), "the result page has a print button");

        String mail = Db.text(dataSource, "SELECT body FROM core_outbox WHERE recipient = ? AND subject LIKE '%申込完了%' ORDER BY id DESC LIMIT 1",
                person.email());
        assertTrue(mail.contains("受付番号: " + number), mail);

        Page mine = citizen.get("/my/events");
        assertTrue(mine.text().contains(number), mine.text());
        assertNotNull(mine.html().selectFirst("button[data-print]"), "my registrations has a print button");

        // A registered person who goes to the confirmation again lands on the registration.
        Page again = citizen.post("/events/" + id + "/confirm", Map.of("eventCompanions", "0"));
        assertEquals(303, again.status());
        assertEquals(1, registrations(id));
    }

    @Test
    void reviseGoesBackToTheFormWithEverythingKept() {
        long id = eventWithQuestions(10);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page confirm = citizen.post("/events/" + id + "/confirm",
                Map.of("eventCompanions", "2", "answer1", "友人の紹介", "answer2", "手話通訳をお願いします"));
        assertEquals(200, confirm.status(), confirm.text());
        Page form = citizen.post(confirm.html().selectFirst("form.revise-form").attr("action"), carried(confirm, "revise-form"));
        assertEquals(200, form.status(), form.text());
        assertEquals("2", form.html().selectFirst("#eventCompanions").val());
        assertEquals("友人の紹介", form.html().selectFirst("#answer1 option[selected]").val());
        assertEquals("手話通訳をお願いします", form.html().selectFirst("textarea#answer2").text());
        assertEquals(0, registrations(id));
    }

    @Test
    void invalidInputStaysOnTheFormAndTamperedHiddenFieldsAreCheckedAgain() {
        long id = eventWithQuestions(10);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page wrong = citizen.post("/events/" + id + "/confirm", Map.of("eventCompanions", "3", "answer1", "広報紙"));
        assertEquals(422, wrong.status());
        assertNotNull(wrong.html().selectFirst("#eventCompanions-error"));
        assertEquals("3", wrong.html().selectFirst("#eventCompanions").val());

        Page confirm = citizen.post("/events/" + id + "/confirm", Map.of("eventCompanions", "1", "answer1", "広報紙"));
        Map<String, String> fields = carried(confirm, "confirm-form");
        for (Map.Entry<String, String> tampered : List.of(Map.entry("answer1", "たぶん"), Map.entry("eventCompanions", "9"),
                Map.entry("eventCompanions", "abc"), Map.entry("answer2", "x".repeat(1001)))) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(tampered.getKey(), tampered.getValue());
            Page refused = citizen.post("/events/" + id + "/register", changed);
            assertEquals(422, refused.status(), tampered + ": " + refused.status());
            assertNotNull(refused.html().selectFirst("#" + tampered.getKey() + "-error"), tampered.toString());
        }
        assertEquals(0, registrations(id));
        assertEquals(303, citizen.post("/events/" + id + "/register", fields).status());
        assertEquals(1, registrations(id));
    }

    @Test
    void theSameFormSentFourTimesAtOnceGivesOneRegistration() throws Exception {
        long id = eventWithQuestions(1);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page confirm = citizen.post("/events/" + id + "/confirm", Map.of("eventCompanions", "0", "answer1", "広報紙"));
        Map<String, String> fields = carried(confirm, "confirm-form");
        citizen.csrfToken();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return citizen.post("/events/" + id + "/register", fields).status();
            }));
        }
        start.countDown();
        for (Future<Integer> s : statuses) {
            assertEquals(303, s.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, registrations(id));
        assertEquals(1, Db.count(dataSource, "SELECT COUNT(DISTINCT booking_number) FROM evt_registration WHERE event_id = ?", id));
    }

    @Test
    void aWaitlistedRegistrationGetsANumberAndThePageSaysSo() {
        long id = EventFixtures.createPublished(staff(), EventFixtures.unique("一席だけの講座"), 1);
        WebSession first = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(303, first.post("/events/" + id + "/register", Map.of()).status());
        WebSession second = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page confirm = second.post("/events/" + id + "/confirm", Map.of("eventCompanions", "0"));
        assertTrue(confirm.text().contains("キャンセル待ちとして受け付けます"), confirm.text());
        assertEquals(303, second.post("/events/" + id + "/register", carried(confirm, "confirm-form")).status());
        Page result = second.get("/events/" + id + "/registration");
        assertTrue(result.text().contains("キャンセル待ち"));
        String number = result.html().selectFirst(".booking-number strong").text();
        assertTrue(number.matches("E" + id + "-0002"), number);
        assertTrue(second.get("/my/events").text().contains(number));
    }

    @Test
    void theStatusLabelAtTheEdgesOfTheRegistrationWindow() {
        LocalDate day = LocalDate.now(CityClock.JAPAN).plusDays(30);
        LocalDateTime opens = day.minusDays(20).atTime(9, 0);
        LocalDateTime closes = day.minusDays(2).atTime(17, 0);
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("受付状況の講座"), 1);
        form.put("eventOpensAt", EventFixtures.LOCAL.format(opens));
        form.put("eventClosesAt", EventFixtures.LOCAL.format(closes));
        WebSession staff = staff();
        long id = EventFixtures.createPublished(staff, form);
        WebSession visitor = WebSession.at(server.getURL());
        String month = day.toString().substring(0, 7);

        CLOCK.set(opens.minusMinutes(1));
        assertEquals("受付前", status(visitor.get("/events/" + id)));
        CLOCK.set(opens);
        assertEquals("受付中", status(visitor.get("/events/" + id)));
        assertTrue(calendarStatuses(visitor, month, id).contains("受付中"));
        CLOCK.set(closes);
        assertEquals("受付中", status(visitor.get("/events/" + id)));
        CLOCK.set(closes.plusMinutes(1));
        assertEquals("受付終了", status(visitor.get("/events/" + id)));
        assertTrue(calendarStatuses(visitor, month, id).contains("受付終了"));

        CLOCK.set(closes.minusHours(1));
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(303, citizen.post("/events/" + id + "/register", Map.of()).status());
        assertEquals("満席（キャンセル待ち可）", status(visitor.get("/events/" + id)));
        assertTrue(citizen.get("/my/events").html().select(".event-status").text().contains("満席（キャンセル待ち可）"));
        assertTrue(citizen.get("/events?q=" + java.net.URLEncoder.encode(form.get("eventTitle"), java.nio.charset.StandardCharsets.UTF_8))
                .html().select(".event-status").text().contains("満席（キャンセル待ち可）"));

        WebSession staffAgain = staff();
        assertEquals(303, staffAgain.post("/admin/events/" + id + "/postpone", Map.of("eventStatusNote", "会場の都合")).status());
        assertEquals("延期", status(visitor.get("/events/" + id)));
        assertEquals(303, staffAgain.post("/admin/events/" + id + "/cancel", Map.of("eventStatusNote", "感染症対策のため")).status());
        assertEquals("中止", status(visitor.get("/events/" + id)));
        assertTrue(citizen.get("/my/events").html().select(".event-status").text().contains("中止"));
    }

    private static String status(Page page) {
        assertEquals(200, page.status(), page.text());
        return page.html().selectFirst(".event-facts .event-status").text();
    }

    private static String calendarStatuses(WebSession visitor, String month, long id) {
        Page cal = visitor.get("/events/calendar?month=" + month);
        assertEquals(200, cal.status());
        return cal.html().select(".cal-list a[href='/events/" + id + "'] + .event-status").text();
    }

    @Test
    void theVenueLinksToTheGsiMapOnlyWithBothCoordinates() {
        WebSession staff = staff();
        Map<String, String> form = EventFixtures.form(EventFixtures.unique("地図つき講座"), 10);
        form.put("eventLatitude", "35.7266");
        form.put("eventLongitude", "９５");
        Page bad = staff.post("/admin/events", EventWebTest.with(form, "eventLatitude", "95.5"));
        assertEquals(422, bad.status());
        assertNotNull(bad.html().selectFirst("#eventLatitude-error"));
        Page half = staff.post("/admin/events", EventWebTest.with(form, "eventLongitude", ""));
        assertEquals(422, half.status());
        assertTrue(half.html().selectFirst("#eventLongitude-error").text().contains("両方"));
        Page text = staff.post("/admin/events", EventWebTest.with(form, "eventLongitude", "東経140度"));
        assertEquals(422, text.status());
        assertNotNull(text.html().selectFirst("#eventLongitude-error"));

        long id = EventFixtures.createPublished(staff, EventWebTest.with(form, "eventLongitude", "140.3433"));
        Element link = WebSession.at(server.getURL()).get("/events/" + id).html().selectFirst("a.venue-map");
        assertNotNull(link);
        assertEquals("https://maps.gsi.go.jp/#16/35.7266/140.3433/", link.attr("href"));
        assertEquals("35.7266", staff.get("/admin/events/" + id + "/edit").html().selectFirst("#eventLatitude").val());

        long without = EventFixtures.createPublished(staff, EventFixtures.unique("地図なし講座"), 10);
        assertNull(WebSession.at(server.getURL()).get("/events/" + without).html().selectFirst("a.venue-map"));
        assertFalse(WebSession.at(server.getURL()).get("/events/" + without).text().contains("地理院地図"));
    }
}
