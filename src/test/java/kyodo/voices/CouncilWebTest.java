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
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 公募委員: a council with its seats, a call for citizen members, applications with an essay during the period
 * (one each), selection up to the seats, appointment, and the public list of councils with their citizen members.
 */
@MicronautTest(transactional = false)
class CouncilWebTest {

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

    static Map<String, String> application(String name, String essay) {
        return new HashMap<>(Map.of("applicantName", name, "applicantKana", "シミン タロウ", "applicantAddress", "さくら市中央2-3",
                "applicantPhone", "0476-00-1234", "ageBand", "AGE_40S", "essay", essay, "eligibleConfirmed", "on"));
    }

    @Test
    void citizensApplyWithAnEssayStaffSelectUpToTheSeatsAndAppointThem() {
        CLOCK.set(2035, 5, 1);
        YearFigures before = voices.figures(new FiscalYear(2035));
        VoicesFixture.Staff planner = fx.staff("企画政策課", false, false);
        VoicesFixture.Staff outsider = fx.staff("農政課", false, false);
        WebSession staff = planner.session(server.getURL());
        String name = VoicesFixture.unique("協働のまちづくり推進委員会");

        Map<String, String> council = new HashMap<>(Map.of("councilName", name, "departmentId", Long.toString(planner.departmentId()),
                "seats", "10", "citizenSeats", "12"));
        Page tooMany = staff.post("/admin/voices/councils", council);
        assertEquals(422, tooMany.status());
        assertTrue(tooMany.html().selectFirst("#citizenSeats-error").text().contains("10人"));
        council.put("citizenSeats", "３");
        council.put("seats", "二十");
        assertEquals("数字で入力してください", staff.post("/admin/voices/councils", council).html().selectFirst("#seats-error").text());
        council.put("seats", "10");
        Page created = staff.post("/admin/voices/councils", council);
        assertEquals(303, created.status(), created.text());
        long councilId = Long.parseLong(created.location().replaceAll("^/admin/voices/councils/(\\d+).*$", "$1"));
        assertEquals(422, staff.post("/admin/voices/councils", council).status(), "one council per name");

        Map<String, String> call = new HashMap<>(Map.of("recruitSeats", "5", "callEligibility", "市内在住の18歳以上の方",
                "essayTheme", "わたしが考える協働のまちづくり", "essayMax", "400", "opensOn", "2035-05-10", "closesOn", "2035-06-09",
                "termStartsOn", "2035-07-01", "termEndsOn", "2037-06-30"));
        Page seats = staff.post("/admin/voices/councils/" + councilId + "/recruitments", call);
        assertTrue(seats.html().selectFirst("#recruitSeats-error").text().contains("3人"), seats.text());
        call.put("recruitSeats", "1");
        call.put("termStartsOn", "2035-06-01");
        assertNotNull(staff.post("/admin/voices/councils/" + councilId + "/recruitments", call).html().selectFirst("#termStartsOn-error"));
        call.put("termStartsOn", "2035-07-01");
        assertEquals(422, outsider.session(server.getURL()).post("/admin/voices/councils/" + councilId + "/recruitments", call).status());
        Page opened = staff.post("/admin/voices/councils/" + councilId + "/recruitments", call);
        assertEquals(303, opened.status(), opened.text());
        long callId = Long.parseLong(opened.location().replaceAll("^/admin/voices/councils/recruitments/(\\d+).*$", "$1"));

        TestAccount alice = accounts.create(Role.CITIZEN);
        TestAccount bob = accounts.create(Role.CITIZEN);
        String apply = "/voices/councils/recruitments/" + callId + "/apply";
        int anonymous = WebSession.at(server.getURL()).post(apply, application("匿名", "作文")).status();
        assertTrue(anonymous == 401 || anonymous == 403, "sign in first: " + anonymous);
        Page early = accounts.logIn(server.getURL(), alice).post(apply, application(alice.name(), "協働について考えます。"));
        assertEquals(422, early.status());
        assertTrue(early.text().contains("募集期間ではない"));

        CLOCK.set(2035, 5, 20);
        WebSession a = accounts.logIn(server.getURL(), alice);
        WebSession b = accounts.logIn(server.getURL(), bob);
        assertTrue(a.get("/voices/councils/recruitments/" + callId).text().contains("わたしが考える協働のまちづくり（400字以内）"));
        Page long400 = a.post(apply, application(alice.name(), "あ".repeat(401)));
        assertEquals(422, long400.status());
        assertTrue(long400.html().selectFirst("#essay-error").text().contains("400字以内"));
        Map<String, String> kana = application(alice.name(), "協働について考えます。");
        kana.put("applicantKana", "shimin");
        assertNotNull(a.post(apply, kana).html().selectFirst("#applicantKana-error"));
        Map<String, String> unconfirmed = application(alice.name(), "協働について考えます。");
        unconfirmed.remove("eligibleConfirmed");
        assertNotNull(a.post(apply, unconfirmed).html().selectFirst("#eligibleConfirmed-error"));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_application WHERE recruitment_id = ?", callId));

        Page applied = a.post(apply, application(alice.name(), "地域の清掃活動を20年続けてきた経験を生かしたい。"));
        assertEquals(303, applied.status(), applied.text());
        assertTrue(a.get(applied.location()).text().matches(".*A2035-\\d{5}.*"));
        assertEquals(applied.location(), a.post(apply, application(alice.name(), "二度目の作文")).location(), "one application each");
        assertEquals(1, fx.mails(alice.email(), "【公募委員】応募を受け付けました%"));
        assertEquals(303, b.post(apply, application(bob.name(), "子育て世代の声を届けたい。")).status());
        assertEquals(2, fx.count("SELECT COUNT(*) FROM voi_application WHERE recruitment_id = ?", callId));

        staff = planner.session(server.getURL());
        Page during = staff.get("/admin/voices/councils/recruitments/" + callId);
        assertTrue(during.text().contains("選考は募集期間が終わってから"));
        long aliceApp = fx.count("SELECT id FROM voi_application WHERE recruitment_id = ? AND account_id = ?", callId, alice.id());
        long bobApp = fx.count("SELECT id FROM voi_application WHERE recruitment_id = ? AND account_id = ?", callId, bob.id());
        assertEquals(422, staff.post("/admin/voices/councils/recruitments/" + callId + "/applications/" + aliceApp,
                Map.of("decision", "SELECTED")).status());

        CLOCK.set(2035, 6, 10);
        staff = planner.session(server.getURL());
        assertEquals(403, outsider.session(server.getURL()).post("/admin/voices/councils/recruitments/" + callId + "/appoint", Map.of()).status());
        Page list = staff.get("/admin/voices/councils/recruitments/" + callId);
        assertTrue(list.text().contains(alice.name()) && list.text().contains("地域の清掃活動"));
        assertTrue(fx.audits(AuditLog.PERSONAL_DATA_VIEWED, planner.account().id(), "voi.audit.target.recruitment") >= 2);
        assertTrue(outsider.session(server.getURL()).get("/admin/voices/councils/recruitments/" + callId).text()
                .contains("担当課と企画・広聴の担当課の職員だけ"), "no applicants for another department");
        assertEquals(303, staff.post("/admin/voices/councils/recruitments/" + callId + "/applications/" + aliceApp,
                Map.of("decision", "SELECTED")).status());
        Page full = staff.post("/admin/voices/councils/recruitments/" + callId + "/applications/" + bobApp, Map.of("decision", "SELECTED"));
        assertEquals(422, full.status());
        assertTrue(full.text().contains("募集人数（1人）まで選んでいます"), full.text());
        Page undecided = staff.post("/admin/voices/councils/recruitments/" + callId + "/appoint", Map.of());
        assertTrue(undecided.text().contains("選考していない応募が1件"));
        assertEquals(303, staff.post("/admin/voices/councils/recruitments/" + callId + "/applications/" + bobApp,
                Map.of("decision", "NOT_SELECTED")).status());
        assertEquals(303, staff.post("/admin/voices/councils/recruitments/" + callId + "/appoint", Map.of()).status());
        assertEquals(422, staff.post("/admin/voices/councils/recruitments/" + callId + "/appoint", Map.of()).status(), "once");
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_council_member WHERE council_id = ? AND application_id = ?", councilId, aliceApp));
        assertEquals(1, fx.mails(alice.email(), "【公募委員】選考の結果%"));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND body LIKE '%委員をお願いしないこと%'", bob.email()));

        CLOCK.set(2035, 7, 2);
        Page councils = WebSession.at(server.getURL()).get("/voices/councils");
        var row = councils.html().select("tr:has(th:contains(" + name + "))").first();
        assertNotNull(row, councils.text());
        assertTrue(row.text().contains("1人"), row.text());
        YearFigures after = voices.figures(new FiscalYear(2035));
        assertEquals(before.citizenMembers() + 1, after.citizenMembers());
        assertEquals(before.councilsWithCitizenMembers() + 1, after.councilsWithCitizenMembers());
    }
}
