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
import kyodo.support.WebSession.FilePart;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * パブリックコメント through the portal: a draft prepared with PDF documents and published; opinions only within
 * the period, with name and address, a receipt, changes until the period ends; after it the department groups
 * the opinions, writes the city's view and publishes the result, which never carries a name.
 */
@MicronautTest(transactional = false)
class PublicCommentWebTest {

    static final TestClock CLOCK = new TestClock();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

    static Map<String, String> draftForm(String title, long department, LocalDate opens, LocalDate closes) {
        return new HashMap<>(Map.of("draftTitle", title, "departmentId", Long.toString(department),
                "draftSummary", "市民活動の担い手づくりと情報の見える化を柱とする計画の案です。", "opensOn", opens.toString(),
                "closesOn", closes.toString()));
    }

    /** Posts a draft form with the eligibility boxes ticked (repeated fields). */
    static Page postDraft(WebSession staff, String path, Map<String, String> form, String... eligibility) {
        String[] pairs = new String[form.size() * 2 + eligibility.length * 2];
        int i = 0;
        for (var e : form.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        for (String category : eligibility) {
            pairs[i++] = "eligibility";
            pairs[i++] = category;
        }
        return staff.postPairs(path, pairs);
    }

    /** A draft of the staff member's department, published with one section and one PDF. */
    long publishedDraft(WebSession staff, long department, String title, LocalDate opens, LocalDate closes) {
        Page created = postDraft(staff, "/admin/voices/comments", draftForm(title, department, opens, closes), "RESIDENT", "COMMUTER");
        assertEquals(303, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll("^/admin/voices/comments/(\\d+).*$", "$1"));
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/sections", Map.of("sectionLabel", "第3章 基本施策")).status());
        assertEquals(303, staff.postMultipart("/admin/voices/comments/" + id + "/documents", Map.of(),
                Map.of("document", new FilePart("案.pdf", "application/pdf", PDF))).status());
        Page published = staff.post("/admin/voices/comments/" + id + "/publish", Map.of());
        assertEquals(303, published.status(), published.text());
        return id;
    }

    static Map<String, String> opinion(String name, String address, String body) {
        return new HashMap<>(Map.of("category", "RESIDENT", "submitterName", name, "submitterAddress", address, "opinionBody", body));
    }

    long opinions(long draftId) {
        return fx.count("SELECT COUNT(*) FROM voi_pc_opinion WHERE draft_id = ?", draftId);
    }

    @Test
    void aDraftIsPreparedWithPdfDocumentsChoosesWhoMaySubmitAndIsPublished() {
        CLOCK.set(2032, 6, 1);
        VoicesFixture.Staff planner = fx.staff("計画課", false, false);
        WebSession staff = planner.session(server.getURL());
        assertNotNull(staff.get("/admin/voices/comments/new").html()
                .selectFirst("#departmentId option[value='" + planner.departmentId() + "']"));
        String title = VoicesFixture.unique("第2次環境基本計画（案）");

        Page shortPeriod = postDraft(staff, "/admin/voices/comments", draftForm(title, planner.departmentId(),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 6, 20)), "RESIDENT");
        assertEquals(422, shortPeriod.status());
        assertTrue(shortPeriod.html().selectFirst("#periodNote-error").text().contains("30日未満"), shortPeriod.text());
        Page nobody = postDraft(staff, "/admin/voices/comments", draftForm(title, planner.departmentId(),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 7, 9)));
        assertEquals(422, nobody.status());
        assertTrue(nobody.html().selectFirst("#eligibility-error").text().contains("1つ以上"));
        Page otherDepartment = postDraft(staff, "/admin/voices/comments", draftForm(title, fx.department(VoicesFixture.unique("他課"), false),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 7, 9)), "RESIDENT");
        assertTrue(otherDepartment.html().selectFirst("#departmentId-error") != null, "only the viewer's departments");
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_pc_draft WHERE title = ?", title));

        Page created = postDraft(staff, "/admin/voices/comments", draftForm(title, planner.departmentId(),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 7, 9)), "RESIDENT", "BUSINESS");
        assertEquals(303, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll("^/admin/voices/comments/(\\d+).*$", "$1"));
        assertEquals(404, WebSession.at(server.getURL()).get("/voices/comments/" + id).status(), "not public while prepared");

        Page noDocument = staff.post("/admin/voices/comments/" + id + "/publish", Map.of());
        assertEquals(422, noDocument.status());
        assertTrue(noDocument.text().contains("資料（PDF）を1つ以上"));
        Page fake = staff.postMultipart("/admin/voices/comments/" + id + "/documents", Map.of(),
                Map.of("document", new FilePart("案.pdf", "application/pdf", "これはPDFではない".getBytes(StandardCharsets.UTF_8))));
        assertEquals(422, fake.status());
        assertTrue(fake.html().selectFirst("#document-error").text().contains("PDFではありません"), fake.text());
        Page renamed = staff.postMultipart("/admin/voices/comments/" + id + "/documents", Map.of(),
                Map.of("document", new FilePart("案.txt", "text/plain", PDF)));
        assertTrue(renamed.html().selectFirst("#document-error").text().contains(".pdf"));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_pc_document WHERE draft_id = ?", id));
        assertEquals(303, staff.postMultipart("/admin/voices/comments/" + id + "/documents", Map.of(),
                Map.of("document", new FilePart("環境基本計画（案）.pdf", "application/pdf", PDF))).status());
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/sections", Map.of("sectionLabel", "第2章 施策の体系")).status());

        VoicesFixture.Staff outsider = fx.staff("道路課", false, true);
        Page refused = outsider.session(server.getURL()).post("/admin/voices/comments/" + id + "/publish", Map.of());
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("担当課と企画・広聴の担当課の職員だけ"));
        assertEquals("PREPARING", fx.text("SELECT status FROM voi_pc_draft WHERE id = ?", id));

        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/publish", Map.of()).status());
        assertEquals("PUBLISHED", fx.text("SELECT status FROM voi_pc_draft WHERE id = ?", id));
        Page list = WebSession.at(server.getURL()).get("/voices/comments");
        assertTrue(list.text().contains(title) && list.text().contains("募集前"), list.text());
        Page page = WebSession.at(server.getURL()).get("/voices/comments/" + id);
        assertTrue(page.text().contains("市内に住所がある方") && page.text().contains("市内に事務所・事業所がある"));
        assertFalse(page.text().contains("市内に通勤・通学"), "only the categories chosen");
        assertTrue(page.text().contains("（30日間）"));
        String document = page.html().selectFirst("a[href^='/voices/comments/" + id + "/documents/']").attr("href");
        Page pdf = WebSession.at(server.getURL()).get(document);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        Page locked = postDraft(staff, "/admin/voices/comments/" + id + "/edit", draftForm(title + "（改）", planner.departmentId(),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 7, 9)), "RESIDENT");
        assertEquals(422, locked.status());
        assertTrue(locked.text().contains("公表した案は変更できません"));
    }

    @Test
    void opinionsAreTakenOnlyInThePeriodWithNameAndAddressAndGetAReceiptThatCanChangeThemUntilTheEnd() {
        CLOCK.set(2032, 6, 1);
        VoicesFixture.Staff planner = fx.staff("企画課", false, false);
        long id = publishedDraft(planner.session(server.getURL()), planner.departmentId(), VoicesFixture.unique("計画（案）"),
                LocalDate.of(2032, 6, 10), LocalDate.of(2032, 7, 9));
        WebSession citizen = WebSession.at(server.getURL());
        String path = "/voices/comments/" + id + "/opinion";

        Page early = citizen.post(path, opinion("市民 太郎", "さくら市中央1-1", "早すぎる意見"));
        assertEquals(422, early.status());
        assertTrue(early.text().contains("募集期間ではないため"), early.text());

        CLOCK.set(2032, 6, 15);
        citizen = WebSession.at(server.getURL());
        assertNotNull(citizen.get(path).html().selectFirst("form[action='" + path + "'] #opinionBody"));
        Page empty = citizen.post(path, opinion("市民 太郎", "さくら市中央1-1", "  "));
        assertEquals(422, empty.status());
        assertEquals("ご意見を入力してください", empty.html().selectFirst("#opinionBody-error").text());
        Page noName = citizen.post(path, opinion("", "", "意見です"));
        assertEquals("入力してください", noName.html().selectFirst("#submitterName-error").text());
        assertEquals("入力してください", noName.html().selectFirst("#submitterAddress-error").text());
        Page tooLong = citizen.post(path, opinion("市民 太郎", "さくら市中央1-1", "あ".repeat(4001)));
        assertTrue(tooLong.html().selectFirst("#opinionBody-error").text().contains("4000"), tooLong.text());
        Map<String, String> stranger = opinion("市民 太郎", "さくら市中央1-1", "意見です");
        stranger.put("category", "COMMUTER_FROM_MARS");
        assertNotNull(citizen.post(path, stranger).html().selectFirst("#category-error"));
        Map<String, String> business = opinion("市民 太郎", "さくら市中央1-1", "意見です");
        business.put("category", "BUSINESS");
        assertNotNull(citizen.post(path, business).html().selectFirst("#category-error"), "a category the draft does not take");
        Map<String, String> section = opinion("市民 太郎", "さくら市中央1-1", "意見です");
        section.put("sectionId", "999999999");
        assertNotNull(citizen.post(path, section).html().selectFirst("#sectionId-error"));
        assertEquals("あ".repeat(20), citizen.post(path, opinion("市民 太郎", "", "あ".repeat(20))).html().selectFirst("#opinionBody").text(),
                "what was typed is kept");
        assertEquals(0, opinions(id), "nothing is written");

        Page sent = citizen.post(path, opinion("市民 太郎", "さくら市中央1-1", "市民活動団体への支援を具体的に書いてください。"));
        assertEquals(303, sent.status(), sent.text());
        String receipt = sent.location();
        assertTrue(receipt.matches("/voices/comments/receipts/[0-9a-f]{32}"), receipt);
        Page shown = citizen.get(receipt);
        assertTrue(shown.text().contains("意見を受け付けました") && shown.text().matches(".*PC2032-\\d{5}.*"), shown.text());
        assertEquals("no-store", shown.headers().firstValue("Cache-Control").orElse(""));
        Page again = citizen.post(path, opinion("市民 太郎", "さくら市中央1-1", "市民活動団体への支援を具体的に書いてください。"));
        assertEquals(receipt, again.location(), "the same opinion sent twice is the same receipt");
        assertEquals(1, opinions(id));

        TestAccount signedIn = accounts.create(Role.CITIZEN);
        Page fromAccount = accounts.logIn(server.getURL(), signedIn).post(path, opinion(signedIn.name(), "さくら市北町", "賛成です。"));
        assertEquals(303, fromAccount.status());
        assertEquals(1, fx.mails(signedIn.email(), "【パブリックコメント】意見を受け付けました%"));

        Map<String, String> changed = opinion("市民 太郎", "さくら市中央1-1", "市民活動団体への財政的な支援を具体的に書いてください。");
        Page edited = citizen.post(receipt, changed);
        assertEquals(303, edited.status(), edited.text());
        assertTrue(citizen.get(edited.location()).text().contains("意見を変更しました"));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_pc_opinion WHERE draft_id = ? AND body LIKE '%財政的な支援%'", id));

        CLOCK.set(2032, 7, 10);
        citizen = WebSession.at(server.getURL());
        Page late = citizen.post(receipt, opinion("市民 太郎", "さくら市中央1-1", "締切後の変更"));
        assertEquals(422, late.status());
        assertTrue(late.text().contains("募集期間が終わったため、意見は変更できません"), late.text());
        assertNull(citizen.get(receipt).html().selectFirst("main form"), "read-only after the period");
        assertEquals(422, citizen.post(path, opinion("市民 花子", "さくら市南町", "遅れた意見")).status());
        assertEquals(2, opinions(id));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_pc_opinion WHERE draft_id = ? AND body LIKE '%締切後%'", id));
    }

    @Test
    void afterThePeriodTheDepartmentGroupsTheOpinionsWritesTheCitysViewAndPublishesWithoutNames() {
        CLOCK.set(2032, 9, 1);
        FiscalYear year = new FiscalYear(2032);
        YearFigures before = voices.figures(year);
        VoicesFixture.Staff planner = fx.staff("都市計画課", false, false);
        VoicesFixture.Staff outsider = fx.staff("防災課", false, false);
        VoicesFixture.Staff coordinator = fx.staff("企画課", true, false);
        String title = VoicesFixture.unique("都市計画マスタープラン（改定案）");
        long id = publishedDraft(planner.session(server.getURL()), planner.departmentId(), title,
                LocalDate.of(2032, 9, 1), LocalDate.of(2032, 9, 30));
        WebSession citizen = WebSession.at(server.getURL());
        String path = "/voices/comments/" + id + "/opinion";
        assertEquals(303, citizen.post(path, opinion("山田 太郎", "さくら市東町3-4-5", "駅前の歩道を広げてください。")).status());
        assertEquals(303, citizen.post(path, opinion("山田 太郎", "さくら市東町3-4-5", "駅前の駐輪場も足りません。")).status());
        assertEquals(303, citizen.post(path, opinion("川村 花子", "さくら市西町1-2", "バスの本数を増やしてください。")).status());

        WebSession staff = planner.session(server.getURL());
        Page during = staff.get("/admin/voices/comments/" + id + "/opinions");
        assertEquals(200, during.status());
        assertTrue(during.text().contains("募集期間中です"));
        Page tooEarly = staff.post("/admin/voices/comments/" + id + "/groups", Map.of("groupSummary", "早すぎる概要"));
        assertEquals(422, tooEarly.status());
        assertTrue(tooEarly.text().contains("募集期間が終わってから"));

        CLOCK.set(2032, 10, 1);
        staff = planner.session(server.getURL());
        WebSession other = outsider.session(server.getURL());
        assertEquals(403, other.get("/admin/voices/comments/" + id + "/opinions").status(), "another department");
        assertEquals(403, other.get("/admin/voices/comments/" + id + "/opinions.csv").status());
        assertEquals(403, other.post("/admin/voices/comments/" + id + "/groups", Map.of("groupSummary", "他課")).status());
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_pc_group WHERE draft_id = ?", id), "another department writes nothing");
        assertEquals(200, coordinator.session(server.getURL()).get("/admin/voices/comments/" + id + "/opinions").status(),
                "the coordinating department sees every opinion");
        Page work = staff.get("/admin/voices/comments/" + id + "/opinions");
        assertEquals(200, work.status());
        assertTrue(work.text().contains("山田 太郎") && work.text().contains("さくら市東町3-4-5"));
        assertEquals(3, fx.audits(AuditLog.PERSONAL_DATA_VIEWED, planner.account().id(), "voi.audit.target.draft"),
                "each view of the opinions is logged (during the period, shown again with a message, after it)");
        Page csv = staff.get("/admin/voices/comments/" + id + "/opinions.csv");
        assertEquals(200, csv.status());
        assertTrue(new String(csv.bytes(), StandardCharsets.UTF_8).contains("川村 花子"));
        assertEquals(1, fx.audits(AuditLog.PERSONAL_DATA_EXPORTED, planner.account().id(), "voi.audit.target.draft"));

        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/groups",
                Map.of("groupSummary", "山田さんからの駅前の歩行空間についての意見")).status());
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/groups", Map.of("groupSummary", "公共交通についての意見",
                "groupResponse", "地域公共交通計画で検討します。")).status());
        long group1 = fx.count("SELECT MIN(id) FROM voi_pc_group WHERE draft_id = ?", id);
        long group2 = fx.count("SELECT MAX(id) FROM voi_pc_group WHERE draft_id = ?", id);
        Map<String, String> result = Map.of("resultChanges", "地域別構想に駅前の歩行空間の確保を加えました。");
        Page ungrouped = staff.post("/admin/voices/comments/" + id + "/result", result);
        assertEquals(422, ungrouped.status());
        assertTrue(ungrouped.text().contains("まだまとめていない意見が3件"), ungrouped.text());

        List<Long> ids = List.of(nth(id, 0), nth(id, 1), nth(id, 2));
        assertEquals(303, staff.postPairs("/admin/voices/comments/" + id + "/assign", "opinion", ids.get(0).toString(),
                "opinion", ids.get(1).toString(), "assignGroup", Long.toString(group1)).status());
        assertEquals(303, staff.postPairs("/admin/voices/comments/" + id + "/assign", "opinion", ids.get(2).toString(),
                "assignGroup", Long.toString(group2)).status());
        Page noView = staff.post("/admin/voices/comments/" + id + "/result", result);
        assertTrue(noView.text().contains("No.1の市の考え方を書いてから"), noView.text());
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/groups/" + group1, Map.of("groupSummary",
                "山田さんからの駅前の歩行空間についての意見", "groupResponse", "歩道の拡幅を検討します。", "changed", "on")).status());
        Page named = staff.post("/admin/voices/comments/" + id + "/result", result);
        assertEquals(422, named.status());
        assertTrue(named.text().contains("氏名が含まれています"), named.text());
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/groups/" + group1, Map.of("groupSummary",
                "駅前の歩道と駐輪場についての意見", "groupResponse", "歩道の拡幅と駐輪場の増設を検討します。", "changed", "on")).status());
        assertEquals("PUBLISHED", fx.text("SELECT status FROM voi_pc_draft WHERE id = ?", id));
        assertEquals(303, staff.post("/admin/voices/comments/" + id + "/result", result).status());
        assertEquals(422, staff.post("/admin/voices/comments/" + id + "/result", result).status(), "published once");

        Page published = WebSession.at(server.getURL()).get("/voices/comments/" + id);
        String text = published.text();
        assertTrue(text.contains("意見の概要と市の考え方") && text.contains("駅前の歩道と駐輪場についての意見"), text);
        assertTrue(text.contains("2人") && text.contains("3件"), "submitters and opinions are counted");
        assertTrue(text.contains("修正あり") && text.contains("地域別構想に駅前の歩行空間の確保を加えました。"));
        assertFalse(text.contains("山田") || text.contains("川村") || text.contains("東町3-4-5"), "no name or address is published");

        YearFigures after = voices.figures(year);
        assertEquals(before.publicComments() + 1, after.publicComments());
        assertEquals(before.publicCommentOpinions() + 3, after.publicCommentOpinions());
        assertEquals(before.publicCommentSubmitters() + 2, after.publicCommentSubmitters());
        Page figures = WebSession.at(server.getURL()).get("/voices/figures?fy=2032");
        assertTrue(figures.text().contains(after.publicCommentOpinions() + "件"), figures.text());
    }

    long nth(long draftId, int n) {
        return fx.count("SELECT id FROM voi_pc_opinion WHERE draft_id = ? ORDER BY id LIMIT 1 OFFSET " + n, draftId);
    }
}
