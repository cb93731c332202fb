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
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures once an amount is confirmed lower than the award (額の確定): the public list shows the
 * confirmed amount, the ledger CSV has the reduction the page shows, a budget error writes its
 * amount with separators; and the audit page names what staff did in words.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyFiguresWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    SubsidyTestData data;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @Test
    void aConfirmedAmountLowerThanTheAwardIsWhatTheFiguresShow() {
        CLOCK.set(2020, 4, 10);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        long program = fx.program("額確定確認用補助金 " + SubsidyFixture.unique(), 300_000);
        long window = fx.window(program, 1, "2020-04-01T00:00", "2020-06-30T23:59", "2020-07-17");
        long kickoff = fx.categoryId(program, "キックオフ部門");
        Rep rep = fx.representative("額の確定");
        String title = "額の確定の確認 " + SubsidyFixture.unique();
        long id = fx.submit(rep, window, kickoff, title, 0, 80_000);
        fx.accept(id);
        fx.decide(id, "adopt", 80_000, "");
        fx.release(window);

        // The budget cannot go below what is awarded; the message writes the amount as people read it.
        Page below = fx.staff.post("/admin/subsidies/programs/" + program, SubsidyFixture.map("fiscalYear", "2020",
                "programName", "額確定確認用補助金", "purpose", "目的", "budget", "50000", "fundSource", "寄附金",
                "eligibleTypes", "CIVIC", "reportDueDays", "30"));
        assertEquals(422, below.status());
        assertTrue(below.html().select("#budget-error").text().contains("80,000円"), below.html().select("#budget-error").text());

        // Only ¥55,500 were spent: 10/10 of it, under ¥1,000 rounded down, is ¥55,000.
        CLOCK.set(2020, 12, 25);
        Page report = FormFields.of("reportText", "2回開催しました。", "expenseCategory", "HONORARIA",
                "expenseItem", "講師謝礼", "expenseAmount", "55500", "expenseEligible", "1")
                .post(rep.session(), server.getURL(), "/subsidies/applications/" + id + "/report");
        assertEquals(303, report.status(), report.text());
        assertEquals(303, fx.staff.post("/admin/subsidies/applications/" + id + "/confirm",
                SubsidyFixture.map("paidAmount", "")).status());

        String publicRow = WebSession.at(server.getURL()).get("/subsidies").html()
                .select("tr:contains(" + title + ")").text();
        assertTrue(publicRow.contains("¥55,000") && publicRow.contains("確定"), publicRow);
        assertFalse(publicRow.contains("¥80,000"), publicRow);

        assertEquals("¥25,000", fx.staff.get("/admin/subsidies/programs/" + program + "/ledger").html()
                .select("[data-k=reduced]").text());
        String csv = new String(fx.staff.get("/admin/subsidies/programs/" + program + "/ledger.csv").bytes(),
                StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().contains("確定額,額の確定による減,予算残額"), csv);
        assertTrue(csv.contains("合計,,300000,80000,80000,0,80000,55000,25000,245000"), csv);

        // The audit page says what happened, not a code.
        String audit = accounts.loggedIn(server.getURL(), Role.ADMIN).get("/admin/audit?action=sub.audit.amountConfirmed")
                .text();
        assertTrue(audit.contains("補助金の額の確定") && audit.contains("補助金申請 #" + id), audit);
        assertFalse(audit.contains("SUBSIDY_") || audit.contains("sub_application"), audit);
    }
}
