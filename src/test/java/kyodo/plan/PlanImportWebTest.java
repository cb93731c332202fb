package kyodo.plan;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV import reproduces Tomisato's FY2020 sheets (numbers, names, departments, marks, the
 * 市民活動支援補助金 result with ¥600,000 and ¥110,000), the earlier plan's ✓ ◇ ・ marks, a round trip
 * through Windows-31J, and an import with errors writes nothing and says which lines.
 */
@MicronautTest(transactional = false)
class PlanImportWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    PlanFixture fixture;

    @Test
    void tomisatosFy2020SheetsAreReproduced() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.tomisato(staff);
        assertEquals(35, fixture.count("SELECT COUNT(*) FROM pln_item WHERE plan_id = ?", plan));
        // Full-width numbers of the seed (1－(1)－①, 4－（2）－①) are the same numbers as the others.
        for (String number : List.of("1-(1)-①", "1-(1)-②", "1-(2)-①", "2-(1)-⑥", "3-(2)-⑧", "4-(2)-①", "4-(2)-②", "5-(2)-①")) {
            assertTrue(fixture.item(plan, number) > 0, number);
        }
        assertEquals("とみさと協働塾の開催", fixture.text("SELECT name FROM pln_item WHERE id = ?", fixture.item(plan, "2-(1)-⑥")));
        assertEquals("秘書広報課", fixture.text("SELECT d.name FROM pln_item i JOIN pln_department d ON d.id = i.department_id WHERE i.id = ?",
                fixture.item(plan, "3-(2)-③")));
        assertEquals("総務課", fixture.text("SELECT d.name FROM pln_item i JOIN pln_department d ON d.id = i.department_id WHERE i.id = ?",
                fixture.item(plan, "5-(2)-①")));
        assertEquals(35, fixture.count("SELECT COUNT(*) FROM pln_result r JOIN pln_item i ON i.id = r.item_id "
                + "WHERE i.plan_id = ? AND r.fiscal_year = 2020 AND r.mark = 'CONTINUING' AND r.status = 'APPROVED'", plan));
        // 【再掲】 items repeat their originals; 主な関連事業 link by number.
        assertEquals(fixture.item(plan, "1-(1)-②"), fixture.count("SELECT repost_of FROM pln_item WHERE id = ?", fixture.item(plan, "2-(1)-①")));
        assertEquals(fixture.item(plan, "1-(2)-①"), fixture.count("SELECT repost_of FROM pln_item WHERE id = ?", fixture.item(plan, "4-(2)-②")));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM pln_item_link WHERE item_id = ?", fixture.item(plan, "1-(1)-②")));
        assertEquals("見直し・実施", fixture.text("SELECT plan_text FROM pln_item_year WHERE item_id = ? AND fiscal_year = 2020",
                fixture.item(plan, "1-(2)-①")));

        WebSession citizen = WebSession.at(server.getURL());
        Page tree = citizen.get("/plan/" + plan + "?fy=2020");
        assertEquals(200, tree.status(), tree.text());
        assertEquals(35, tree.html().select(".pln-tree a[href^='/plan/" + plan + "/items/']").size());
        assertTrue(tree.text().contains("施策 1-(2)"), "headings the numbers imply are shown by number");
        assertEquals(35, tree.html().select(".pln-mark--CONTINUING").size());

        Page subsidy = citizen.get("/plan/" + plan + "/items/" + fixture.item(plan, "1-(2)-①") + "?fy=2020");
        assertEquals(200, subsidy.status());
        Document sheet = subsidy.html();
        assertTrue(sheet.select("h1").text().contains("1-(2)-① 市民活動支援補助金の充実"), sheet.select("h1").text());
        String sheetText = sheet.select(".pln-sheet").text();
        assertTrue(sheetText.contains("市民経済環境部") && sheetText.contains("市民活動推進課"), sheetText);
        assertTrue(sheetText.contains("1-(2)-② 市民活動支援基金の検討"));
        String result = sheet.select(".pln-result").text();
        assertTrue(result.contains("令和2年度予算額 600,000円"), result);
        assertTrue(result.contains("→1団体が事業を中止としましたので、110,000円"), result);
        assertTrue(result.contains("・ 継続中"));
        assertTrue(sheet.select(".pln-yearplan").text().contains("見直し・実施"));

        Page repost = citizen.get("/plan/" + plan + "/items/" + fixture.item(plan, "2-(1)-①") + "?fy=2020");
        assertTrue(repost.text().contains("【再掲】") && repost.text().contains("1-(1)-② 市民活動サポートセンター機能の充実"), repost.text());
        // A link to a 【再掲】 item opens the same item: 1-(2)-② names 4-(2)-②【再掲】, which opens 1-(2)-①.
        Page fund = citizen.get("/plan/" + plan + "/items/" + fixture.item(plan, "1-(2)-②") + "?fy=2020");
        assertTrue(fund.html().select(".pln-related a[href^='/plan/" + plan + "/items/" + fixture.item(plan, "1-(2)-①") + "?']")
                .size() == 2, "1-(2)-① and its 【再掲】 4-(2)-② both open 1-(2)-①");

        Page filtered = citizen.get("/plan/" + plan + "?fy=2020&department=" + fixture.count(
                "SELECT id FROM pln_department WHERE name = '総務課'"));
        assertEquals(1, filtered.html().select(".pln-tree a[href^='/plan/" + plan + "/items/']").size(), filtered.text());
        Page text = citizen.get("/plan/" + plan + "?fy=2020&q=" + java.net.URLEncoder.encode("110,000円", StandardCharsets.UTF_8));
        assertEquals(2, text.html().select(".pln-tree a[href^='/plan/" + plan + "/items/']").size(), "1-(2)-① and 4-(2)-②");
    }

    @Test
    void theEarlierPlansMarksAreRead() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("富里市協働のまちづくり推進計画（前期）"), 2011, 2015, true);
        Page imported = fixture.importCsv(staff, plan, PlanFixture.resource("plan/tomisato-2011-2015-marks.csv"));
        assertEquals(303, imported.status(), imported.text());
        assertEquals(6, marks(plan, "DONE"));
        assertEquals(6, marks(plan, "ON_TRACK"));
        assertEquals(4, marks(plan, "CONTINUING"));
        assertEquals("環境づくり", fixture.text("SELECT name FROM pln_item WHERE plan_id = ? AND number = '1'", plan));
        assertEquals(3, fixture.count("SELECT depth FROM pln_item WHERE id = ?", fixture.item(plan, "1-(3)-②")));
        Page report = WebSession.at(server.getURL()).get("/plan/" + plan + "/report?fy=2015");
        assertEquals(200, report.status());
        String summary = report.html().select(".pln-report__summary").text();
        assertTrue(summary.contains("✓ 完了 6") && summary.contains("◇ 完了の目途 6") && summary.contains("・ 継続中 4"), summary);
        Page done = WebSession.at(server.getURL()).get("/plan/" + plan + "?fy=2015&mark=DONE");
        assertEquals(6, done.html().select(".pln-mark--DONE").size());
        assertEquals(0, done.html().select(".pln-mark--ON_TRACK").size());
        assertTrue(done.text().contains("環境づくり"), "the headings above the matching items stay");
    }

    @Test
    void furanosConceptsAndPoliciesAreAPlanOfTwoLevels() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("第6次富良野市総合計画 重点施策"), 2020, 2029, true, "コンセプト\n重点政策");
        String csv = """
                番号,上位の番号,事業名,推進内容,年度,取組実績
                ひと,,ひとのWA!,,,
                1,ひと,市民一人ひとりが幸福を実感するまち,幸福度調査の仕組み構築と実施,R3,・道総研への業務委託
                2,ひと,富良野ならではの子育て環境づくり,,R3,・継続事業
                しごと,,しごとのWA!,,,
                6,しごと,新たなチャレンジを応援する,,R3,・継続事業
                共創,,共創,,,
                10,共創,アイデアが生み出されカタチになる仕組みづくり,共創の場の仕組み構築,R3,WA!T ・職員研修(計5回開催予定) ・庁内PT設置済
                """;
        Page imported = fixture.importCsv(staff, plan, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, imported.status(), imported.text());
        assertEquals(2, fixture.count("SELECT depth FROM pln_item WHERE id = ?", fixture.item(plan, "10")));
        assertEquals(fixture.item(plan, "共創"), fixture.count("SELECT parent_id FROM pln_item WHERE id = ?", fixture.item(plan, "10")));
        Page tree = WebSession.at(server.getURL()).get("/plan/" + plan + "?fy=2021");
        assertEquals(200, tree.status());
        List<String> lines = tree.html().select(".pln-node__line").eachText();
        assertTrue(lines.get(0).startsWith("コンセプト ひと ひとのWA!"), lines.toString());
        assertTrue(lines.get(1).startsWith("重点政策 1 市民一人ひとりが幸福を実感するまち"), lines.toString());
        assertEquals(7, lines.size());
        Page policy = WebSession.at(server.getURL()).get("/plan/" + plan + "/items/" + fixture.item(plan, "10") + "?fy=2021");
        assertTrue(policy.text().contains("WA!T ・職員研修(計5回開催予定) ・庁内PT設置済"), policy.text());
        assertTrue(policy.html().select(".pln-crumbs").text().contains("コンセプト 共創 共創"));
    }

    private long marks(long plan, String mark) {
        return fixture.count("SELECT COUNT(*) FROM pln_result r JOIN pln_item i ON i.id = r.item_id WHERE i.plan_id = ? AND r.mark = ?",
                plan, mark);
    }

    @Test
    void anExportedPlanImportsAgainInWindows31j() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.tomisato(staff);
        Page csv = staff.get("/admin/plan/" + plan + "/export.csv?encoding=sjis");
        assertEquals(200, csv.status());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").contains("windows-31j"));
        String text = new String(csv.bytes(), Charset.forName("windows-31j"));
        assertTrue(text.startsWith("番号,上位の番号,事業名"), text.substring(0, 40));
        assertTrue(text.contains("年次計画 H28") && text.contains("継続中"));
        long copy = fixture.plan(staff, PlanFixture.unique("写し"), 2016, 2020, false);
        Page imported = fixture.importCsv(staff, copy, csv.bytes());
        assertEquals(303, imported.status(), imported.text());
        assertEquals(35, fixture.count("SELECT COUNT(*) FROM pln_item WHERE plan_id = ?", copy));
        assertEquals(fixture.text("SELECT r.result_text FROM pln_result r WHERE r.item_id = ?", fixture.item(plan, "1-(2)-①")),
                fixture.text("SELECT r.result_text FROM pln_result r WHERE r.item_id = ?", fixture.item(copy, "1-(2)-①")));
        assertEquals(fixture.item(copy, "1-(1)-①"), fixture.count("SELECT repost_of FROM pln_item WHERE id = ?", fixture.item(copy, "5-(1)-①")));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM pln_item_link WHERE item_id = ?", fixture.item(copy, "1-(1)-②")));
        Page utf8 = staff.get("/admin/plan/" + plan + "/export.csv");
        assertEquals((byte) 0xEF, utf8.bytes()[0], "UTF-8 with a BOM by default");
    }

    @Test
    void aCsvWithErrorsWritesNothingAndNamesTheLines() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = fixture.plan(staff, PlanFixture.unique("誤りのある計画"), 2016, 2020, false);
        String csv = """
                番号,事業名,主な関連事業,年次計画 H27,年度,進捗状況,取組実績
                1-(1)-①,協働のまちづくりを推進する課の充実,,,2020,・,実施しました
                1-(1)-①,同じ番号の事業,,,,,
                1-(1)-②,関連事業が存在しない,9-(9)-⑨存在しない事業,,,,
                1-(1)-③,期間外の年度,,,2014,・,
                1-(1)-④,マークが違う,,,2020,×,
                """;
        Page failed = fixture.importCsv(staff, plan, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, failed.status());
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM pln_item WHERE plan_id = ?", plan), "nothing is written");
        List<String> rows = failed.html().select(".pln-import-errors tbody tr").eachText();
        String all = String.join("\n", rows);
        assertTrue(all.contains("1 年次計画 H27 計画の期間（2016–2020年度）の外の年度です"), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("3 番号") && r.contains("1-(1)-① はこの計画ですでに使われています")), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("4 主な関連事業") && r.contains("9-(9)-⑨ はこの計画にありません")), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("5 年度") && r.contains("期間")), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("6 進捗状況") && r.contains("「✓ 完了」「◇ 完了の目途」「・ 継続中」")), all);
        assertTrue(failed.text().contains("何も書き込んでいません"));

        Page fixed = fixture.importCsv(staff, plan, """
                番号,事業名,年度,進捗状況,取組実績
                1-(1)-①,協働のまちづくりを推進する課の充実,2020,完了の目途,実施しました
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, fixed.status(), fixed.text());
        assertEquals("ON_TRACK", fixture.text("SELECT mark FROM pln_result WHERE item_id = ?", fixture.item(plan, "1-(1)-①")));
        assertFalse(staff.get("/admin/plan/" + plan).text().contains("読み込めなかった箇所"));
    }
}
