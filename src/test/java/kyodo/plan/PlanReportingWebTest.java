package kyodo.plan;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A yearly reporting round over HTTP: the department drafts and submits, plan staff send it back with a
 * comment (the department is mailed), it is submitted again and approved, and only then citizens read it;
 * the progress view counts 提出済み / 差戻し / 未提出, and a reminder goes to the departments behind.
 */
@MicronautTest(transactional = false)
class PlanReportingWebTest {

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

    @Test
    void aDepartmentsReportGoesFromDraftToPublication() {
        CLOCK.set(2021, 4, 15);
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("報告の計画"), 2016, 2020, true);
        String centerName = PlanFixture.unique("市民活動推進課");
        staff.post("/admin/plan/departments", Map.of("departmentName", centerName, "division", "市民経済環境部"));
        long center = fixture.count("SELECT id FROM pln_department WHERE name = ?", centerName);
        String planningName = PlanFixture.unique("企画課");
        staff.post("/admin/plan/departments", Map.of("departmentName", planningName, "division", "総務部"));
        long planning = fixture.count("SELECT id FROM pln_department WHERE name = ?", planningName);
        TestAccount member = accounts.create(Role.CITIZEN);
        TestAccount planner = accounts.create(Role.STAFF);
        assertEquals(303, staff.post("/admin/plan/departments/" + center + "/members", Map.of("email", member.email())).status());
        assertEquals(303, staff.post("/admin/plan/departments/" + planning + "/members", Map.of("email", planner.email())).status());
        assertEquals(303, staff.post("/admin/plan/departments/" + center + "/members", Map.of("email", planner.email())).status(),
                "an account can belong to two departments");
        staff.postPairs("/admin/plan/" + plan + "/items", "number", "2-(1)-⑥", "name", "とみさと協働塾の開催", "departmentId", Long.toString(center));
        staff.postPairs("/admin/plan/" + plan + "/items", "number", "4-(1)-①", "name", "パブリックコメント制度の周知", "departmentId", Long.toString(planning));
        long juku = fixture.item(plan, "2-(1)-⑥");
        assertEquals(303, staff.post("/admin/plan/" + plan + "/rounds", Map.of("fiscalYear", "2020", "dueOn", "2021-05-31")).status());
        long round = fixture.count("SELECT id FROM pln_round WHERE plan_id = ?", plan);

        WebSession dept = accounts.logIn(server.getURL(), member);
        Page mine = dept.get("/plan/department");
        assertTrue(mine.text().contains("2-(1)-⑥ とみさと協働塾の開催") && mine.text().contains("未提出"), mine.text());
        assertFalse(mine.text().contains("4-(1)-①"), "only the items of the member's departments");
        assertTrue(dept.get("/").text().contains("未提出・差戻しが1件"), "the home page tells the member");
        String path = "/plan/department/items/" + juku + "/2020";
        assertEquals(303, dept.post(path, Map.of("resultText", "■とみさと協働塾を4回開催しました。", "mark", "")).status());
        assertEquals("DRAFT", fixture.text("SELECT status FROM pln_result WHERE item_id = ?", juku));
        Page noMark = dept.post(path + "/submit", Map.of("resultText", "■とみさと協働塾を4回開催しました。", "mark", ""));
        assertEquals(422, noMark.status());
        assertTrue(noMark.html().select("#mark-error").text().contains("進捗状況を選んでください"));
        assertEquals(303, dept.post(path + "/submit", Map.of("resultText", "■とみさと協働塾を4回開催しました。", "mark", "CONTINUING")).status());
        assertEquals(422, dept.post(path, Map.of("resultText", "書き換え", "mark", "DONE")).status(), "a submitted report is not changed");

        WebSession citizen = WebSession.at(server.getURL());
        assertFalse(citizen.get("/plan/" + plan + "/items/" + juku + "?fy=2020").text().contains("4回開催しました"),
                "not published before approval");
        Page progress = staff.get("/admin/plan/rounds/" + round);
        assertEquals(200, progress.status());
        assertTrue(progress.html().select(".pln-figures").text().contains("提出済み 1"), progress.text());
        assertTrue(progress.html().select(".pln-figures").text().contains("未提出 1"));

        Page remind = staff.post("/admin/plan/rounds/" + round + "/remind", Map.of());
        assertEquals(303, remind.status());
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM pln_reminder WHERE round_id = ?", round), "only 企画課 is behind");
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE '%取組実績の報告のお願い%'",
                planner.email()));
        assertTrue(fixture.text("SELECT body FROM core_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", planner.email())
                .contains("4-(1)-① パブリックコメント制度の周知"));

        Page queue = staff.get("/admin/plan/review");
        assertTrue(queue.text().contains("2-(1)-⑥") && queue.text().contains("4回開催しました"), queue.text());
        Page noComment = staff.post("/admin/plan/review/" + juku + "/2020/return", Map.of("comment", ""));
        assertEquals(422, noComment.status());
        assertEquals(303, staff.post("/admin/plan/review/" + juku + "/2020/return",
                Map.of("comment", "参加者数と延べ人数を書き加えてください。")).status());
        assertEquals("RETURNED", fixture.text("SELECT status FROM pln_result WHERE item_id = ?", juku));
        assertTrue(fixture.text("SELECT body FROM core_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", member.email())
                .contains("参加者数と延べ人数を書き加えてください。"));
        Page returned = dept.get(path);
        assertTrue(returned.text().contains("差し戻されました") && returned.text().contains("参加者数と延べ人数を書き加えてください。"));
        assertTrue(staff.get("/admin/plan/rounds/" + round).html().select(".pln-figures").text().contains("差戻し 1"));

        assertEquals(303, dept.post(path + "/submit", Map.of("resultText", "■とみさと協働塾を4回開催しました。\n・参加者：9名延べ31名",
                "mark", "CONTINUING", "direction", "修了者の自主的な企画運営を支援します。")).status());
        assertEquals(303, staff.post("/admin/plan/review/" + juku + "/2020/approve", Map.of()).status());
        assertEquals(422, staff.post("/admin/plan/review/" + juku + "/2020/approve", Map.of()).status(), "approved once");
        Page published = citizen.get("/plan/" + plan + "/items/" + juku + "?fy=2020");
        assertTrue(published.text().contains("参加者：9名延べ31名") && published.text().contains("・ 継続中")
                && published.text().contains("修了者の自主的な企画運営を支援します。"), published.text());
        assertTrue(citizen.get("/plan/" + plan + "/report?fy=2020").text().contains("参加者：9名延べ31名"));
        assertTrue(fixture.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'pln.audit.resultApproved' AND target_id = ?",
                juku + ":2020") == 1);
    }
}
