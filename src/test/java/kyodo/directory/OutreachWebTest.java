package kyodo.directory;

import kyodo.core.AuditLog;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CsvFiles;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 出前講座「架け橋」: lectures kept by a group's representative, the public catalog, requests and their handling. */
@MicronautTest(transactional = false)
class OutreachWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    java.util.List<kyodo.core.DemoData> demoData;

    static Map<String, String> lectureForm(String title) {
        return map("lecTitle", title, "lecDescription", "ドローンが飛ぶしくみと操縦体験。", "lecAudiences", "ELEMENTARY",
                "lecAudienceNote", "小学3年生以上", "lecMinutes", "９０", "lecFeeKind", "FREE", "activityFields", "SCHOOL",
                "lecPrepare", "体育館、机2台", "lecArea", "市内全域", "lecMinPeople", "5", "lecMaxPeople", "30",
                "lecPublished", "on");
    }

    static Map<String, String> requestForm(String organisation) {
        return map("reqOrganisation", organisation, "reqContactName", "山田 花子", "reqPhone", "0123-45-6789",
                "reqEmail", "hanako@example.jp", "reqDate1", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(30).toString(),
                "reqTime1", "10時〜11時30分", "reqDate2", "", "reqTime2", "", "reqPlace", "若草児童館 遊戯室",
                "reqParticipants", "20", "reqMessage", "小学生が中心です。");
    }

    /** A group registered by {@code rep} and approved by a coordinator. */
    static long approvedGroup(java.net.URL base, TestAccounts accounts, WebSession rep, String name) {
        long id = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm(name));
        WebSession coordinator = accounts.loggedIn(base, Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + id + "/approve", Map.of()).status());
        return id;
    }

    /** Creates a lecture as this session and returns its id (the newest lecture of the group with that title). */
    long createLecture(WebSession rep, long groupId, Map<String, String> form) {
        Page created = rep.post("/groups/" + groupId + "/lectures", form);
        assertEquals(303, created.status(), created.text());
        assertEquals("/groups/" + groupId + "/lectures?done=lectureCreated", created.location());
        return data.count("SELECT MAX(id) FROM dir_lecture WHERE group_id = ? AND title = ?", groupId,
                form.get("lecTitle"));
    }

    static long requestId(Page sent) {
        assertEquals(303, sent.status(), sent.text());
        String location = sent.location();
        return Long.parseLong(location.substring("/lectures/requests/".length(), location.indexOf('?')));
    }

    @Test
    void aRepresentativesLectureIsPublicOnlyWhenPublishedByAnApprovedGroup() {
        TestAccount repAccount = accounts.create(Role.CITIZEN);
        WebSession rep = accounts.logIn(server.getURL(), repAccount);
        String groupName = "ドローンクラブ" + unique();
        long groupId = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm(groupName));
        String title = "ドローン操縦体験" + unique();
        long lectureId = createLecture(rep, groupId, lectureForm(title));
        assertEquals(1, data.audits("dir.audit.lectureCreated", repAccount.id(), "dir.audit.target.lecture"));
        Page manage = rep.get("/groups/" + groupId + "/lectures?done=lectureCreated");
        assertTrue(manage.text().contains("講座を登録しました"), manage.text());
        assertTrue(manage.text().contains(title));

        // The group awaits approval: nothing is public yet, though the representative may preview.
        WebSession anonymous = WebSession.at(server.getURL());
        assertFalse(anonymous.get("/lectures?q=" + title).text().contains(title));
        assertEquals(404, anonymous.get("/lectures/" + lectureId).status());
        assertEquals(200, rep.get("/lectures/" + lectureId).status());

        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(303, coordinator.post("/admin/groups/" + groupId + "/approve", Map.of()).status());

        Page catalog = anonymous.get("/lectures?q=" + title);
        assertTrue(catalog.text().contains(title), catalog.text());
        assertTrue(catalog.text().contains("90分"), "full-width digits are accepted");
        assertTrue(anonymous.get("/lectures?field=SCHOOL&audience=ELEMENTARY&q=" + title).text().contains(title));
        assertFalse(anonymous.get("/lectures?field=DISASTER&q=" + title).text().contains(title));
        assertFalse(anonymous.get("/lectures?audience=SENIOR&q=" + title).text().contains(title));
        Page empty = anonymous.get("/lectures?q=no-such-lecture-" + unique());
        assertTrue(empty.text().contains("条件に合う講座はありません"));

        Page page = anonymous.get("/lectures/" + lectureId);
        assertEquals(200, page.status());
        assertTrue(page.text().contains(groupName));
        assertTrue(page.text().contains("事務局 0123-45-6789"), "the group's public contact");
        assertFalse(page.text().contains("090-0000-1111"), "never the group's private contact");
        assertTrue(page.text().contains("5〜30人"));
        assertTrue(page.text().contains("無料"));
        assertTrue(anonymous.get("/groups/" + groupId).text().contains(title), "the group page lists its lectures");

        // Hidden: gone from the catalog and the group page, still there for its representative.
        Map<String, String> hidden = lectureForm(title);
        hidden.remove("lecPublished");
        assertEquals(303, rep.post("/groups/" + groupId + "/lectures/" + lectureId + "/edit", hidden).status());
        assertFalse(anonymous.get("/lectures?q=" + title).text().contains(title));
        assertEquals(404, anonymous.get("/lectures/" + lectureId).status());
        assertFalse(anonymous.get("/groups/" + groupId).text().contains(title));
        assertTrue(rep.get("/groups/" + groupId + "/lectures").text().contains("非公開"));
    }

    @Test
    void onlyTheRepresentativeOrACoordinatorKeepsAGroupsLectures() {
        TestAccount repAccount = accounts.create(Role.CITIZEN);
        WebSession rep = accounts.logIn(server.getURL(), repAccount);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "権限確認会" + unique());
        long lectureId = createLecture(rep, groupId, lectureForm("権限の講座" + unique()));
        TestAccount memberAccount = accounts.create(Role.CITIZEN);
        assertEquals(303, rep.post("/groups/" + groupId + "/members", map("memberEmail", memberAccount.email())).status());

        long before = data.count("SELECT COUNT(*) FROM dir_lecture WHERE group_id = ?", groupId);
        for (WebSession other : new WebSession[]{accounts.loggedIn(server.getURL(), Role.CITIZEN),
                accounts.logIn(server.getURL(), memberAccount)}) {
            assertEquals(403, other.get("/groups/" + groupId + "/lectures").status());
            assertEquals(403, other.get("/groups/" + groupId + "/lectures/new").status());
            assertEquals(403, other.post("/groups/" + groupId + "/lectures", lectureForm("乗っ取り")).status());
            assertEquals(403, other.post("/groups/" + groupId + "/lectures/" + lectureId + "/edit",
                    lectureForm("乗っ取り")).status());
        }
        Page anonymous = WebSession.at(server.getURL()).get("/groups/" + groupId + "/lectures");
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"));
        assertEquals(before, data.count("SELECT COUNT(*) FROM dir_lecture WHERE group_id = ?", groupId));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_lecture WHERE title = '乗っ取り'"));

        // The center may act for the group.
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(200, coordinator.get("/groups/" + groupId + "/lectures").status());
        // A lecture of another group cannot be edited through this group's address.
        WebSession otherRep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long otherGroup = DirectoryTestData.registerGroup(otherRep, DirectoryTestData.groupForm("別の会" + unique()));
        assertEquals(404, otherRep.get("/groups/" + otherGroup + "/lectures/" + lectureId + "/edit").status());
        assertEquals(404, otherRep.post("/groups/" + otherGroup + "/lectures/" + lectureId + "/edit",
                lectureForm("乗っ取り")).status());
    }

    @Test
    void aBadLectureIsShownAgainWithJapaneseMessagesAndTheInputKept() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm("入力確認会" + unique()));
        Map<String, String> form = lectureForm("");
        form.remove("lecAudiences");
        form.remove("activityFields");
        form.put("lecMinutes", "5");
        form.put("lecFeeKind", "PAID");
        form.put("lecMinPeople", "30");
        form.put("lecMaxPeople", "10");
        Page page = rep.post("/groups/" + groupId + "/lectures", form);
        assertEquals(422, page.status());
        var html = page.html();
        assertEquals("入力してください", html.selectFirst("#lecTitle-error").text());
        assertEquals("一つ以上選んでください", html.selectFirst("#lecAudiences-error").text());
        assertEquals("一つ以上選んでください", html.selectFirst("#activityFields-error").text());
        assertTrue(html.selectFirst("#lecMinutes-error").text().contains("10分から480分"));
        assertTrue(html.selectFirst("#lecFeeAmount-error").text().contains("金額を入力"));
        assertTrue(html.selectFirst("#lecMaxPeople-error").text().contains("最少の人数以上"));
        assertNotNull(html.selectFirst(".error-summary a[href='#lecTitle']"));
        assertEquals("体育館、机2台", html.selectFirst("#lecPrepare").text(), "input is kept");
        assertNotNull(html.selectFirst("input[name=lecFeeKind][value=PAID][checked]"));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_lecture WHERE group_id = ?", groupId));
    }

    @Test
    void aBadRequestIsShownAgainWithJapaneseMessagesAndTheInputKept() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "申込確認会" + unique());
        long lectureId = createLecture(rep, groupId, lectureForm("申込確認の講座" + unique()));

        Page anonymousForm = WebSession.at(server.getURL()).get("/lectures/" + lectureId + "/request");
        assertEquals(303, anonymousForm.status(), "signing in is needed to request");

        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Page form = citizen.get("/lectures/" + lectureId + "/request");
        assertEquals(200, form.status());
        assertFalse(form.html().selectFirst("#reqContactName").val().isEmpty(), "the account's name is filled in");

        Map<String, String> bad = requestForm("");
        bad.put("reqPhone", "");
        bad.put("reqEmail", "");
        bad.put("reqDate1", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1).toString());
        bad.put("reqDate2", "2026-13-45");
        bad.put("reqParticipants", "たくさん");
        long before = data.count("SELECT COUNT(*) FROM dir_lecture_request");
        Page page = citizen.post("/lectures/" + lectureId + "/request", bad);
        assertEquals(422, page.status());
        var html = page.html();
        assertEquals("入力してください", html.selectFirst("#reqOrganisation-error").text());
        assertEquals("電話番号かメールアドレスのどちらかを入力してください", html.selectFirst("#reqPhone-error").text());
        assertEquals("電話番号かメールアドレスのどちらかを入力してください", html.selectFirst("#reqEmail-error").text());
        assertEquals("明日以降の日付を入力してください", html.selectFirst("#reqDate1-error").text());
        assertTrue(html.selectFirst("#reqDate2-error").text().contains("日付の形式"));
        assertEquals("数字で入力してください", html.selectFirst("#reqParticipants-error").text());
        assertEquals("若草児童館 遊戯室", html.selectFirst("#reqPlace").val(), "input is kept");
        assertEquals("たくさん", html.selectFirst("#reqParticipants").val());
        assertEquals("小学生が中心です。", html.selectFirst("#reqMessage").text());
        assertEquals(before, data.count("SELECT COUNT(*) FROM dir_lecture_request"));

        Map<String, String> badMail = requestForm("中央小学校");
        badMail.put("reqEmail", "not-an-address");
        badMail.put("reqPhone", "abc");
        Page again = citizen.post("/lectures/" + lectureId + "/request", badMail);
        assertEquals(422, again.status());
        assertTrue(again.html().selectFirst("#reqEmail-error").text().contains("メールアドレスの形式"));
        assertTrue(again.html().selectFirst("#reqPhone-error").text().contains("数字とハイフン"));
    }

    @Test
    void theCoordinatorMovesARequestOnAndEveryChangeIsMailed() {
        TestAccount repAccount = accounts.create(Role.CITIZEN);
        WebSession rep = accounts.logIn(server.getURL(), repAccount);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "流れ確認会" + unique());
        String title = "流れの講座" + unique();
        long lectureId = createLecture(rep, groupId, lectureForm(title));

        TestAccount requester = accounts.create(Role.CITIZEN);
        WebSession citizen = accounts.logIn(server.getURL(), requester);
        String organisation = "若草児童館" + unique();
        long id = requestId(citizen.post("/lectures/" + lectureId + "/request", requestForm(organisation)));
        Page confirmation = citizen.get("/lectures/requests/" + id + "?done=requestSent");
        assertEquals(200, confirmation.status());
        assertTrue(confirmation.text().contains("お申し込みを受け付けました"));
        assertTrue(confirmation.text().contains(organisation));
        assertTrue(confirmation.text().contains("受付"));
        assertEquals(1, outbox(requester.email(), "%お申し込みを受け付けました: " + title));
        Page mine = citizen.get("/lectures/requests/mine");
        assertTrue(mine.text().contains(title) && mine.text().contains("受付"), mine.text());
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/lectures/requests/" + id).status(),
                "nobody else sees the request as theirs");

        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Page list = coordinator.get("/admin/lecture-requests");
        assertTrue(list.text().contains(organisation), "open requests are listed by default");
        assertTrue(list.text().contains("0日"), "with their age");
        assertFalse(coordinator.get("/admin/lecture-requests?status=CONFIRMED").text().contains(organisation));

        assertEquals(303, coordinator.post("/admin/lecture-requests/" + id + "/status",
                map("reqStatus", "ARRANGING", "reqNote", "団体に日程を確認中")).status());
        assertEquals(1, outbox(requester.email(), "%調整中: " + title));
        assertTrue(coordinator.get("/admin/lecture-requests?status=ARRANGING").text().contains(organisation));
        assertTrue(coordinator.get("/admin/lecture-requests/" + id).text().contains("団体に日程を確認中"));
        assertFalse(citizen.get("/lectures/requests/" + id).text().contains("団体に日程を確認中"),
                "coordinator notes stay internal");
        assertEquals(303, coordinator.post("/admin/lecture-requests/" + id + "/note",
                map("reqNoteOnly", "電話で確認済み")).status());

        // Back to 受付 is no step; 成立 needs the date.
        Page back = coordinator.post("/admin/lecture-requests/" + id + "/status", map("reqStatus", "RECEIVED"));
        assertEquals(422, back.status());
        assertTrue(back.html().selectFirst("#reqStatus-error").text().contains("変更できません"));
        Page noDate = coordinator.post("/admin/lecture-requests/" + id + "/status",
                map("reqStatus", "CONFIRMED", "fixedDate", "", "fixedTime", "10時〜"));
        assertEquals(422, noDate.status());
        assertTrue(noDate.html().selectFirst("#fixedDate-error").text().contains("実施日を入力"));
        assertEquals("10時〜", noDate.html().selectFirst("#fixedTime").val(), "input is kept");

        LocalDate day = LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(40);
        assertEquals(303, coordinator.post("/admin/lecture-requests/" + id + "/status",
                map("reqStatus", "CONFIRMED", "fixedDate", day.toString(), "fixedTime", "10時〜11時30分")).status());
        assertEquals(1, outbox(requester.email(), "%成立: " + title));
        assertEquals(1, outbox(repAccount.email(), "%実施が決まりました: " + title), "the representative is told");
        Page done = citizen.get("/lectures/requests/" + id);
        assertTrue(done.text().contains("成立"));
        assertTrue(done.text().contains(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"));
        assertNull(done.html().selectFirst("form[action$='/withdraw']"), "a confirmed request cannot be withdrawn");
        assertEquals(422, citizen.post("/lectures/requests/" + id + "/withdraw", Map.of()).status());
        assertEquals(422, coordinator.post("/admin/lecture-requests/" + id + "/status",
                map("reqStatus", "FAILED")).status(), "a closed request stays closed");
        assertEquals(4, data.count("SELECT COUNT(*) FROM dir_lecture_request_log WHERE request_id = ?", id));
    }

    @Test
    void aRequesterWithdrawsAnOpenRequest() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "取下げ確認会" + unique());
        String title = "取下げの講座" + unique();
        long lectureId = createLecture(rep, groupId, lectureForm(title));
        TestAccount requester = accounts.create(Role.CITIZEN);
        WebSession citizen = accounts.logIn(server.getURL(), requester);
        long id = requestId(citizen.post("/lectures/" + lectureId + "/request", requestForm("子ども会" + unique())));
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.CITIZEN)
                .post("/lectures/requests/" + id + "/withdraw", Map.of()).status());
        Page withdrawn = citizen.post("/lectures/requests/" + id + "/withdraw", Map.of());
        assertEquals("/lectures/requests/" + id + "?done=withdrawn", withdrawn.location());
        assertTrue(citizen.get("/lectures/requests/" + id).text().contains("取下げ"));
        assertEquals(1, outbox(requester.email(), "%取下げ: " + title));
    }

    @Test
    void contactDetailsAreShownByRoleAndEveryViewIsLogged() {
        TestAccount repAccount = accounts.create(Role.CITIZEN);
        WebSession rep = accounts.logIn(server.getURL(), repAccount);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "連絡先確認会" + unique());
        long lectureId = createLecture(rep, groupId, lectureForm("連絡先の講座" + unique()));
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Map<String, String> form = requestForm("中央小学校" + unique());
        form.put("reqPhone", "0123-99-8765");
        long id = requestId(citizen.post("/lectures/" + lectureId + "/request", form));
        String id$ = String.valueOf(id);

        // The representative sees the request, but not who to call, until 成立.
        Page before = rep.get("/groups/" + groupId + "/lecture-requests/" + id);
        assertEquals(200, before.status());
        assertTrue(before.text().contains(form.get("reqOrganisation")));
        assertFalse(before.text().contains("0123-99-8765"));
        assertFalse(before.text().contains("hanako@example.jp"));
        assertEquals(0, data.audits(AuditLog.PERSONAL_DATA_VIEWED, repAccount.id(), "dir.audit.target.lectureRequest"));
        assertTrue(rep.get("/groups/" + groupId + "/lectures").text().contains(form.get("reqOrganisation")));

        // Others: neither a citizen nor a member of another group.
        assertEquals(403, accounts.loggedIn(server.getURL(), Role.CITIZEN)
                .get("/groups/" + groupId + "/lecture-requests/" + id).status());
        assertEquals(403, citizen.get("/admin/lecture-requests/" + id).status());

        TestAccount coordinatorAccount = accounts.create(Role.COORDINATOR);
        WebSession coordinator = accounts.logIn(server.getURL(), coordinatorAccount);
        Page detail = coordinator.get("/admin/lecture-requests/" + id);
        assertTrue(detail.text().contains("0123-99-8765") && detail.text().contains("hanako@example.jp"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataViewed' "
                + "AND actor_id = ? AND target_type = 'dir.audit.target.lectureRequest' AND target_id = ?", coordinatorAccount.id(), id$));
        TestAccount staffAccount = accounts.create(Role.STAFF);
        assertTrue(accounts.logIn(server.getURL(), staffAccount).get("/admin/lecture-requests/" + id).text()
                .contains("0123-99-8765"));
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_VIEWED, staffAccount.id(), "dir.audit.target.lectureRequest"));

        assertEquals(303, coordinator.post("/admin/lecture-requests/" + id + "/status",
                map("reqStatus", "CONFIRMED", "fixedDate", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(20).toString())).status());
        Page after = rep.get("/groups/" + groupId + "/lecture-requests/" + id);
        assertTrue(after.text().contains("0123-99-8765"), after.text());
        assertTrue(after.text().contains("山田 花子"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataViewed' "
                + "AND actor_id = ? AND target_type = 'dir.audit.target.lectureRequest' AND target_id = ?", repAccount.id(), id$));
    }

    @Test
    void staffExportRequestsAsCsvAndTheExportIsLogged() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = approvedGroup(server.getURL(), accounts, rep, "CSV確認会" + unique());
        long lectureId = createLecture(rep, groupId, lectureForm("CSVの講座" + unique()));
        String organisation = "北小学校" + unique();
        requestId(accounts.loggedIn(server.getURL(), Role.CITIZEN).post("/lectures/" + lectureId + "/request",
                requestForm(organisation)));

        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        Page csv = staff.get("/admin/lecture-requests/export.csv");
        assertEquals(200, csv.status());
        byte[] bytes = csv.bytes();
        assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF, "UTF-8 with BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("申込番号,受付日,状況,講座名"), text);
        assertTrue(text.contains(organisation) && text.contains("0123-45-6789"));
        Page sjis = staff.get("/admin/lecture-requests/export.csv?encoding=sjis");
        assertTrue(new String(sjis.bytes(), CsvFiles.WINDOWS_31J).contains(organisation));
        assertEquals(2, data.audits(AuditLog.PERSONAL_DATA_EXPORTED, staffAccount.id(), "dir.audit.target.lectureRequest"));
        assertTrue(staff.get("/admin/lecture-requests").text().contains("CSVでダウンロード"));

        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertEquals(403, coordinator.get("/admin/lecture-requests/export.csv").status(), "exports are for staff");
        assertFalse(coordinator.get("/admin/lecture-requests").text().contains("CSVでダウンロード"));
    }

    @Test
    void theNavigationLinksTheCatalogAndTheRequests() {
        assertNotNull(WebSession.at(server.getURL()).get("/lectures").html().selectFirst(".main-nav a[href='/lectures']"));
        Page manage = accounts.loggedIn(server.getURL(), Role.COORDINATOR).get("/manage");
        assertTrue(manage.body().contains("/admin/lecture-requests"), "the management menu links the requests");
    }

    @Test
    void theDemoCityGetsLecturesFromItsApprovedGroups() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        approvedGroup(server.getURL(), accounts, rep, "デモ確認会" + unique());
        kyodo.core.DemoData outreach = demoData.stream()
                .filter(d -> d.getClass().getName().contains("OutreachDemoData")).findFirst().orElseThrow();
        long before = data.count("SELECT COUNT(*) FROM dir_lecture");
        outreach.seed(Map.of(Role.COORDINATOR, accounts.create(Role.COORDINATOR).id()));
        assertTrue(data.count("SELECT COUNT(*) FROM dir_lecture") > before);
        assertTrue(WebSession.at(server.getURL()).get("/lectures?q=ドローン").text().contains("ドローンのしくみと操縦体験"));
    }

    /** Issue 11: text, decimals, 13 digits or a repeated field in the people counts are field errors, never a 500. */
    @Test
    void wrongPeopleCountsAreJapaneseFieldErrorsNeverA500() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm("人数確認会" + unique()));
        long lectureId = createLecture(rep, groupId, lectureForm("人数の講座" + unique()));
        for (String path : List.of("/groups/" + groupId + "/lectures", "/groups/" + groupId + "/lectures/" + lectureId + "/edit")) {
            for (String wrong : List.of("たくさん", "2.5", "1234567890123", "１２３４５６７８９０１２３")) {
                Map<String, Object> form = new HashMap<>(lectureForm("人数の講座"));
                form.put("lecMinPeople", wrong);
                form.put("lecMaxPeople", wrong);
                Page page = DirectoryTestData.postForm(server.getURL(), rep, path, form);
                assertEquals(422, page.status(), path + " " + wrong);
                assertEquals("数字で入力してください", page.html().selectFirst("#lecMinPeople-error").text(), wrong);
                assertEquals("数字で入力してください", page.html().selectFirst("#lecMaxPeople-error").text(), wrong);
                assertEquals(wrong.replace("１２３４５６７８９０１２３", "1234567890123"),
                        page.html().selectFirst("#lecMinPeople").val(), "input is kept");
            }
            Map<String, Object> repeated = new HashMap<>(lectureForm("人数の講座"));
            repeated.put("lecMinPeople", List.of("5", "10"));
            repeated.put("lecMaxPeople", List.of("30", "40"));
            repeated.put("lecMinutes", List.of("60", "90"));
            Page page = DirectoryTestData.postForm(server.getURL(), rep, path, repeated);
            assertEquals(400, page.status(), path + " repeated");
            assertTrue(page.text().contains("同じ項目が2回以上送られました"), page.text());
        }
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_lecture WHERE group_id = ?", groupId), "nothing written");
        assertEquals(5, data.count("SELECT min_people FROM dir_lecture WHERE id = ?", lectureId), "nothing changed");
    }

    /** Checkbox groups bind one parameter per ticked box. */
    @Test
    void aLectureKeepsEveryTickedAudienceAndField() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long groupId = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm("複数選択会" + unique()));
        Map<String, Object> form = new HashMap<>(lectureForm("複数選択の講座" + unique()));
        form.put("lecAudiences", List.of("ELEMENTARY", "SENIOR"));
        form.put("activityFields", List.of("SCHOOL", "DISASTER"));
        assertEquals(303, DirectoryTestData.postForm(server.getURL(), rep, "/groups/" + groupId + "/lectures", form).status());
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_lecture WHERE group_id = ? AND audiences = 'ELEMENTARY,SENIOR' "
                + "AND fields = 'SCHOOL,DISASTER'", groupId));
    }

    private long outbox(String recipient, String subjectLike) {
        return data.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE ?", recipient,
                subjectLike);
    }
}
