package kyodo.plan;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.Browser;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: a department writes its yearly report from the draft (with the platform's figures filled
 * in), submits it, gets it back with a comment, submits again, and plan staff approve it, after which
 * citizens read it on the item's sheet; every page of the module passes axe-core at 1280 and 360 px.
 */
@MicronautTest(transactional = false)
class PlanBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanFixture fixture;

    @Test
    void aDepartmentsYearlyReportGoesFromDraftToPublication() {
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        long plan = fixture.tomisato(staff);
        long item = fixture.item(plan, "2-(1)-⑥");
        long department = fixture.count("SELECT department_id FROM pln_item WHERE id = ?", item);
        TestAccount member = accounts.create(Role.CITIZEN);
        assertEquals(303, staff.post("/admin/plan/departments/" + department + "/members", Map.of("email", member.email())).status());
        assertEquals(303, staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "2019", "dueOn", "2020-05-31")).status());
        long round = fixture.count("SELECT id FROM pln_round WHERE plan_id = ? AND fiscal_year = 2019", plan);
        Map<String, String> kpi = Map.of("name", "地域の活動に参加している市民の割合", "unit", "%", "baselineValue", "35.9",
                "baselineYear", "2016", "targetValue", "40.0", "targetYear", "2020");
        WebSession.Page created = staff.post("/admin/plan/" + plan + "/kpis", kpi);
        long kpiId = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        staff.post("/admin/plan/kpis/" + kpiId + "/actuals", Map.of("fiscalYear", "2017", "actualValue", "36.4"));
        staff.post("/admin/plan/kpis/" + kpiId + "/actuals", Map.of("fiscalYear", "2018", "actualValue", "37.9"));
        String path = "/plan/department/items/" + item + "/2019";

        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(member.email(), member.password());
            browser.go("/plan/department").assertAccessible();
            assertTrue(browser.text().contains("2-(1)-⑥ とみさと協働塾の開催"), browser.text());
            browser.click("a[href='" + path + "']");
            assertEquals(path, browser.path());
            browser.assertAccessible();
            browser.type("#resultText", "■とみさと協働塾を4回開催しました。");
            browser.click("button[formaction]");
            assertTrue(browser.text().contains("進捗状況を選んでください"), browser.text());
            browser.assertAccessible();
            new Select(browser.find("#mark")).selectByValue("CONTINUING");
            browser.click("button[formaction]");
            assertEquals("/plan/department", browser.path());
            assertTrue(browser.text().contains("報告を提出しました"));
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            browser.go("/admin/plan/review").assertAccessible();
            browser.type("#comment-" + item + "-2019", "参加者数と延べ人数を書き加えてください。");
            browser.click("form[action='/admin/plan/review/" + item + "/2019/return'] button[type=submit]");
            assertTrue(browser.text().contains("差し戻しました"), browser.text());
            browser.go("/admin/plan/rounds/" + round).assertAccessible();
            assertTrue(browser.text().contains("差戻し"));
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(member.email(), member.password());
            browser.go(path);
            assertTrue(browser.text().contains("参加者数と延べ人数を書き加えてください。"));
            browser.assertAccessible();
            browser.type("#resultText", "■とみさと協働塾を4回開催しました。\n・参加者：9名延べ31名");
            browser.type("#direction", "修了者の自主的な企画運営を支援します。");
            browser.click("button[formaction]");
            assertTrue(browser.text().contains("報告を提出しました"));
        }
        try (Browser browser = Browser.open(server.getURL())) {
            browser.logIn(staffAccount.email(), staffAccount.password());
            browser.go("/admin/plan/review");
            browser.click("form[action='/admin/plan/review/" + item + "/2019/approve'] button[type=submit]");
            assertTrue(browser.text().contains("承認し、公表しました"), browser.text());
            browser.assertAccessible();
            for (String page : new String[]{"/admin/plan", "/admin/plan/new", "/admin/plan/" + plan, "/admin/plan/" + plan + "/edit",
                    "/admin/plan/" + plan + "/items/new", "/admin/plan/" + plan + "/items/" + item + "/edit",
                    "/admin/plan/" + plan + "/items/" + item + "/tags?fy=2020", "/admin/plan/" + plan + "/rounds",
                    "/admin/plan/" + plan + "/kpis", "/admin/plan/kpis/" + kpiId, "/admin/plan/departments",
                    "/admin/plan/departments/" + department}) {
                browser.go(page).assertAccessible();
            }
            browser.go("/admin/plan/" + plan + "/items/new").type("#number", "1-(1)-①").type("#name", "同じ番号")
                    .click("main form button[type=submit]");
            assertTrue(browser.text().contains("すでに使われています"));
            browser.assertAccessible();
            browser.go("/admin/plan/" + plan + "/kpis").type("#name", "逆の目標").type("#unit", "%").type("#baselineValue", "1")
                    .type("#baselineYear", "2020").type("#targetValue", "2").type("#targetYear", "2019")
                    .click("main form button[type=submit]");
            assertTrue(browser.text().contains("目標の年度は、基準値の年より後にしてください"));
            browser.assertAccessible();
        }
        // The CSV errors page, as staff would see it after a bad import.
        WebSession.Page bad = fixture.importCsv(staff, plan, "番号,事業名,年度,進捗状況\n1-(1)-①,重複,2020,×\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, bad.status());
        try (Browser browser = Browser.open(server.getURL())) {
            browser.go("/plan").assertAccessible();
            browser.go("/plan/" + plan + "?fy=2019").assertAccessible().screenshot("plan-tree");
            browser.go("/plan/" + plan + "?fy=2020&mark=CONTINUING&q=" + java.net.URLEncoder.encode("協働塾", StandardCharsets.UTF_8))
                    .assertAccessible();
            browser.go("/plan/" + plan + "/items/" + item + "?fy=2019").assertAccessible().screenshot("plan-sheet");
            assertTrue(browser.text().contains("参加者：9名延べ31名") && browser.text().contains("修了者の自主的な企画運営を支援します。"),
                    browser.text());
            browser.go("/plan/" + plan + "/items/" + fixture.item(plan, "1-(2)-①") + "?fy=2020").assertAccessible();
            browser.go("/plan/" + plan + "/kpis").assertAccessible().screenshot("plan-kpis");
            browser.go("/plan/" + plan + "/report?fy=2020").assertAccessible();
            browser.go("/").assertAccessible();
        }
    }
}
