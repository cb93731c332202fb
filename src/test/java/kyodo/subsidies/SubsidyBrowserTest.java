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
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * apply → screen → score → decide → release → report → confirm in Chromium, each person on
 * their own pages, with the axe-core scan (WCAG 2.0 A/AA) of every page of the module.
 */
@MicronautTest(transactional = false)
// The test moves the city clock through a past fiscal year: a session opened at the start stays open.
@Property(name = "kyodo.security.session-hours", value = "100000")
class SubsidyBrowserTest {

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
    void theWholeRoundInTheBrowser() {
        CLOCK.set(2020, 5, 20);
        SubsidyFixture fx = new SubsidyFixture(server.getURL(), accounts, data);
        long program = fx.program("ブラウザ確認補助金 " + SubsidyFixture.unique(), 600_000);
        long window = fx.window(program, 2, "2020-05-01T00:00", "2020-06-30T23:59", "2020-07-17");
        long kickoff = fx.categoryId(program, "キックオフ部門");
        Rep rep = fx.representative("ブラウザ団体");
        TestAccount staff = accounts.create(Role.STAFF);
        TestAccount reviewer = accounts.create(Role.REVIEWER);
        fx.assignReviewers(window, reviewer);

        long id;
        try (Browser b = Browser.open(server.getURL())) {
            b.go("/subsidies").assertAccessible();
            b.go("/subsidies/programs/" + program).assertAccessible();
            b.logIn(rep.account().email(), rep.account().password());
            b.go("/subsidies/my").assertAccessible();
            b.go("/subsidies/apply?windowId=" + window).phone().assertAccessible();
            b.find("#groupId option[value='" + rep.groupId() + "']").click();
            b.find("#categoryId option[value='" + kickoff + "']").click();
            b.type("#title", "ブラウザで申請").type("#purpose", "目的").type("#content", "内容")
                    .type("#schedule", "9月に2回").type("#place", "公民館").type("#expectedEffect", "効果")
                    .type("#expenseItem1", "講師謝礼").type("#expenseAmount1", "50000")
                    .type("#requestedAmount", "60000");
            // Date inputs take typed text in the browser's locale; set the ISO value as a date picker would.
            date(b, "projectStart", "2020-09-01");
            date(b, "projectEnd", "2020-10-31");
            b.click("button[value=submit]");
            // Over the rate: the message is next to the field and the page stays accessible.
            assertTrue(b.text().contains("補助対象経費に補助率を掛けた額（50,000円）を超えています"), b.text());
            b.assertAccessible();
            b.type("#requestedAmount", "50000").click("button[value=submit]");
            assertTrue(b.text().contains("提出済み"), b.text());
            b.assertAccessible();
            id = Long.parseLong(b.path().substring("/subsidies/applications/".length()));
            b.go("/subsidies/applications/" + id + "/withdraw").assertAccessible();
        }

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/subsidies").assertAccessible();
            b.go("/admin/subsidies/programs/" + program).assertAccessible();
            b.go("/admin/subsidies/applications/" + id).assertAccessible();
            b.click("#outcome-accept").click("#screen-h + form button[type=submit]");
            assertTrue(b.text().contains("審査中"), b.text());
            b.go("/admin/subsidies/windows/" + window).assertAccessible();
        }

        CLOCK.set(2020, 7, 17);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(reviewer.email(), reviewer.password());
            b.go("/review/subsidies").assertAccessible();
            b.go("/review/subsidies/applications/" + id).assertAccessible();
            // One select per criterion of the rubric.
            for (var option : b.findAll("select[name=score] option[value='4']")) {
                option.click();
            }
            b.type("#comment", "地域に根ざした計画です").click("#score-h + form button[type=submit]");
            assertTrue(b.text().contains("保存しました"), b.text());
            b.assertAccessible();
        }

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/subsidies/applications/" + id);
            b.click("#decision-adopt").type("#amount", "50000").click("#decide-h ~ form button[type=submit]");
            b.go("/admin/subsidies/windows/" + window);
            assertTrue(b.text().contains("4.00"), b.text());
            b.click("form[action$='/release'] button");
            assertTrue(b.text().contains("保存しました"), b.text());
        }

        CLOCK.set(2020, 11, 5);
        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(rep.account().email(), rep.account().password());
            b.go("/subsidies/applications/" + id).assertAccessible();
            assertTrue(b.text().contains("採択（交付決定）"), b.text());
            b.go("/subsidies/applications/" + id + "/notice").assertAccessible();
            b.go("/subsidies/applications/" + id + "/report").assertAccessible();
            b.type("#reportText", "2回開催し、延べ30名が参加しました。").type("#expenseAmount1", "48500");
            b.click("form[action$='/report'] button[type=submit]");
            assertTrue(b.text().contains("実績報告を提出しました"), b.text());
        }

        try (Browser b = Browser.open(server.getURL())) {
            b.logIn(staff.email(), staff.password());
            b.go("/admin/subsidies/applications/" + id).assertAccessible();
            // 10/10 of ¥48,500 → ¥48,000.
            assertTrue(b.find("#proposed").getText().contains("¥48,000"), b.text());
            b.type("#paidAmount", "50000").click("#confirm-h ~ form button[type=submit]");
            assertTrue(b.find("#confirmed").getText().contains("¥48,000"));
            assertTrue(b.find("#refund").getText().contains("¥2,000"));
            b.go("/admin/subsidies/programs/" + program + "/ledger").assertAccessible();
        }
    }

    private static void date(Browser b, String id, String iso) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
