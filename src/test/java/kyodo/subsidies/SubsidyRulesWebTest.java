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
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of the "bad input" list over HTTP: a Japanese message by the field, nothing written. */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyRulesWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;
    @Inject
    kyodo.subsidies.internal.ReportReminders reportReminders;

    SubsidyFixture fx;
    long program;
    long window;
    long kickoff;
    long challenge;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @BeforeEach
    void setUp() {
        CLOCK.set(2020, 4, 10);
        fx = new SubsidyFixture(server.getURL(), accounts, data);
        program = fx.program("ルール確認用補助金 " + SubsidyFixture.unique(), 100_000);
        window = fx.window(program, 1, "2020-04-01T00:00", "2020-06-30T23:59", "2020-07-17");
        kickoff = fx.categoryId(program, "キックオフ部門");
        challenge = fx.categoryId(program, "チャレンジ部門");
    }

    private long applications(Rep rep) {
        return fx.number("SELECT COUNT(*) FROM sub_application WHERE group_id = ?", rep.groupId());
    }

    @Test
    void amountsOverTheCapOrTheRateOrNotAddingUpAreRefused() {
        Rep rep = fx.representative("上限確認");
        // キックオフ: at most ¥100,000.
        Page overCap = SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "上限超え", 0, 120_000, "submit")
                .post(rep.session(), server.getURL(), "/subsidies/apply");
        assertEquals(422, overCap.status());
        assertTrue(overCap.html().select("#requestedAmount-error").text().contains("上限額（100,000円）を超えています"));
        assertEquals("上限超え", overCap.html().select("#title").val(), "the input is kept");

        // チャレンジ: half of ¥100,000 eligible is ¥50,000.
        var overRate = SubsidyFixture.applicationForm(window, rep.groupId(), challenge, "補助率超え", 40_000, 60_000, "submit");
        Page rate = overRate.post(rep.session(), server.getURL(), "/subsidies/apply");
        assertEquals(422, rate.status());
        assertTrue(rate.html().select("#requestedAmount-error").text().contains("50,000円"), rate.text());

        // Income ¥10,000 + subsidy ¥50,000 against ¥100,000 of expenses.
        var totals = SubsidyFixture.applicationForm(window, rep.groupId(), challenge, "合計不一致", 50_000, 50_000, "submit");
        totals.row("incomeAmount", 1, "10000");
        Page mismatch = totals.post(rep.session(), server.getURL(), "/subsidies/apply");
        assertEquals(422, mismatch.status());
        assertTrue(mismatch.html().select("#budgetLines-error").text().contains("一致しません（差額 40,000円）"));

        // Full-width digits and commas are understood.
        var wide = SubsidyFixture.applicationForm(window, rep.groupId(), challenge, "全角入力", 50_000, 50_000, "save");
        wide.set("requestedAmount", "５０，０００");
        Page saved = wide.post(rep.session(), server.getURL(), "/subsidies/apply");
        assertEquals(303, saved.status(), saved.text());
        assertEquals(1, applications(rep), "only the valid draft was written");
    }

    @Test
    void attachmentsAreCheckedByContentAndSize() {
        Rep rep = fx.representative("添付確認");
        long id = SubsidyFixture.idFrom(SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "添付の確認", 0,
                50_000, "save").post(rep.session(), server.getURL(), "/subsidies/apply"), "/subsidies/applications/");
        String path = "/subsidies/applications/" + id + "/files";
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertEquals(303, rep.session().postMultipart(path, Map.of(),
                Map.of("attachment", new FilePart("計画書.pdf", "application/pdf", pdf))).status());

        Page disguised = rep.session().postMultipart(path, Map.of(),
                Map.of("attachment", new FilePart("写真.pdf", "application/pdf", png)));
        assertEquals(422, disguised.status());
        assertTrue(disguised.html().select("#attachment-error").text().contains("拡張子が一致しません"));

        Page text = rep.session().postMultipart(path, Map.of(),
                Map.of("attachment", new FilePart("メモ.pdf", "application/pdf", "ただの文字".getBytes())));
        assertEquals(422, text.status());
        assertTrue(text.html().select("#attachment-error").text().contains("PDF・PNG・JPEG"));

        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        Page tooLarge = rep.session().postMultipart(path, Map.of(),
                Map.of("attachment", new FilePart("大きい.pdf", "application/pdf", big)));
        assertEquals(422, tooLarge.status());
        assertTrue(tooLarge.html().select("#attachment-error").text().contains("5MB以下"));
        assertEquals(1, fx.number("SELECT COUNT(*) FROM sub_file WHERE owner_type = 'APPLICATION' AND owner_id = ?", id));

        // The file is the applicant's and staff's; another citizen gets nothing.
        long fileId = fx.number("SELECT id FROM sub_file WHERE owner_type = 'APPLICATION' AND owner_id = ?", id);
        assertEquals(200, rep.session().get("/subsidies/files/" + fileId).status());
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/subsidies/files/" + fileId).status());
    }

    @Test
    void scoresOutsideOneToFiveAndRecusedReviewersAreRefused() {
        Rep rep = fx.representative("採点確認");
        long id = fx.submit(rep, window, kickoff, "採点の確認", 0, 50_000);
        fx.accept(id);
        TestAccount reviewer = accounts.create(Role.REVIEWER);
        TestAccount conflicted = accounts.create(Role.REVIEWER);
        fx.assignReviewers(window, reviewer, conflicted);
        WebSession r = accounts.logIn(server.getURL(), reviewer);
        Page six = fx.score(r, id, 6);
        assertEquals(422, six.status());
        long criterion = fx.number("SELECT MIN(id) FROM sub_criterion WHERE program_id = ?", program);
        assertTrue(six.html().select("#score" + criterion + "-error").text().contains("1〜5"), six.html().select("main").html());
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_score WHERE application_id = ?", id));

        WebSession c = accounts.logIn(server.getURL(), conflicted);
        Page noReason = c.post("/review/subsidies/applications/" + id + "/conflict", SubsidyFixture.map("reason", ""));
        assertEquals(422, noReason.status());
        assertEquals(303, c.post("/review/subsidies/applications/" + id + "/conflict",
                SubsidyFixture.map("reason", "申請団体の役員と親族のため")).status());
        Page refused = fx.score(c, id, 3);
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("採点できません"));

        assertEquals(303, fx.score(r, id, 4).status());
        // Once scored, the rubric is fixed.
        Page locked = fx.staff.post("/admin/subsidies/programs/" + program + "/criteria",
                SubsidyFixture.map("criterionName", "地域性", "weight", "1"));
        assertEquals(422, locked.status());
        assertTrue(locked.html().select("main [role=alert]").text().contains("審査基準は変更できません"), locked.text());
        // A citizen cannot reach the reviewer pages.
        assertEquals(403, rep.session().get("/review/subsidies").status());
    }

    @Test
    void anAwardOverTheRemainingBudgetIsRefused() {
        Rep one = fx.representative("予算1");
        Rep two = fx.representative("予算2");
        long a = fx.submit(one, window, kickoff, "予算の確認1", 0, 80_000);
        long b = fx.submit(two, window, kickoff, "予算の確認2", 0, 30_000);
        fx.accept(a);
        fx.accept(b);
        fx.decide(a, "adopt", 80_000, "");
        Page over = fx.staff.post("/admin/subsidies/applications/" + b + "/decide",
                SubsidyFixture.map("decision", "adopt", "amount", "30000", "reason", ""));
        assertEquals(422, over.status());
        assertTrue(over.html().select("#amount-error").text().contains("予算残額（20,000円）を超える"));
        // A lower amount fits.
        fx.decide(b, "adopt", 20_000, "予算の範囲で減額");
        assertEquals(100_000, fx.number("SELECT SUM(awarded_amount) FROM sub_application WHERE program_id = ?", program));
    }

    /** Eight staff decide at the same moment on eight ¥30,000 applications against ¥100,000: three fit. */
    @Test
    void concurrentAwardsNeverExceedTheBudget() throws Exception {
        int n = 8;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Rep rep = fx.representative("同時" + i);
            long id = fx.submit(rep, window, kickoff, "同時決定" + i, 0, 30_000);
            fx.accept(id);
            ids.add(id);
        }
        List<WebSession> staff = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            staff.add(accounts.loggedIn(server.getURL(), Role.STAFF));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WebSession s = staff.get(i);
            long id = ids.get(i);
            results.add(pool.submit(() -> {
                start.await();
                return s.post("/admin/subsidies/applications/" + id + "/decide",
                        SubsidyFixture.map("decision", "adopt", "amount", "30000", "reason", "")).status();
            }));
        }
        start.countDown();
        int adopted = 0;
        int refused = 0;
        for (Future<Integer> f : results) {
            int status = f.get();
            if (status == 303) {
                adopted++;
            } else if (status == 422) {
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(3, adopted);
        assertEquals(5, refused);
        assertEquals(90_000, fx.number("SELECT COALESCE(SUM(awarded_amount), 0) FROM sub_application WHERE program_id = ?",
                program));
    }

    @Test
    void representativesAreRemindedOnceBeforeTheReportIsDue() {
        Rep rep = fx.representative("報告期限");
        long id = fx.submit(rep, window, kickoff, "報告期限の確認", 0, 50_000);
        fx.accept(id);
        fx.decide(id, "adopt", 50_000, "");
        fx.release(window);
        String reminders = "SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE '%実績報告の提出期限%'";
        // The project ends 2020-12-20; the report is due 30 days later, on 2021-01-19.
        CLOCK.set(2021, 1, 11);
        reportReminders.remindReports();
        assertEquals(0, fx.number(reminders, rep.account().email()));
        CLOCK.set(2021, 1, 12);
        reportReminders.remindReports();
        reportReminders.remindReports();
        assertEquals(1, fx.number(reminders, rep.account().email()));
        assertTrue(rep.session().get("/subsidies/applications/" + id).text().contains("2021年1月19日"));
    }
}
