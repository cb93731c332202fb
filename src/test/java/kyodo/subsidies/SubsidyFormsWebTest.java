package kyodo.subsidies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.subsidies.SubsidyFixture.Rep;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms are records: text in a number or amount field is a message in Japanese by the field
 * (never a 500), a field sent twice is refused (never joined into another value), and the repeated
 * rows of the budget keep their order.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyFormsWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    SubsidyFixture fx;
    long program;
    long window;
    long kickoff;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @BeforeEach
    void setUp() {
        CLOCK.set(2020, 4, 10);
        fx = new SubsidyFixture(server.getURL(), accounts, data);
        program = fx.program("入力確認用補助金 " + SubsidyFixture.unique(), 300_000);
        window = fx.window(program, 1, "2020-04-01T00:00", "2020-06-30T23:59", "2020-07-17");
        kickoff = fx.categoryId(program, "キックオフ部門");
    }

    private Page post(WebSession session, String path, FormFields form) {
        return form.post(session, server.getURL(), path);
    }

    @Test
    void textInANumberFieldIsAMessageByTheField() {
        Page budget = fx.staff.post("/admin/subsidies/programs/" + program, SubsidyFixture.map("fiscalYear", "2020",
                "programName", "名前", "purpose", "目的", "budget", "六十万円", "fundSource", "寄附金",
                "eligibleTypes", "CIVIC", "reportDueDays", "三十"));
        assertEquals(422, budget.status());
        assertTrue(budget.html().select("#budget-error").text().contains("金額は数字で入力してください"), budget.text());
        assertTrue(budget.html().select("#reportDueDays-error").text().contains("数字で入力してください"));
        assertEquals("六十万円", budget.html().select("#budget").val(), "what was typed is shown again");

        Page number = fx.staff.post("/admin/subsidies/programs/" + program + "/windows", SubsidyFixture.map(
                "number", "二", "opensAt", "2020-07-01T00:00", "closesAt", "7月末", "sessionTime", "午後"));
        assertEquals(422, number.status());
        assertTrue(number.html().select("#number-error").text().contains("数字で入力してください"));
        assertTrue(number.html().select("#closesAt-error").text().contains("日時の形式"));
        assertTrue(number.html().select("#sessionTime-error").text().contains("時刻の形式"));

        Rep rep = fx.representative("数字確認");
        FormFields form = SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "数字の確認", 0, 50_000, "save")
                .set("requestedAmount", "たくさん").row("expenseAmount", 2, "二万円");
        Page amounts = post(rep.session(), "/subsidies/apply", form);
        assertEquals(422, amounts.status());
        assertTrue(amounts.html().select("#requestedAmount-error").text().contains("金額は数字で入力してください"));
        assertTrue(amounts.html().select("#expenseAmount2-error").text().contains("金額は数字で入力してください"));
        assertEquals("二万円", amounts.html().select("#expenseAmount2").val());
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_application WHERE group_id = ?", rep.groupId()));

        long id = fx.submit(rep, window, kickoff, "数字の確認", 0, 50_000);
        fx.accept(id);
        Page decision = fx.staff.post("/admin/subsidies/applications/" + id + "/decide",
                SubsidyFixture.map("decision", "adopt", "amount", "五万", "reason", ""));
        assertEquals(422, decision.status());
        assertTrue(decision.html().select("#amount-error").text().contains("金額は数字で入力してください"));

        TestAccount reviewer = accounts.create(Role.REVIEWER);
        fx.assignReviewers(window, reviewer);
        long criterion = fx.number("SELECT MIN(id) FROM sub_criterion WHERE program_id = ?", program);
        Page score = post(accounts.logIn(server.getURL(), reviewer), "/review/subsidies/applications/" + id + "/score",
                new FormFields().add("criterionId", String.valueOf(criterion)).add("score", "よい"));
        assertEquals(422, score.status());
        assertTrue(score.html().select("#score" + criterion + "-error").text().contains("1〜5"), score.text());

        Page slot = post(fx.staff, "/admin/subsidies/windows/" + window + "/slots", new FormFields()
                .add("applicationId", String.valueOf(id)).add("slotOrder", "最初").add("slotTime", "13:30"));
        assertEquals(422, slot.status());
        assertTrue(slot.text().contains("数字で入力してください"), slot.text());
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_application WHERE id = ? AND slot_order IS NOT NULL", id));
    }

    @Test
    void aFieldSentTwiceIsRefusedNotJoined() {
        Rep rep = fx.representative("二重送信");
        // Joined, 50000 and 1 would read as 500001 once the comma is taken for a thousands separator.
        FormFields twice = SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "二重の値", 0, 50_000, "save")
                .add("requestedAmount", "1");
        Page page = post(rep.session(), "/subsidies/apply", twice);
        assertTrue(page.status() == 400 || page.status() == 422, "refused, with the message by the field: " + page.status());
        assertEquals(0, fx.number("SELECT COUNT(*) FROM sub_application WHERE group_id = ?", rep.groupId()));

        Page budget = post(fx.staff, "/admin/subsidies/programs/" + program, FormFields.of("fiscalYear", "2020",
                "programName", "名前", "purpose", "目的", "budget", "300000", "fundSource", "寄附金",
                "eligibleTypes", "CIVIC", "reportDueDays", "30").add("budget", "1"));
        assertTrue(budget.status() == 400 || budget.status() == 422, "refused: " + budget.status());
        assertEquals(300_000, fx.number("SELECT budget FROM sub_program WHERE id = ?", program));
    }

    @Test
    void theBudgetRowsKeepTheirOrderAndTheirTicks() {
        Rep rep = fx.representative("行の確認");
        // Three expense rows, the middle one left empty; only the third is 補助対象.
        FormFields form = SubsidyFixture.applicationForm(window, rep.groupId(), kickoff, "行の確認", 0, 50_000, "save")
                .set("requestedAmount", "12000").remove("expenseEligible").add("expenseEligible", "3")
                .row("expenseItem", 2, "").row("expenseAmount", 2, "")
                .row("expenseCategory", 3, "PRINTING").row("expenseItem", 3, "チラシ印刷").row("expenseAmount", 3, "１２，０００円");
        long id = SubsidyFixture.idFrom(post(rep.session(), "/subsidies/apply", form), "/subsidies/applications/");
        assertEquals(java.util.List.of(1L, 3L), fx.numbers("SELECT line_no FROM sub_budget_line WHERE application_id = ? "
                + "AND kind = 'EXPENSE' ORDER BY line_no", id));
        assertEquals(java.util.List.of(3L), fx.numbers("SELECT line_no FROM sub_budget_line WHERE application_id = ? "
                + "AND kind = 'EXPENSE' AND eligible ORDER BY line_no", id));
        assertEquals(12_000, fx.number("SELECT amount FROM sub_budget_line WHERE application_id = ? AND line_no = 3 "
                + "AND kind = 'EXPENSE'", id));

        // The edit form shows the rows again in order, the tick on the third.
        var edit = rep.session().get("/subsidies/applications/" + id + "/edit").html();
        assertEquals("講師謝礼", edit.select("#expenseItem1").val());
        assertEquals("チラシ印刷", edit.select("#expenseItem2").val());
        assertTrue(edit.select("#expenseEligible2").hasAttr("checked"));
        assertTrue(!edit.select("#expenseEligible1").hasAttr("checked"));
    }

    /** A double (or quadruple) click on 追加する: one window is added, the others are told it exists; never a 500. */
    @Test
    void theSameWindowSentFourTimesAtOnceIsAddedOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return fx.staff.post("/admin/subsidies/programs/" + program + "/windows", SubsidyFixture.map(
                        "number", "3", "opensAt", "2020-09-01T00:00", "closesAt", "2020-09-30T23:59")).status();
            }));
        }
        start.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(st -> st == 303).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(st -> st == 422).count(), statuses.toString());
        assertEquals(1, fx.number("SELECT COUNT(*) FROM sub_window WHERE program_id = ? AND number = 3", program));
    }
}
