package kyodo.subsidies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.subsidies.SubsidyFixture.Rep;
import kyodo.core.CityClock;
import kyodo.support.TestClock;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test: 令和2年度 市民活動支援補助金 as Tomisato ran it. Budget ¥600,000, four
 * windows, two チャレンジ applications in window 2 and one キックオフ in window 4, all adopted
 * (¥260,000), one チャレンジ project cancelled: ¥110,000 remain awarded and are confirmed.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class Fy2020WebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;
    @Inject
    SubsidyEventsRecorder events;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @Test
    void fiscalYear2020() {
        CLOCK.set(2020, 3, 15);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        String name = "市民活動支援補助金 " + SubsidyFixture.unique();
        long program = fx.program(name, 600_000);
        long w1 = fx.window(program, 1, "2020-04-01T00:00", "2020-04-30T23:59", null);
        long w2 = fx.window(program, 2, "2020-05-01T00:00", "2020-06-30T23:59", "2020-07-17");
        long w3 = fx.window(program, 3, "2020-07-01T00:00", "2020-08-31T23:59", null);
        long w4 = fx.window(program, 4, "2020-09-01T00:00", "2020-09-30T23:59", "2020-10-16");
        long kickoff = fx.categoryId(program, "キックオフ部門");
        long challenge = fx.categoryId(program, "チャレンジ部門");

        // The public page lists the call with its four windows.
        Page open = WebSession.at(server.getURL()).get("/subsidies");
        assertEquals(200, open.status());
        assertTrue(open.text().contains(name));
        assertTrue(open.text().contains("第4期"));

        Rep a = fx.representative("富里子育てネット");
        Rep b = fx.representative("里山クラブ");
        Rep c = fx.representative("新しい団体");
        TestAccount r1 = accounts.create(Role.REVIEWER);
        TestAccount r2 = accounts.create(Role.REVIEWER);
        TestAccount r3 = accounts.create(Role.REVIEWER);
        // r3 is a member of group a: recused from a's application automatically.
        assertEquals(303, a.session().post("/groups/" + a.groupId() + "/members",
                SubsidyFixture.map("memberEmail", r3.email())).status());

        // Window 1: nobody applies. Window 2 opens in May.
        CLOCK.set(2020, 5, 20);
        long appA = fx.submit(a, w2, challenge, "親子の居場所づくり", 150_000, 150_000);
        long appB = fx.submit(b, w2, challenge, "里山の再生", 50_000, 50_000);
        Page shown = a.session().get("/subsidies/applications/" + appA);
        assertTrue(shown.text().contains("提出済み"), shown.text());

        // A second submission of the same application changes nothing.
        Page again = SubsidyFixture.applicationForm(w2, a.groupId(), challenge, "親子の居場所づくり", 150_000, 150_000,
                "submit").post(a.session(), server.getURL(), "/subsidies/applications/" + appA + "/edit");
        assertEquals(422, again.status());
        assertTrue(again.text().contains("すでに提出されています"));

        // After the window closes nobody can apply to it.
        CLOCK.set(2020, 7, 1);
        Page late = SubsidyFixture.applicationForm(w2, c.groupId(), kickoff, "遅れた申請", 0, 50_000, "submit")
                .post(c.session(), server.getURL(), "/subsidies/apply");
        assertEquals(422, late.status());
        assertTrue(late.text().contains("募集期間が終了"));
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_application WHERE group_id = ?", c.groupId()));

        // Screening, reviewers, running order.
        fx.accept(appA);
        fx.accept(appB);
        fx.assignReviewers(w2, r1, r2, r3);
        assertEquals(303, new FormFields()
                .add("applicationId", String.valueOf(appA)).add("slotOrder", "1").add("slotTime", "13:30")
                .add("applicationId", String.valueOf(appB)).add("slotOrder", "2").add("slotTime", "13:50")
                .post(fx.staff, server.getURL(), "/admin/subsidies/windows/" + w2 + "/slots").status());

        // The review session, 2020-07-17.
        CLOCK.set(2020, 7, 17);
        WebSession s1 = accounts.logIn(server.getURL(), r1);
        WebSession s2 = accounts.logIn(server.getURL(), r2);
        WebSession s3 = accounts.logIn(server.getURL(), r3);
        assertEquals(303, fx.score(s1, appA, 5).status());
        // r2 cannot see r1's scores before scoring.
        assertFalse(s2.get("/review/subsidies/applications/" + appA).html().select("#others").hasText());
        assertEquals(303, fx.score(s2, appA, 4).status());
        assertTrue(s2.get("/review/subsidies/applications/" + appA).html().select("#others").text().contains("5"));
        Page recused = fx.score(s3, appA, 1);
        assertEquals(422, recused.status());
        assertTrue(recused.text().contains("審査からは外れている"));
        assertEquals(303, fx.score(s1, appB, 3).status());
        assertEquals(303, fx.score(s2, appB, 3).status());
        assertEquals(303, fx.score(s3, appB, 4).status());

        // Ranking: a = mean(5, 4) = 4.50 (r3 recused); b = mean(3, 3, 4) = 3.33.
        Document ranking = fx.staff.get("/admin/subsidies/windows/" + w2).html();
        String rankingText = ranking.select("#ranking-table").text();
        assertTrue(rankingText.contains("4.50"), rankingText);
        assertTrue(rankingText.contains("3.33"), rankingText);
        assertTrue(rankingText.indexOf("親子の居場所づくり") < rankingText.indexOf("里山の再生"));

        fx.decide(appA, "adopt", 150_000, "");
        fx.decide(appB, "adopt", 50_000, "");
        // Not visible to the applicant before the release.
        assertFalse(a.session().get("/subsidies/applications/" + appA).text().contains("採択（交付決定）"));
        fx.release(w2);
        Page released = a.session().get("/subsidies/applications/" + appA);
        assertTrue(released.text().contains("採択（交付決定）"), released.text());
        assertTrue(fx.number("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE '%採択%'",
                a.account().email()) >= 1);
        Page notice = a.session().get("/subsidies/applications/" + appA + "/notice");
        assertEquals(200, notice.status());
        assertTrue(notice.text().contains("交付決定通知書"));
        assertTrue(notice.text().contains("¥150,000"));

        // Window 3: nobody. Window 4: one キックオフ.
        CLOCK.set(2020, 9, 10);
        long appC = fx.submit(c, w4, kickoff, "はじめの一歩講座", 0, 60_000);
        fx.accept(appC);
        fx.assignReviewers(w4, r1, r2);
        CLOCK.set(2020, 10, 16);
        assertEquals(303, fx.score(s1, appC, 4).status());
        assertEquals(303, fx.score(s2, appC, 4).status());
        fx.decide(appC, "adopt", 60_000, "");
        fx.release(w4);

        Document beforeCancel = fx.staff.get("/admin/subsidies/programs/" + program + "/ledger").html();
        assertEquals("¥260,000", beforeCancel.select("[data-k=awarded]").text());
        assertEquals("¥340,000", beforeCancel.select("[data-k=remaining]").text());

        // Group a cancels its project (事業中止): the award goes back to the budget.
        CLOCK.set(2020, 11, 2);
        assertEquals(303, a.session().post("/subsidies/applications/" + appA + "/withdraw",
                SubsidyFixture.map("reason", "感染症拡大のため事業を中止します")).status());

        // b and c report and staff confirm the amounts.
        CLOCK.set(2020, 12, 25);
        report(fx, b, appB, 100_000);
        report(fx, c, appC, 60_000);
        confirm(fx, appB);
        confirm(fx, appC);

        Document ledger = fx.staff.get("/admin/subsidies/programs/" + program + "/ledger").html();
        assertEquals("¥600,000", ledger.select("[data-k=budget]").text());
        assertEquals("¥260,000", ledger.select("[data-k=awarded]").text());
        assertEquals("¥150,000", ledger.select("[data-k=withdrawn]").text());
        assertEquals("¥110,000", ledger.select("[data-k=netAwarded]").text());
        assertEquals("¥110,000", ledger.select("[data-k=confirmed]").text());
        assertEquals("¥490,000", ledger.select("[data-k=remaining]").text());
        String rows = ledger.select("#ledger-rows").text();
        assertTrue(rows.contains("第2期 チャレンジ部門 2 2 1"), rows);
        assertTrue(rows.contains("第4期 キックオフ部門 1 1 0"), rows);
        assertTrue(rows.contains("第1期 キックオフ部門 0 0 0"), rows);
        assertTrue(rows.contains("第3期 チャレンジ部門 0 0 0"), rows);

        // The same figures in the CSV (UTF-8 with BOM), and in Windows-31J on request.
        Page csv = fx.staff.get("/admin/subsidies/programs/" + program + "/ledger.csv");
        assertEquals(200, csv.status());
        byte[] bytes = csv.bytes();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("額の確定による減"), text);
        assertTrue(text.contains("合計,,600000,260000,260000,150000,110000,110000,0,490000"), text);
        Page sjis = fx.staff.get("/admin/subsidies/programs/" + program + "/ledger.csv?encoding=sjis");
        assertTrue(new String(sjis.bytes(), java.nio.charset.Charset.forName("windows-31j")).contains("予算額"));

        // The domain events other modules react to.
        assertTrue(events.awarded.stream().anyMatch(e -> e.applicationId() == appA && e.amount() == 150_000));
        assertTrue(events.awarded.stream().anyMatch(e -> e.applicationId() == appC && e.groupId() == c.groupId()));
        assertTrue(events.withdrawn.stream().anyMatch(e -> e.applicationId() == appA && e.releasedAmount() == 150_000));
        assertTrue(events.confirmed.stream().anyMatch(e -> e.applicationId() == appB && e.confirmedAmount() == 50_000
                && e.refundAmount() == 0));
        // Each was stored with the change (core's publication log) and marked delivered after the commit.
        assertEquals(1, fx.number("SELECT COUNT(*) FROM core_event_publication WHERE listener_id = 'test.subsidies.awarded' "
                + "AND payload LIKE ? AND completed_at IS NOT NULL", "%\"applicationId\":" + appA + ",%"));

        // The public page shows the adopted projects with the cancelled one marked.
        String publicText = WebSession.at(server.getURL()).get("/subsidies").text();
        assertTrue(publicText.contains("里山の再生"));
        assertTrue(publicText.contains("はじめの一歩講座"));
        assertTrue(publicText.contains("事業中止"));
    }

    private static void report(SubsidyFixture fx, Rep rep, long applicationId, long eligibleExpenses) {
        FormFields form = FormFields.of("reportText", "全5回の講座を開催し、延べ60名が参加しました。",
                "expenseCategory", "HONORARIA", "expenseItem", "講師謝礼", "expenseAmount", String.valueOf(eligibleExpenses),
                "expenseEligible", "1", "incomeCategory", "OWN_FUNDS", "incomeItem", "", "incomeAmount", "");
        Page page = form.post(rep.session(), fx.base, "/subsidies/applications/" + applicationId + "/report");
        assertEquals(303, page.status(), page.text());
    }

    private static void confirm(SubsidyFixture fx, long applicationId) {
        Page page = fx.staff.post("/admin/subsidies/applications/" + applicationId + "/confirm",
                SubsidyFixture.map("paidAmount", ""));
        assertEquals(303, page.status(), page.text());
    }
}
