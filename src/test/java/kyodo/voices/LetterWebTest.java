package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FiscalYear;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 市政へのご意見・市長への手紙: a citizen's opinion gets a receipt number; the coordinating staff route it; the
 * department drafts the reply; a supervisor who did not draft it approves it and it is mailed; it is published
 * only with consent and without personal details; days to reply against the 10-day target; town meetings.
 */
@MicronautTest(transactional = false)
class LetterWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    VoicesFixture fx;
    @Inject
    VoicesApi voices;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    static Map<String, String> letter(String title, String email) {
        Map<String, String> form = new HashMap<>(Map.of("addressedTo", "MAYOR", "topic", "ROADS", "letterTitle", title,
                "letterBody", "小学校の通学路に歩道がなく危険です。整備を検討してください。", "replyWanted", "on",
                "senderName", "道野 歩", "senderEmail", email, "senderPhone", "090-1234-5678", "publishConsent", "on"));
        form.put("senderAddress", "さくら市東町9-8");
        return form;
    }

    long letterId(String title) {
        return fx.count("SELECT COALESCE(MAX(id), 0) FROM voi_letter WHERE title = ?", title);
    }

    @Test
    void anOpinionIsRoutedDraftedApprovedByAnotherSupervisorMailedAndPublishedWithoutPersonalDetails() {
        CLOCK.set(LocalDateTime.of(2033, 5, 10, 10, 0));
        VoicesFixture.Staff coordinator = fx.staff("秘書広報課", true, false);
        String roads = VoicesFixture.unique("道路河川課");
        long department = fx.department(roads, false);
        VoicesFixture.Staff drafter = fx.staffIn(department, roads, false);
        VoicesFixture.Staff approver = fx.staffIn(department, roads, true);
        VoicesFixture.Staff outsider = fx.staff("環境課", false, true);
        String title = VoicesFixture.unique("通学路の歩道について");
        String email = VoicesFixture.unique("michino-") + "@example.jp";
        WebSession citizen = WebSession.at(server.getURL());

        Map<String, String> empty = letter(title, email);
        empty.put("letterBody", "");
        assertEquals("ご意見を入力してください", citizen.post("/voices/letters", empty).html().selectFirst("#letterBody-error").text());
        Map<String, String> noContact = letter(title, "");
        noContact.remove("senderAddress");
        noContact.put("senderName", "");
        Page contact = citizen.post("/voices/letters", noContact);
        assertEquals(422, contact.status());
        assertTrue(contact.html().selectFirst("#senderName-error").text().contains("氏名"));
        assertTrue(contact.html().selectFirst("#senderEmail-error").text().contains("メールアドレスか住所"));
        Map<String, String> badMail = letter(title, "not-an-address");
        assertNotNull(citizen.post("/voices/letters", badMail).html().selectFirst("#senderEmail-error"));
        Map<String, String> topic = letter(title, email);
        topic.put("topic", "GOSSIP");
        assertNotNull(citizen.post("/voices/letters", topic).html().selectFirst("#topic-error"));
        Map<String, String> tooLong = letter(title, email);
        tooLong.put("letterBody", "あ".repeat(4001));
        assertTrue(citizen.post("/voices/letters", tooLong).html().selectFirst("#letterBody-error").text().contains("4000"));
        assertEquals(0, letterId(title), "nothing is written");

        Page sent = citizen.post("/voices/letters", letter(title, email));
        assertEquals(303, sent.status(), sent.text());
        Page receipt = citizen.get(sent.location());
        assertTrue(receipt.text().matches(".*L2033-\\d{5}.*") && receipt.text().contains("担当課で検討しています"), receipt.text());
        assertEquals(sent.location(), citizen.post("/voices/letters", letter(title, email)).location(), "sent twice: kept once");
        long id = letterId(title);
        assertEquals(1, fx.mails(email, "【市政へのご意見】受け付けました%"));
        assertEquals(1, fx.mails(coordinator.account().email(), "【市政へのご意見】新しいご意見%"));
        assertEquals(LocalDate.of(2033, 5, 20).toString(), fx.text("SELECT due_on FROM voi_letter WHERE id = ?", id));

        WebSession staff = drafter.session(server.getURL());
        assertEquals(403, staff.get("/admin/voices/letters/" + id).status(), "not routed to this department yet");
        assertEquals(0, fx.count("SELECT COUNT(*) FROM core_audit_log WHERE actor_id = ? AND action = ?", drafter.account().id(),
                AuditLog.PERSONAL_DATA_VIEWED));
        WebSession router = coordinator.session(server.getURL());
        Page opened = router.get("/admin/voices/letters/" + id);
        assertEquals(200, opened.status());
        assertTrue(opened.text().contains("道野 歩") && opened.text().contains(email));
        assertEquals(1, fx.audits(AuditLog.PERSONAL_DATA_VIEWED, coordinator.account().id(), "voi.audit.target.letter"));
        assertEquals(403, staff.post("/admin/voices/letters/" + id + "/route", Map.of("departmentId", Long.toString(department))).status(),
                "only the coordinating staff route (the letter is not this department's yet)");
        assertEquals("RECEIVED", fx.text("SELECT status FROM voi_letter WHERE id = ?", id));
        assertEquals(303, router.post("/admin/voices/letters/" + id + "/route", Map.of("departmentId", Long.toString(department))).status());
        assertEquals(1, fx.mails(drafter.account().email(), "【市政へのご意見】担当のご意見%"));
        assertEquals(403, outsider.session(server.getURL()).get("/admin/voices/letters/" + id).status(), "another department");

        WebSession supervisor = approver.session(server.getURL());
        assertEquals(303, supervisor.post("/admin/voices/letters/" + id + "/reply", Map.of("reply", "承認者が書いた回答案")).status());
        Page own = supervisor.post("/admin/voices/letters/" + id + "/approve", Map.of());
        assertEquals(422, own.status());
        assertTrue(own.text().contains("自分が書いた回答案は承認できません"), own.text());
        String reply = "ご指摘の区間は、来年度に路肩のカラー舗装を行います。";
        assertEquals(303, staff.post("/admin/voices/letters/" + id + "/reply", Map.of("reply", reply)).status());
        assertEquals(1, fx.mails(approver.account().email(), "【市政へのご意見】回答案の承認のお願い%"));
        Page notApprover = staff.post("/admin/voices/letters/" + id + "/approve", Map.of());
        assertEquals(422, notApprover.status());
        assertTrue(notApprover.text().contains("承認者だけ"));
        assertEquals(0, fx.mails(email, "【市政へのご意見】回答%"));

        CLOCK.set(LocalDateTime.of(2033, 5, 14, 15, 0));
        supervisor = approver.session(server.getURL());
        assertEquals(303, supervisor.post("/admin/voices/letters/" + id + "/approve", Map.of()).status());
        assertEquals(422, supervisor.post("/admin/voices/letters/" + id + "/approve", Map.of()).status(), "approved once");
        assertEquals(1, fx.mails(email, "【市政へのご意見】回答%"));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND body LIKE ?", email, "%" + reply + "%"));
        assertEquals("APPROVED", fx.text("SELECT status FROM voi_letter WHERE id = ?", id));
        assertEquals("MAIL", fx.text("SELECT reply_method FROM voi_letter WHERE id = ?", id));
        assertTrue(citizen.get(sent.location()).text().contains(reply), "the receipt shows the reply");
        assertTrue(supervisor.get("/admin/voices/letters/" + id).text().contains("受付から4日"));

        router = coordinator.session(server.getURL());
        Map<String, String> named = Map.of("publicTitle", "通学路の歩道について", "publicSummary", "道野さんから、通学路の歩道の整備を求めるご意見",
                "publicReply", reply);
        Page withName = router.post("/admin/voices/letters/" + id + "/publish", named);
        assertEquals(422, withName.status());
        assertTrue(withName.text().contains("送り主の氏名・メールアドレス・電話番号・住所"), withName.text());
        Page withPhone = router.post("/admin/voices/letters/" + id + "/publish", Map.of("publicTitle", "通学路の歩道について",
                "publicSummary", "通学路の歩道の整備を求めるご意見（連絡先 09012345678）", "publicReply", reply));
        assertEquals(422, withPhone.status());
        assertEquals(422, supervisor.post("/admin/voices/letters/" + id + "/publish", Map.of("publicTitle", "通学路",
                "publicSummary", "通学路の歩道の整備を求めるご意見", "publicReply", reply)).status(), "only the coordinating staff publish");
        assertEquals(303, router.post("/admin/voices/letters/" + id + "/publish", Map.of("publicTitle", "通学路の歩道について",
                "publicSummary", "通学路の歩道の整備を求めるご意見", "publicReply", reply)).status());
        Page list = WebSession.at(server.getURL()).get("/voices/letters");
        assertTrue(list.text().contains("通学路の歩道について"));
        Page published = WebSession.at(server.getURL()).get("/voices/letters/" + id);
        assertEquals(200, published.status());
        assertTrue(published.text().contains(reply));
        assertFalse(published.text().contains("道野") || published.text().contains(email) || published.text().contains("東町"));
    }

    @Test
    void aLetterWithoutConsentIsNeverPublishedAndOverdueOnesAreFlaggedAndCounted() {
        CLOCK.set(LocalDateTime.of(2034, 5, 1, 9, 0));
        FiscalYear year = new FiscalYear(2034);
        YearFigures before = voices.figures(year);
        VoicesFixture.Staff coordinator = fx.staff("秘書広報課", true, true);
        String late = VoicesFixture.unique("公園の遊具について");
        Map<String, String> form = letter(late, VoicesFixture.unique("park-") + "@example.jp");
        form.remove("publishConsent");
        assertEquals(303, WebSession.at(server.getURL()).post("/voices/letters", form).status());
        long id = letterId(late);

        CLOCK.set(LocalDateTime.of(2034, 5, 12, 9, 0));
        WebSession router = coordinator.session(server.getURL());
        Page inbox = router.get("/admin/voices/letters");
        var row = inbox.html().select("tr:has(a[href='/admin/voices/letters/" + id + "'])").first();
        assertNotNull(row, inbox.text());
        assertTrue(row.text().contains("期限超過"), row.text());
        assertEquals(303, router.post("/admin/voices/letters/" + id + "/route",
                Map.of("departmentId", Long.toString(coordinator.departmentId()))).status());
        VoicesFixture.Staff colleague = fx.staffIn(coordinator.departmentId(), coordinator.departmentName(), false);
        assertEquals(303, colleague.session(server.getURL()).post("/admin/voices/letters/" + id + "/reply",
                Map.of("reply", "遊具は来年度に更新します。")).status());
        assertEquals(303, router.post("/admin/voices/letters/" + id + "/approve", Map.of()).status());
        Page refused = router.post("/admin/voices/letters/" + id + "/publish", Map.of("publicTitle", "公園の遊具",
                "publicSummary", "遊具の更新を求めるご意見", "publicReply", "更新します。"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("公開に同意していない"));
        assertEquals(404, WebSession.at(server.getURL()).get("/voices/letters/" + id).status());

        String quick = VoicesFixture.unique("図書館の開館時間");
        assertEquals(303, WebSession.at(server.getURL()).post("/voices/letters", letter(quick, "lib@example.jp")).status());
        long second = letterId(quick);
        CLOCK.set(LocalDateTime.of(2034, 5, 15, 9, 0));
        router = coordinator.session(server.getURL());
        assertEquals(303, router.post("/admin/voices/letters/" + second + "/route",
                Map.of("departmentId", Long.toString(coordinator.departmentId()))).status());
        assertEquals(303, colleague.session(server.getURL()).post("/admin/voices/letters/" + second + "/reply",
                Map.of("reply", "金曜日の夜間開館を試行します。")).status());
        assertEquals(303, router.post("/admin/voices/letters/" + second + "/approve", Map.of()).status());

        YearFigures after = voices.figures(year);
        assertEquals(before.letters() + 2, after.letters());
        assertEquals(before.lettersReplied() + 2, after.lettersReplied());
        assertEquals(before.lettersRepliedInTarget() + 1, after.lettersRepliedInTarget(), "3 days is within 10, 11 is not");
        assertEquals(before.lettersOverdue() + 1, after.lettersOverdue());
        assertEquals(before.lettersPublished(), after.lettersPublished());
        assertNotNull(after.averageDaysToReply());
    }

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A published event of the events module, made through its staff pages. */
    long publishedEvent(WebSession staff, String title) {
        LocalDate day = LocalDate.now(CityClock.JAPAN).plusDays(20);
        Map<String, String> f = new HashMap<>();
        f.put("eventTitle", title);
        f.put("eventTitleKana", "まちかどしちょうしつ");
        f.put("eventDescription", "市長が地域に出向き、市民の皆さんと市政について話し合います。");
        f.put("eventCategory", "FORUM");
        f.put("eventOrganizer", "秘書広報課");
        f.put("eventLecturer", "");
        f.put("eventAudience", "どなたでも");
        f.put("eventFee", "0");
        f.put("eventFeeNote", "");
        f.put("eventContact", "秘書広報課");
        f.put("eventPhone", "0476-93-1111");
        f.put("eventAccessibility", "車いすで入場できます");
        f.put("eventVenueName", "東地区公民館");
        f.put("eventVenueAddress", "さくら市東町1-1");
        f.put("eventVenueAccess", "駅から徒歩10分");
        f.put("eventParking", "あり");
        f.put("eventOnline", "");
        f.put("eventOnlineUrl", "");
        f.put("eventCapacity", "40");
        f.put("eventOpensAt", LOCAL.format(LocalDateTime.now(CityClock.JAPAN).minusDays(1)));
        f.put("eventClosesAt", LOCAL.format(day.minusDays(1).atTime(17, 0)));
        f.put("eventMaxCompanions", "0");
        f.put("eventQuestions", "");
        f.put("eventCompletionMin", "");
        f.put("eventSessions", day + " 14:00-16:00");
        Page created = staff.post("/admin/events", f);
        assertEquals(303, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll("^/admin/events/(\\d+).*$", "$1"));
        assertEquals(303, staff.post("/admin/events/" + id + "/publish", Map.of()).status());
        return id;
    }

    @Test
    void opinionsRaisedAtATownMeetingAreRecordedAgainstTheEvent() {
        VoicesFixture.Staff coordinator = fx.staff("秘書広報課", true, false);
        WebSession staff = coordinator.session(server.getURL());
        String title = VoicesFixture.unique("まちかど市長室 in 東地区 ");
        long event = publishedEvent(staff, title);

        Page page = staff.get("/admin/voices/town-meetings");
        assertNotNull(page.html().selectFirst("#eventId option[value='" + event + "']"), page.text());
        assertEquals(422, staff.post("/admin/voices/town-meetings", Map.of("eventId", "999999999")).status());
        assertEquals(303, staff.post("/admin/voices/town-meetings", Map.of("eventId", Long.toString(event))).status());
        assertEquals(303, staff.post("/admin/voices/town-meetings", Map.of("eventId", Long.toString(event))).status(), "once");
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_town_meeting WHERE event_id = ?", event));
        assertTrue(staff.get("/admin/voices/town-meetings").text().contains(title.strip()));

        Map<String, String> record = new HashMap<>(Map.of("channel", "TOWN_MEETING", "eventId", Long.toString(event),
                "receivedOn", LocalDate.now(CityClock.JAPAN).toString(), "addressedTo", "MAYOR", "topic", "TOWN_PLANNING",
                "letterTitle", "東地区の交通について", "letterBody", "東地区にもコミュニティバスを走らせてほしいという意見がありました。"));
        Map<String, String> unknown = new HashMap<>(record);
        unknown.put("eventId", "999999999");
        assertNotNull(staff.post("/admin/voices/letters", unknown).html().selectFirst("#eventId-error"));
        Map<String, String> future = new HashMap<>(record);
        future.put("receivedOn", LocalDate.now(CityClock.JAPAN).plusDays(3).toString());
        assertTrue(staff.post("/admin/voices/letters", future).html().selectFirst("#receivedOn-error").text().contains("まだ来ていない"));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_letter WHERE event_id = ?", event));
        assertEquals(303, staff.post("/admin/voices/letters", record).status());
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_letter WHERE event_id = ? AND channel = 'TOWN_MEETING' "
                + "AND recorded_by = ?", event, coordinator.account().id()));
        var row = staff.get("/admin/voices/town-meetings").html().select("tr:has(a[href='/events/" + event + "'])").first();
        assertNotNull(row);
        assertTrue(row.select("td.num").text().contains("1"), row.text());
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/admin/voices/town-meetings").status());
    }
}
