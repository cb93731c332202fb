package kyodo.plan;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the staff and department pages: a Japanese message next to the field (422) and nothing
 * written — a duplicate item number, a related item that does not exist, a year outside the plan's
 * period, a mark that is not one of the three, a KPI target before its baseline, a result for a closed round.
 */
@MicronautTest(transactional = false)
class PlanRulesWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanFixture fixture;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    private static String fieldError(Page page, String field) {
        return page.html().select("#" + field + "-error").text();
    }

    private Page addItem(WebSession staff, long plan, String number, String name, String related) {
        return staff.postPairs("/admin/plan/" + plan + "/items", "number", number, "name", name, "related", related,
                "yearPlan", "実施", "yearPlan", "→");
    }

    @Test
    void aDuplicateNumberOrAMissingRelatedItemIsRefused() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("規則の計画"), 2016, 2020, false);
        assertEquals(303, addItem(staff, plan, "1-(1)-①", "協働のまちづくりを推進する課の充実", "").status());
        Page duplicate = addItem(staff, plan, "１－（１）－①", "同じ番号", "");
        assertEquals(422, duplicate.status());
        assertTrue(fieldError(duplicate, "number").contains("番号 1-(1)-① はこの計画ですでに使われています"), duplicate.text());
        assertEquals("同じ番号", duplicate.html().selectFirst("#name").attr("value"), "what was typed is shown again");
        Page missing = addItem(staff, plan, "1-(1)-②", "関連のある事業", "1-(1)-①協働のまちづくりを推進する課の充実 4-(2)-①モデル事業");
        assertEquals(422, missing.status());
        assertTrue(fieldError(missing, "related").contains("主な関連事業の 4-(2)-① はこの計画にありません"), missing.text());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pln_item WHERE plan_id = ?", plan), "nothing is written");
        Page repost = staff.postPairs("/admin/plan/" + plan + "/items", "number", "5-(1)-①", "name", "再掲", "repostOf", "9-(9)-⑨");
        assertEquals(422, repost.status());
        assertTrue(fieldError(repost, "repostOf").contains("9-(9)-⑨"));
        Page good = addItem(staff, plan, "1-(1)-②", "関連のある事業", "1-(1)-①協働のまちづくりを推進する課の充実");
        assertEquals(303, good.status(), good.text());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pln_item_link WHERE item_id = ?", fixture.item(plan, "1-(1)-②")));
        assertEquals("実施", fixture.text("SELECT plan_text FROM pln_item_year WHERE item_id = ? AND fiscal_year = 2016",
                fixture.item(plan, "1-(1)-②")));
        Page edit = staff.get("/admin/plan/" + plan + "/items/" + fixture.item(plan, "1-(1)-②") + "/edit");
        assertEquals(200, edit.status());
        assertEquals("1-(1)-①", edit.html().selectFirst("#related").text());
    }

    @Test
    void aRoundOutsideThePlansPeriodIsRefused() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("期間の計画"), 2016, 2020, false);
        Page outside = staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "2021", "dueOn", "2022-05-31"));
        assertEquals(422, outside.status());
        assertTrue(fieldError(outside, "fiscalYear").contains("計画の期間（2016–2020年度）の外の年度です"), outside.text());
        Page text = staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "令和2", "dueOn", "2021-05-31"));
        assertEquals(422, text.status());
        assertTrue(fieldError(text, "fiscalYear").contains("西暦4桁"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_round WHERE plan_id = ?", plan));
        assertEquals(303, staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "２０２０", "dueOn", "2021-05-31")).status());
        Page twice = staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "2020", "dueOn", "2021-05-31"));
        assertEquals(422, twice.status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pln_round WHERE plan_id = ?", plan));
        Page period = staff.post("/admin/plan", Map.of("name", "逆の期間", "firstYear", "2020", "lastYear", "2016", "levels", "事業"));
        assertEquals(422, period.status());
        assertTrue(fieldError(period, "lastYear").contains("最初の年度と同じかそれより後"));
    }

    @Test
    void aKpiTargetBeforeItsBaselineIsRefused() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("数値目標の計画"), 2020, 2024, false);
        Page before = staff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "地域の活動に参加している市民の割合", "unit", "%",
                "baselineValue", "35.9", "baselineYear", "2019", "targetValue", "40.0", "targetYear", "2018"));
        assertEquals(422, before.status());
        assertTrue(fieldError(before, "targetYear").contains("目標の年度は、基準値の年より後にしてください"), before.text());
        Page notNumber = staff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "割合", "unit", "%",
                "baselineValue", "三十五", "baselineYear", "2019", "targetValue", "40", "targetYear", "2024"));
        assertEquals(422, notNumber.status());
        assertTrue(fieldError(notNumber, "baselineValue").contains("数値で入力してください"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_kpi WHERE plan_id = ?", plan));
    }

    @Test
    void aMarkOutsideTheThreeAndAResultForAClosedRoundAreRefused() {
        CLOCK.set(2021, 4, 20);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("締切の計画"), 2016, 2020, true);
        staff.post("/admin/plan/departments", Map.of("departmentName", PlanFixture.unique("企画課"), "division", "総務部"));
        long department = fixture.count("SELECT MAX(id) FROM pln_department");
        kyodo.support.TestAccounts.TestAccount member = accounts.create(Role.CITIZEN);
        assertEquals(303, staff.post("/admin/plan/departments/" + department + "/members", Map.of("email", member.email())).status());
        assertEquals(303, staff.postPairs("/admin/plan/" + plan + "/items", "number", "4-(1)-①", "name", "パブリックコメント制度の周知",
                "departmentId", Long.toString(department)).status());
        long item = fixture.item(plan, "4-(1)-①");
        assertEquals(303, staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "2020", "dueOn", "2021-05-31")).status());
        long round = fixture.count("SELECT id FROM pln_round WHERE plan_id = ?", plan);
        WebSession dept = accounts.logIn(server.getURL(), member);
        String path = "/plan/department/items/" + item + "/2020";
        Page badMark = dept.post(path + "/submit", Map.of("resultText", "12件の各種計画策定でパブリックコメントを実施しました。", "mark", "×"));
        assertEquals(422, badMark.status());
        assertTrue(fieldError(badMark, "mark").contains("進捗状況は「✓ 完了」「◇ 完了の目途」「・ 継続中」のどれかにしてください"), badMark.text());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_result WHERE item_id = ?", item));

        assertEquals(303, staff.post("/admin/plan/rounds/" + round + "/close", Map.of()).status());
        Page closed = dept.post(path + "/submit", Map.of("resultText", "12件の各種計画策定でパブリックコメントを実施しました。", "mark", "CONTINUING"));
        assertEquals(422, closed.status());
        assertTrue(closed.text().contains("この年度の報告の受付は終了しています。提出できません"), closed.text());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_result WHERE item_id = ?", item), "nothing is written");
        Page draft = dept.post(path, Map.of("resultText", "下書き", "mark", ""));
        assertEquals(422, draft.status(), "a closed round takes no draft either");

        // Someone outside the department may not report on the item.
        WebSession other = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        assertEquals(403, other.get(path).status());
        assertEquals(200, other.get("/plan/department").status());
        assertTrue(other.get("/plan/department").text().contains("報告を担当する課に登録されていません"));
    }
}
