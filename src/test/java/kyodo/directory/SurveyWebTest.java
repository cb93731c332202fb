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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yearly status survey (実態及び意向調査): staff rounds, representatives' answers, reminders, export. */
@MicronautTest(transactional = false)
class SurveyWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    List<kyodo.core.DemoData> demoData;

    /** A group approved for the survey and its representative. */
    record Rep(TestAccount account, WebSession session, long groupId, String groupName) {
    }

    /** A round with three questions: single (required), multiple (required), free text (optional). */
    record Round(long id, String title, long single, long multiple, long text) {
        String base(Rep rep) {
            return "/groups/" + rep.groupId() + "/surveys/" + id;
        }
    }

    Rep approvedGroup() {
        TestAccount account = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(server.getURL(), account);
        String name = "調査対象の会" + unique();
        long id = DirectoryTestData.registerGroup(session, DirectoryTestData.groupForm(name));
        data.update("UPDATE dir_group SET status = 'APPROVED' WHERE id = ?", id);
        return new Rep(account, session, id, name);
    }

    static Map<String, String> roundForm(String title) {
        return map("surveyTitle", title, "surveyYear", String.valueOf(LocalDate.now(kyodo.core.CityClock.JAPAN).getYear()),
                "opensOn", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1).toString(), "closesOn", LocalDate.now(kyodo.core.CityClock.JAPAN).plusDays(20).toString(),
                "surveyIntro", "団体の活動状況と今後の意向をうかがいます。");
    }

    Round draftRound(WebSession staff) {
        String title = "令和8年度 市民活動団体実態及び意向調査 " + unique();
        Page created = staff.post("/admin/surveys", roundForm(title));
        assertEquals(303, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll("^/admin/surveys/(\\d+).*$", "$1"));
        String questions = "/admin/surveys/" + id + "/questions";
        assertEquals(303, staff.post(questions, map("questionText", "現在の活動状況を教えてください。", "questionKind", "SINGLE",
                "choices", "定期的に活動している\n不定期に活動している\n休止している", "required", "on")).status());
        assertEquals(303, staff.post(questions, map("questionText", "必要な支援を選んでください。", "questionKind", "MULTIPLE",
                "choices", "活動資金\n会員・担い手の確保\n活動場所の確保\n特にない", "required", "on")).status());
        assertEquals(303, staff.post(questions, map("questionText", "サポートセンターへのご意見", "questionKind", "TEXT",
                "choices", "")).status());
        return new Round(id, title, question(id, 1), question(id, 2), question(id, 3));
    }

    Round openRound(WebSession staff) {
        Round round = draftRound(staff);
        Page opened = staff.post("/admin/surveys/" + round.id() + "/open", Map.of());
        assertEquals(303, opened.status(), opened.text());
        return round;
    }

    long question(long surveyId, int position) {
        return data.count("SELECT q.id FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'dir.survey' AND f.owner_ref = ? AND q.position = ?", surveyId, position);
    }

    long mails(String recipient, String subjectLike) {
        return data.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND subject LIKE ?", recipient, subjectLike);
    }

    /** Every question answered: the second choice, the first two choices (one parameter each), a text. */
    static Map<String, Object> fullAnswers(Round round) {
        return Map.of("q_" + round.single(), "1", "q_" + round.multiple(), List.of("0", "1"),
                "q_" + round.text(), "会場の予約方法を知りたいです。", "action", "submit");
    }

    Page postAnswers(WebSession session, String path, Map<String, ?> answers) {
        return DirectoryTestData.postForm(server.getURL(), session, path, answers);
    }

    /** Step 1 with the group's data as registered (with one change) and step 2 submitted. */
    void answer(Rep rep, Round round) {
        Map<String, String> groupData = DirectoryTestData.groupForm(rep.groupName());
        assertEquals(303, rep.session().post(round.base(rep) + "/data", groupData).status());
        Page submitted = postAnswers(rep.session(), round.base(rep) + "/answers", fullAnswers(round));
        assertEquals(303, submitted.status(), submitted.text());
    }

    @Test
    void onlyStaffAndAdministratorsRunSurveys() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Round round = draftRound(staff);
        for (Role role : List.of(Role.CITIZEN, Role.COORDINATOR, Role.REVIEWER)) {
            WebSession other = accounts.loggedIn(server.getURL(), role);
            assertEquals(403, other.get("/admin/surveys").status(), role.name());
            assertEquals(403, other.get("/admin/surveys/" + round.id()).status(), role.name());
            assertEquals(403, other.post("/admin/surveys", roundForm("不正な調査")).status(), role.name());
            assertEquals(403, other.post("/admin/surveys/" + round.id() + "/open", Map.of()).status(), role.name());
            assertEquals(403, other.get("/admin/surveys/" + round.id() + "/answers.csv").status(), role.name());
        }
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_survey WHERE title = '不正な調査'"));
        assertEquals("DRAFT", status(round));
        Page anonymous = WebSession.at(server.getURL()).get("/admin/surveys");
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().startsWith("/login"));

        Page list = staff.get("/admin/surveys");
        assertEquals(200, list.status());
        assertTrue(list.text().contains(round.title()));
        WebSession admin = accounts.loggedIn(server.getURL(), Role.ADMIN);
        assertEquals(200, admin.get("/admin/surveys/" + round.id()).status());
        assertNotNull(staff.get("/manage").html().selectFirst("a[href='/admin/surveys']"), "staff find the link");
    }

    String status(Round round) {
        return data.count("SELECT COUNT(*) FROM dir_survey WHERE id = ? AND status = 'DRAFT'", round.id()) > 0 ? "DRAFT"
                : data.count("SELECT COUNT(*) FROM dir_survey WHERE id = ? AND status = 'OPEN'", round.id()) > 0 ? "OPEN"
                : "CLOSED";
    }

    @Test
    void aRoundIsCheckedAndItsQuestionsAreFixedOnceOpen() {
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Map<String, String> bad = roundForm("");
        bad.put("closesOn", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(5).toString());
        bad.put("surveyYear", "令和8");
        Page invalid = staff.post("/admin/surveys", bad);
        assertEquals(422, invalid.status());
        Document html = invalid.html();
        assertEquals("入力してください", html.selectFirst("#surveyTitle-error").text());
        assertTrue(html.selectFirst("#closesOn-error").text().contains("受付開始日より後"));
        assertTrue(html.selectFirst("#surveyYear-error").text().contains("西暦4桁"));
        assertEquals(bad.get("surveyIntro"), html.selectFirst("#surveyIntro").text(), "input is kept");

        Round round = draftRound(staff);
        Page noChoices = staff.post("/admin/surveys/" + round.id() + "/questions",
                map("questionText", "活動日は？", "questionKind", "SINGLE", "choices", "土曜日"));
        assertEquals(422, noChoices.status());
        assertTrue(noChoices.html().selectFirst("#choices-error").text().contains("2つ以上"));
        assertEquals("活動日は？", noChoices.html().selectFirst("#questionText").text());

        assertEquals(303, staff.post("/admin/surveys/" + round.id() + "/open", Map.of()).status());
        Page locked = staff.post("/admin/surveys/" + round.id() + "/questions",
                map("questionText", "追加の質問", "questionKind", "TEXT"));
        assertEquals(422, locked.status());
        assertTrue(locked.text().contains("回答の受付を始めた調査の質問は変更できません"), locked.text());
        Page delete = staff.post("/admin/surveys/" + round.id() + "/questions/" + round.single() + "/delete", Map.of());
        assertEquals(422, delete.status());
        assertEquals(3, data.count("SELECT COUNT(*) FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'dir.survey' AND f.owner_ref = ?", round.id()));
        assertEquals(422, staff.post("/admin/surveys/" + round.id() + "/open", Map.of()).status(), "opened once");

        // An empty draft cannot be opened.
        Page created = staff.post("/admin/surveys", roundForm("質問なし" + unique()));
        Page empty = staff.post(created.location().replaceAll("\\?.*$", "") + "/open", Map.of());
        assertEquals(422, empty.status());
        assertTrue(empty.text().contains("質問を追加してから"));
    }

    @Test
    void aRepresentativeConfirmsTheGroupsDataAndAnswers() {
        Rep rep = approvedGroup();
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Round round = openRound(staff);
        String base = round.base(rep);
        assertEquals(1, mails(rep.account().email(), "【実態及び意向調査】ご回答のお願い: " + round.title()));
        assertTrue(data.count("SELECT COUNT(*) FROM core_outbox WHERE recipient = ? AND body LIKE ?",
                rep.account().email(), "%" + base + "%") > 0, "the e-mail links to the survey");

        Page mine = rep.session().get("/groups/mine");
        assertNotNull(mine.html().selectFirst("a[href='" + base + "']"), mine.text());
        Page home = rep.session().get("/");
        assertNotNull(home.html().selectFirst("#slot-FOR_YOU"));
        assertNotNull(home.html().selectFirst("a[href='" + base + "']"));
        assertNull(WebSession.at(server.getURL()).get("/").html().selectFirst("#slot-FOR_YOU"), "not for visitors");

        // Step 1 shows the registered data; a correction goes through the group's own rules.
        Page step1 = rep.session().get(base);
        assertEquals(200, step1.status());
        assertEquals(rep.groupName(), step1.html().selectFirst("#groupName").val());
        Map<String, String> groupData = DirectoryTestData.groupForm(rep.groupName());
        groupData.put("nameKana", "abc");
        groupData.put("memberCount", "二十");
        Page wrong = rep.session().post(base + "/data", groupData);
        assertEquals(422, wrong.status());
        assertTrue(wrong.html().selectFirst("#nameKana-error").text().contains("カタカナ"));
        assertNotNull(wrong.html().selectFirst("#memberCount-error"));
        assertEquals("二十", wrong.html().selectFirst("#memberCount").val(), "input is kept");
        groupData.put("nameKana", "チョウサタイショウノカイ");
        groupData.put("memberCount", "25");
        groupData.put("activityPlace", "東公民館");
        Page confirmed = rep.session().post(base + "/data", groupData);
        assertEquals(303, confirmed.status());
        assertEquals(base + "/answers?done=confirmed", confirmed.location());
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_group WHERE id = ? AND member_count = 25 "
                + "AND activity_place = '東公民館'", rep.groupId()), "the group's data is updated");
        assertEquals(1, data.audits("dir.audit.groupUpdated", rep.account().id(), "dir.audit.target.group"));

        // Step 2: required answers, with messages by question and the input kept.
        Page missing = rep.session().post(base + "/answers", map("q_" + round.text(), "途中まで書いたご意見", "action", "submit"));
        assertEquals(422, missing.status());
        Document form = missing.html();
        assertEquals("選択肢から1つ選んでください", form.selectFirst("#q_" + round.single() + "-error").text());
        assertEquals("当てはまるものを1つ以上選んでください", form.selectFirst("#q_" + round.multiple() + "-error").text());
        assertNull(form.selectFirst("#q_" + round.text() + "-error"), "optional");
        assertEquals("途中まで書いたご意見", form.selectFirst("#q_" + round.text()).text());
        assertNotNull(form.selectFirst(".error-summary a[href='#q_" + round.single() + "']"));
        assertEquals(0, data.count("SELECT COUNT(*) FROM voi_qn_answer a JOIN voi_qn_sheet s ON s.id = a.sheet_id "
                + "JOIN voi_qn_form f ON f.id = s.form_id WHERE f.owner = 'dir.survey' AND f.owner_ref = ? AND s.respondent = ?",
                round.id(), "group:" + rep.groupId()));

        Page unknown = rep.session().post(base + "/answers", map("q_" + round.single(), "9", "action", "save"));
        assertEquals(422, unknown.status());
        assertEquals("一覧から選んでください", unknown.html().selectFirst("#q_" + round.single() + "-error").text());

        // Saved for later, then resumed with the answers in place.
        Page saved = rep.session().post(base + "/answers", map("q_" + round.multiple(), "2", "action", "save"));
        assertEquals(303, saved.status());
        assertEquals(base + "/answers?done=saved", saved.location());
        Page resumed = rep.session().get(base + "/answers");
        assertNotNull(resumed.html().selectFirst("#q_" + round.multiple() + "_2[checked]"));
        assertTrue(staff.get("/admin/surveys/" + round.id()).text().contains("回答中（未提出）"));

        Page submitted = postAnswers(rep.session(), base + "/answers", fullAnswers(round));
        assertEquals(303, submitted.status());
        assertEquals(base + "?done=answered", submitted.location());
        Page thanks = rep.session().get(submitted.location());
        assertTrue(thanks.text().contains("回答を受け付けました"), thanks.text());
        assertTrue(thanks.text().contains("不定期に活動している"));
        assertTrue(thanks.text().contains("活動資金、会員・担い手の確保"));
        assertNull(thanks.html().selectFirst("form[action$='/answers']"), "read-only after submitting");
        assertEquals(1, mails(rep.account().email(), "【実態及び意向調査】回答を受け付けました: " + round.title()));

        // A second click changes nothing and sends nothing.
        Page again = rep.session().post(base + "/answers", map("q_" + round.single(), "2", "action", "submit"));
        assertEquals(303, again.status());
        assertEquals(1, mails(rep.account().email(), "【実態及び意向調査】回答を受け付けました: " + round.title()));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_survey_response WHERE survey_id = ? AND group_id = ?",
                round.id(), rep.groupId()));
        assertEquals(1, data.count("SELECT COUNT(*) FROM voi_qn_answer a JOIN voi_qn_sheet s ON s.id = a.sheet_id "
                + "WHERE s.respondent = ? AND s.status = 'SUBMITTED' AND a.question_id = ? AND a.answer = '不定期に活動している'",
                "group:" + rep.groupId(), round.single()));
        assertEquals(303, rep.session().get(base + "/answers").status(), "the form is gone");
        assertNull(rep.session().get("/").html().selectFirst("a[href='" + base + "']"), "nothing left to do");

        // Staff see the answer, its date and the counts.
        Page progress = staff.get("/admin/surveys/" + round.id());
        assertTrue(progress.text().contains(rep.groupName()));
        Page groupAnswers = staff.get("/admin/surveys/" + round.id() + "/groups/" + rep.groupId());
        assertEquals(200, groupAnswers.status());
        assertTrue(groupAnswers.text().contains("会場の予約方法を知りたいです。"));
        assertTrue(groupAnswers.text().contains("提出済み"));
        var summary = progress.html().select("table.survey-summary").first();
        assertNotNull(summary);
        assertEquals("1", summary.select("tr:has(th:contains(不定期に活動している)) td").text());
    }

    @Test
    void onlyTheGroupsRepresentativeMayAnswer() {
        Rep rep = approvedGroup();
        Rep otherRep = approvedGroup();
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Round round = openRound(staff);
        String base = round.base(rep);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        for (WebSession outsider : List.of(otherRep.session(), citizen, staff)) {
            assertEquals(403, outsider.get(base).status());
            assertEquals(403, outsider.get(base + "/answers").status());
            assertEquals(403, outsider.post(base + "/data", DirectoryTestData.groupForm("乗っ取り")).status());
            assertEquals(403, postAnswers(outsider, base + "/answers", fullAnswers(round)).status());
        }
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_survey_response WHERE group_id = ?", rep.groupId()));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_group WHERE id = ? AND name = '乗っ取り'", rep.groupId()));
        assertEquals(303, WebSession.at(server.getURL()).get(base).status(), "anonymous visitors log in first");
        // A draft round is not there for representatives yet.
        Round draft = draftRound(staff);
        assertEquals(404, rep.session().get(draft.base(rep)).status());
    }

    @Test
    void remindersGoOnlyToGroupsThatHaveNotAnswered() {
        Rep answered = approvedGroup();
        Rep silent = approvedGroup();
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        Round round = openRound(staff);
        answer(answered, round);

        String reminder = "【実態及び意向調査】ご回答のお願い（再送）: " + round.title();
        Page reminded = staff.post("/admin/surveys/" + round.id() + "/remind", Map.of());
        assertEquals(303, reminded.status(), reminded.text());
        assertEquals(1, mails(silent.account().email(), reminder));
        assertEquals(0, mails(answered.account().email(), reminder));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_survey_reminder WHERE survey_id = ? AND group_id = ?",
                round.id(), silent.groupId()));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_survey_reminder WHERE survey_id = ? AND group_id = ?",
                round.id(), answered.groupId()));
        Page shown = staff.get(reminded.location());
        assertTrue(shown.text().contains("催促のメールを送りました"), shown.text());
        assertTrue(shown.text().contains("前回の催促"));
        assertEquals(1, data.audits("dir.audit.surveyReminded", staffAccount.id(), "dir.audit.target.survey"));

        // A double click within the minute sends nothing more.
        Page twice = staff.post("/admin/surveys/" + round.id() + "/remind", Map.of());
        assertEquals(422, twice.status());
        assertTrue(twice.text().contains("1分ほど待って"));
        assertEquals(1, mails(silent.account().email(), reminder));
    }

    @Test
    void aClosedRoundIsReadOnly() {
        Rep rep = approvedGroup();
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        Round round = openRound(staff);
        String base = round.base(rep);
        assertEquals(303, rep.session().post(base + "/answers", map("q_" + round.text(), "下書きの意見", "action", "save")).status());
        assertEquals(303, staff.post("/admin/surveys/" + round.id() + "/close", Map.of()).status());

        Page view = rep.session().get(base);
        assertEquals(200, view.status());
        assertTrue(view.text().contains("回答の受付は終了しました"), view.text());
        assertTrue(view.text().contains("下書きの意見"));
        assertNull(view.html().selectFirst("main form"), "no form");
        assertEquals(303, rep.session().get(base + "/answers").status());
        Page late = postAnswers(rep.session(), base + "/answers", fullAnswers(round));
        assertEquals(303, late.status());
        assertEquals(base, late.location());
        assertEquals(303, rep.session().post(base + "/data", DirectoryTestData.groupForm("締切後の変更")).status());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_group WHERE id = ? AND name = '締切後の変更'", rep.groupId()));
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_survey_response WHERE survey_id = ? AND status = 'SUBMITTED'",
                round.id()));
        assertEquals(422, staff.post("/admin/surveys/" + round.id() + "/remind", Map.of()).status());

        // Past its closing date an open round is read-only too.
        Round open = openRound(staff);
        data.update("UPDATE dir_survey SET closes_on = ? WHERE id = ?", LocalDate.now(kyodo.core.CityClock.JAPAN).minusDays(1).toString(), open.id());
        assertTrue(rep.session().get(open.base(rep)).text().contains("回答の受付は終了しました"));
        assertEquals(303, postAnswers(rep.session(), open.base(rep) + "/answers", fullAnswers(open)).status());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_survey_response WHERE survey_id = ?", open.id()));
    }

    @Test
    void answersExportAsCsvWithContactsOnlyOnRequest() {
        Rep rep = approvedGroup();
        Rep other = approvedGroup();
        TestAccount staffAccount = accounts.create(Role.STAFF);
        WebSession staff = accounts.logIn(server.getURL(), staffAccount);
        Round round = openRound(staff);
        answer(rep, round);

        Page csv = staff.get("/admin/surveys/" + round.id() + "/answers.csv");
        assertEquals(200, csv.status());
        byte[] bytes = csv.bytes();
        assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF, "UTF-8 with BOM");
        var rows = CsvFiles.parse(bytes);
        var header = rows.get(0).toMap().keySet();
        assertTrue(header.contains("問1 現在の活動状況を教えてください。"), header.toString());
        assertTrue(header.contains("問3 サポートセンターへのご意見"));
        assertFalse(header.contains("代表者メールアドレス"));
        var mine = rows.stream().filter(r -> r.get("団体ID").equals(String.valueOf(rep.groupId()))).findFirst().orElseThrow();
        assertEquals("提出済み", mine.get("回答状況"));
        assertEquals("不定期に活動している", mine.get("問1 現在の活動状況を教えてください。"));
        assertEquals("活動資金、会員・担い手の確保", mine.get("問2 必要な支援を選んでください。"));
        var theirs = rows.stream().filter(r -> r.get("団体ID").equals(String.valueOf(other.groupId()))).findFirst().orElseThrow();
        assertEquals("未回答", theirs.get("回答状況"));
        assertEquals(1, rows.stream().filter(r -> r.get("団体ID").equals(String.valueOf(rep.groupId()))).count(),
                "one row per group");
        assertEquals(1, data.audits("dir.audit.dataExported", staffAccount.id(), "dir.audit.target.survey"));
        assertEquals(0, data.audits(AuditLog.PERSONAL_DATA_EXPORTED, staffAccount.id(), "dir.audit.target.survey"));

        Page withContacts = staff.get("/admin/surveys/" + round.id() + "/answers.csv?contacts=1&encoding=sjis");
        String text = new String(withContacts.bytes(), CsvFiles.WINDOWS_31J);
        assertTrue(text.startsWith("団体ID"), "Windows-31J without BOM");
        assertTrue(text.contains("代表者メールアドレス"));
        assertTrue(text.contains(rep.account().email()));
        assertTrue(text.contains("代表 090-0000-1111"));
        assertEquals(1, data.audits(AuditLog.PERSONAL_DATA_EXPORTED, staffAccount.id(), "dir.audit.target.survey"));
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains(rep.account().email()));
    }

    @Test
    void theDemoCityHasAnOpenRoundWithRealisticQuestions() {
        Rep rep = approvedGroup();
        TestAccount staff = accounts.create(Role.STAFF);
        kyodo.core.DemoData survey = demoData.stream()
                .filter(d -> d.getClass().getName().contains("SurveyDemoData")).findFirst().orElseThrow();
        survey.seed(Map.of(Role.STAFF, staff.id()));
        long id = data.count("SELECT MAX(id) FROM dir_survey WHERE created_by = ?", staff.id());
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_survey WHERE id = ? AND status = 'OPEN' "
                + "AND title LIKE '%市民活動団体実態及び意向調査'", id));
        Page step2 = rep.session().get("/groups/" + rep.groupId() + "/surveys/" + id + "/answers");
        assertEquals(200, step2.status());
        assertTrue(step2.text().contains("今後の活動の意向を教えてください。"));
        assertTrue(step2.text().contains("会員・担い手の確保"));
        assertTrue(rep.session().get("/groups/mine").text().contains("市民活動団体実態及び意向調査"));
    }
}
