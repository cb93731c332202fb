package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FiscalYear;
import kyodo.core.Indicators;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 市民アンケート: staff build a questionnaire with every kind of question (choice, multiple choice, 0–10 scale, free
 * text; required; conditional; an axis; a figure code), open it; citizens answer once (anonymously per browser,
 * per account, per code); bad answers write nothing; results with counts, shares, a chart and cross-tabulation;
 * CSV without personal data; the share of an answer feeds a KPI.
 */
@MicronautTest(transactional = false)
class CitizenSurveyWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    VoicesFixture fx;
    @Inject
    List<Indicators> indicators;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    /** The questionnaire's questions by position: area, age, happiness (scale), participation, activities (if 1), comment. */
    record Survey(long id, long area, long age, long happiness, long participation, long activities, long comment, String code) {
        String path() {
            return "/voices/surveys/" + id;
        }
    }

    long question(long surveyId, int position) {
        return fx.count("SELECT q.id FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ? AND q.position = ?", surveyId, position);
    }

    static Map<String, String> surveyForm(String title, long department, String opens, String closes, String respondents) {
        return new HashMap<>(Map.of("surveyTitle", title, "surveyIntro", "暮らしの満足度をうかがいます。", "departmentId",
                Long.toString(department), "opensOn", opens, "closesOn", closes, "respondents", respondents, "attributes", "on",
                "areas", "北部地区\n南部地区"));
    }

    static Map<String, String> question(String text, String kind, String choices) {
        Map<String, String> q = new HashMap<>(Map.of("questionText", text, "questionKind", kind, "required", "on"));
        if (choices != null) {
            q.put("choices", choices);
        }
        return q;
    }

    /** Creates the questionnaire with its six questions; opened when {@code open}. */
    Survey build(WebSession staff, long department, String respondents, String opens, String closes, boolean open) {
        Page created = staff.post("/admin/voices/surveys", surveyForm(VoicesFixture.unique("幸福度調査 "), department, opens, closes,
                respondents));
        assertEquals(303, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll("^/admin/voices/surveys/(\\d+).*$", "$1"));
        String add = "/admin/voices/surveys/" + id + "/questions";
        Map<String, String> scale = question("現在、あなたはどの程度幸せですか。", "SCALE", null);
        scale.put("lowLabel", "とても不幸");
        scale.put("highLabel", "とても幸せ");
        assertEquals(303, staff.post(add, scale).status());
        String code = "kpi" + VoicesFixture.unique("").replace("-", "");
        Map<String, String> participation = question("この1年間に地域の活動に参加しましたか。", "SINGLE",
                "参加した\n以前は参加していた\n参加したことはない");
        participation.put("questionCode", code);
        assertEquals(303, staff.post(add, participation).status());
        long participationId = question(id, 4);
        Map<String, String> activities = question("参加した活動を選んでください。", "MULTIPLE", "自治会\n清掃\n見守り");
        activities.put("conditionQuestion", Long.toString(participationId));
        activities.put("conditionChoices", "1");
        assertEquals(303, staff.post(add, activities).status());
        Map<String, String> comment = question("市へのご意見", "TEXT", null);
        comment.remove("required");
        assertEquals(303, staff.post(add, comment).status());
        if (open) {
            Page opened = staff.post("/admin/voices/surveys/" + id + "/open", Map.of());
            assertEquals(303, opened.status(), opened.text());
        }
        return new Survey(id, question(id, 1), question(id, 2), question(id, 3), participationId, question(id, 5), question(id, 6), code);
    }

    long sheets(long surveyId) {
        return fx.count("SELECT COUNT(*) FROM voi_qn_sheet s JOIN voi_qn_form f ON f.id = s.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", surveyId);
    }

    long participants(long surveyId) {
        return fx.count("SELECT COUNT(*) FROM voi_survey_participant WHERE survey_id = ?", surveyId);
    }

    @Test
    void staffBuildAQuestionnaireWithEveryKindOfQuestionWhoseQuestionsAreFixedOnceOpen() {
        CLOCK.set(2036, 6, 1);
        VoicesFixture.Staff planner = fx.staff("企画課", false, false);
        WebSession staff = planner.session(server.getURL());
        Map<String, String> oneArea = surveyForm("一つの地区", planner.departmentId(), "2036-06-05", "2036-06-30", "OPEN");
        oneArea.put("areas", "北部地区");
        assertNotNull(staff.post("/admin/voices/surveys", oneArea).html().selectFirst("#areas-error"));
        Map<String, String> backwards = surveyForm("逆の期間", planner.departmentId(), "2036-06-30", "2036-06-05", "OPEN");
        assertTrue(staff.post("/admin/voices/surveys", backwards).html().selectFirst("#closesOn-error").text().contains("受付開始日より後"));

        Survey s = build(staff, planner.departmentId(), "OPEN", "2036-06-05", "2036-06-30", false);
        String add = "/admin/voices/surveys/" + s.id() + "/questions";
        Page page = staff.get("/admin/voices/surveys/" + s.id());
        assertTrue(page.text().contains("お住まいの地区を教えてください。") && page.text().contains("あなたの年代を教えてください。"));
        assertEquals(2, fx.count("SELECT COUNT(*) FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner_ref = ? AND f.owner = 'voi.survey' AND q.breakdown", s.id()), "area and age are axes");

        Page oneChoice = staff.post(add, question("活動日は？", "SINGLE", "土曜日"));
        assertEquals(422, oneChoice.status());
        assertTrue(oneChoice.html().selectFirst("#choices-error").text().contains("2つ以上"));
        assertEquals("活動日は？", oneChoice.html().selectFirst("#questionText").text(), "what was typed is kept");
        Map<String, String> sameCode = question("別の質問", "SINGLE", "はい\nいいえ");
        sameCode.put("questionCode", s.code());
        assertNotNull(staff.post(add, sameCode).html().selectFirst("#questionCode-error"));
        Map<String, String> badNumber = question("条件つき", "SINGLE", "はい\nいいえ");
        badNumber.put("conditionQuestion", Long.toString(s.participation()));
        badNumber.put("conditionChoices", "5");
        assertTrue(staff.post(add, badNumber).html().selectFirst("#conditionChoices-error").text().contains("1から3"));
        Map<String, String> onScale = question("条件つき", "SINGLE", "はい\nいいえ");
        onScale.put("conditionQuestion", Long.toString(s.happiness()));
        onScale.put("conditionChoices", "1");
        assertNotNull(staff.post(add, onScale).html().selectFirst("#conditionQuestion-error"), "a condition is on a choice question");
        Map<String, String> axis = question("複数の軸", "MULTIPLE", "A\nB");
        axis.put("breakdown", "on");
        assertNotNull(staff.post(add, axis).html().selectFirst("#breakdown-error"));
        Page condition = staff.post("/admin/voices/surveys/" + s.id() + "/questions/" + s.participation() + "/delete", Map.of());
        assertEquals(422, condition.status());
        assertTrue(condition.text().contains("表示の条件になっているため"));
        assertEquals(6, fx.count("SELECT COUNT(*) FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", s.id()));

        assertEquals(303, staff.post("/admin/voices/surveys/" + s.id() + "/open", Map.of()).status());
        Page locked = staff.post(add, question("追加の質問", "TEXT", null));
        assertEquals(422, locked.status());
        assertTrue(locked.text().contains("質問は変更できません"), locked.text());
        assertEquals(6, fx.count("SELECT COUNT(*) FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", s.id()));
        Page notYet = WebSession.at(server.getURL()).get(s.path());
        assertEquals(200, notYet.status());
        assertTrue(notYet.text().contains("いまは回答を受け付けていません"));
        assertNull(notYet.html().selectFirst("main form"));
        Page otherDepartment = fx.staff("他課", false, false).session(server.getURL()).post("/admin/voices/surveys/" + s.id() + "/close",
                Map.of());
        assertEquals(422, otherDepartment.status());
        assertTrue(otherDepartment.text().contains("担当課と企画・広聴の担当課の職員だけ"), "another department cannot close it");
        assertEquals("OPEN", fx.text("SELECT status FROM voi_survey WHERE id = ?", s.id()));
    }

    @Test
    void citizensAnswerOnceBadAnswersWriteNothingAndTheResultsCountShareAndBreakDownTheAnswers() {
        CLOCK.set(2036, 7, 1);
        VoicesFixture.Staff planner = fx.staff("企画課", false, false);
        WebSession staff = planner.session(server.getURL());
        Survey s = build(staff, planner.departmentId(), "OPEN", "2036-07-01", "2036-07-31", true);
        WebSession browser = WebSession.at(server.getURL());
        Page form = browser.get(s.path());
        assertNotNull(form.html().selectFirst("#q_" + s.happiness() + "_10"), "a 0–10 scale");
        assertTrue(form.text().contains("問4で「参加した」と答えた方のみ"), form.text());

        Page missing = browser.postPairs(s.path(), "q_" + s.comment(), "途中まで書いた意見");
        assertEquals(422, missing.status());
        assertTrue(missing.html().selectFirst("#q_" + s.happiness() + "-error").text().contains("0から10"));
        assertEquals("選択肢から1つ選んでください", missing.html().selectFirst("#q_" + s.participation() + "-error").text());
        assertNull(missing.html().selectFirst("#q_" + s.activities() + "-error"), "the condition is not met");
        assertEquals("途中まで書いた意見", missing.html().selectFirst("#q_" + s.comment()).text());
        Page invalid = browser.postPairs(s.path(), "q_" + s.happiness(), "11", "q_" + s.participation(), "7");
        assertEquals("一覧から選んでください", invalid.html().selectFirst("#q_" + s.happiness() + "-error").text());
        assertEquals("一覧から選んでください", invalid.html().selectFirst("#q_" + s.participation() + "-error").text());
        Page twoOfOne = browser.postPairs(s.path(), "q_" + s.happiness(), "5", "q_" + s.participation(), "0",
                "q_" + s.participation(), "1");
        assertNotNull(twoOfOne.html().selectFirst("#q_" + s.participation() + "-error"), "one choice means one");
        Page conditional = browser.postPairs(s.path(), "q_" + s.happiness(), "6", "q_" + s.participation(), "0");
        assertEquals("当てはまるものを1つ以上選んでください", conditional.html().selectFirst("#q_" + s.activities() + "-error").text());
        Page tooLong = browser.postPairs(s.path(), "q_" + s.happiness(), "6", "q_" + s.participation(), "2",
                "q_" + s.comment(), "あ".repeat(2001));
        assertTrue(tooLong.html().selectFirst("#q_" + s.comment() + "-error").text().contains("2000"));
        assertEquals(0, sheets(s.id()), "nothing is written");
        assertEquals(0, participants(s.id()));

        Page answered = browser.postPairs(s.path(), "q_" + s.area(), "0", "q_" + s.age(), "2", "q_" + s.happiness(), "３",
                "q_" + s.participation(), "2", "q_" + s.activities(), "1", "q_" + s.comment(), "公園を増やしてほしい");
        assertEquals(303, answered.status(), answered.text());
        assertTrue(browser.get(answered.location()).text().contains("ご回答ありがとうございました"));
        Page again = browser.postPairs(s.path(), "q_" + s.happiness(), "8", "q_" + s.participation(), "1");
        assertEquals(422, again.status());
        assertTrue(again.text().contains("すでに回答いただいています"));
        assertTrue(browser.get(s.path()).text().contains("すでに回答いただいています"));
        assertEquals(1, sheets(s.id()));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_qn_answer WHERE question_id = ?", s.activities()),
                "an answer to a question that does not apply is not kept");

        WebSession second = WebSession.at(server.getURL());
        second.get(s.path());
        assertEquals(303, second.postPairs(s.path(), "q_" + s.area(), "1", "q_" + s.age(), "2",
                "q_" + s.happiness(), "8", "q_" + s.participation(), "0", "q_" + s.activities(), "0", "q_" + s.activities(), "2").status());
        TestAccount person = accounts.create(Role.CITIZEN);
        assertEquals(303, accounts.logIn(server.getURL(), person).postPairs(s.path(), "q_" + s.area(), "1", "q_" + s.age(), "4",
                "q_" + s.happiness(), "10", "q_" + s.participation(), "0", "q_" + s.activities(), "0").status());
        assertEquals(3, sheets(s.id()));
        assertEquals(0, fx.count("SELECT COUNT(*) FROM voi_qn_sheet s JOIN voi_qn_form f ON f.id = s.form_id WHERE f.owner_ref = ? "
                + "AND f.owner = 'voi.survey' AND s.respondent LIKE ?", s.id(), "%" + person.id() + "%"), "sheets do not name people");

        Page results = staff.get("/admin/voices/surveys/" + s.id() + "/results");
        assertEquals(200, results.status());
        assertTrue(results.text().contains("回答者 3人"), results.text());
        var participation = results.html().selectFirst("section[aria-labelledby='result-" + s.participation() + "']");
        assertNotNull(participation.selectFirst("svg[role=img] title"), "a chart");
        assertEquals("2", participation.select("tr:has(th:contains(参加した)) td").get(1).text());
        assertEquals("66.7%", participation.select("tr:has(th:contains(参加した)) td").get(2).text());
        assertTrue(results.html().selectFirst("section[aria-labelledby='result-" + s.happiness() + "']").text().contains("平均 7.0点"));
        assertTrue(results.text().contains("公園を増やしてほしい"), "staff read the free text");
        Page byArea = staff.get("/admin/voices/surveys/" + s.id() + "/results?by=" + s.area());
        var cross = byArea.html().select("table:has(caption:contains(この1年間に地域の活動に参加しましたか。))").first();
        assertNotNull(cross, byArea.text());
        assertEquals("2", cross.select("tr:has(th:contains(南部地区)) td").get(0).text());
        assertEquals("2（100.0%）", cross.select("tr:has(th:contains(南部地区)) td").get(1).text());
        assertEquals("1（100.0%）", cross.select("tr:has(th:contains(北部地区)) td").get(3).text());

        Page csv = staff.get("/admin/voices/surveys/" + s.id() + "/answers.csv");
        var rows = CsvFiles.parse(csv.bytes());
        assertEquals(3, rows.size());
        var header = rows.get(0).toMap().keySet();
        assertTrue(header.contains("回答番号") && header.contains("問3 現在、あなたはどの程度幸せですか。"), header.toString());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains(person.email()) || text.contains(person.name()) || text.contains("anon:"), "no personal data");
        assertTrue(text.contains("自治会、見守り"));
        assertEquals(1, fx.audits("voi.audit.surveyExported", planner.account().id(), "voi.audit.target.survey"));

        assertEquals(404, WebSession.at(server.getURL()).get(s.path() + "/results").status(), "not public while open");
        assertEquals(422, staff.post("/admin/voices/surveys/" + s.id() + "/results/show", Map.of()).status());
        assertEquals(303, staff.post("/admin/voices/surveys/" + s.id() + "/close", Map.of()).status());
        assertEquals(303, staff.post("/admin/voices/surveys/" + s.id() + "/results/show", Map.of()).status());
        Page shown = WebSession.at(server.getURL()).get(s.path() + "/results");
        assertEquals(200, shown.status());
        assertTrue(shown.text().contains("回答者 3人"));
        assertFalse(shown.text().contains("公園を増やしてほしい"), "free text is not published");
        assertEquals(422, WebSession.at(server.getURL()).postPairs(s.path(), "q_" + s.happiness(), "5",
                "q_" + s.participation(), "2").status(), "closed");

        Indicators mine = indicators.stream().filter(i -> i.indicators().stream().anyMatch(x -> x.code().equals("voi.share")))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("66.7"), mine.value("voi.share", s.code() + ":1", new FiscalYear(2036)).orElseThrow());
        assertEquals(new BigDecimal("100.0"), mine.value("voi.share", s.code() + ":1,3", new FiscalYear(2036)).orElseThrow());
        assertTrue(mine.value("voi.share", s.code() + ":1", new FiscalYear(2035)).isEmpty(), "another year");
        assertTrue(mine.value("voi.share", "nonsense", new FiscalYear(2036)).isEmpty());
    }

    @Test
    void signedInQuestionnairesTakeOneAnswerPerAccountAndSampledOnesOnePerCode() {
        CLOCK.set(2036, 8, 1);
        VoicesFixture.Staff planner = fx.staff("企画課", false, false);
        WebSession staff = planner.session(server.getURL());
        Survey signed = build(staff, planner.departmentId(), "SIGNED_IN", "2036-08-01", "2036-08-31", true);
        String[] answer = {"q_" + signed.happiness(), "5", "q_" + signed.participation(), "2"};
        Page anonymous = WebSession.at(server.getURL()).postPairs(signed.path(), answer);
        assertEquals(422, anonymous.status());
        assertTrue(anonymous.text().contains("ログインが必要"));
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession me = accounts.logIn(server.getURL(), person);
        assertEquals(303, me.postPairs(signed.path(), answer).status());
        assertEquals(422, me.postPairs(signed.path(), answer).status(), "one answer per account");
        assertEquals(1, sheets(signed.id()));

        Survey sample = build(staff, planner.departmentId(), "SAMPLE", "2036-08-01", "2036-08-31", false);
        Page noCodes = staff.post("/admin/voices/surveys/" + sample.id() + "/open", Map.of());
        assertTrue(noCodes.text().contains("回答コードを発行してから"));
        assertNotNull(staff.post("/admin/voices/surveys/" + sample.id() + "/codes", Map.of("codeCount", "9999")).html()
                .selectFirst("#codeCount-error"));
        assertEquals(303, staff.post("/admin/voices/surveys/" + sample.id() + "/codes", Map.of("codeCount", "3")).status());
        var codes = CsvFiles.parse(staff.get("/admin/voices/surveys/" + sample.id() + "/codes.csv").bytes());
        assertEquals(3, codes.size());
        String code = codes.get(0).get("回答コード");
        assertEquals(303, staff.post("/admin/voices/surveys/" + sample.id() + "/open", Map.of()).status());
        String[] sampled = {"q_" + sample.happiness(), "5", "q_" + sample.participation(), "2"};
        Page bogus = WebSession.at(server.getURL()).postPairs(sample.path(), "answerCode", "ZZZZZZZZZZ", sampled[0], sampled[1],
                sampled[2], sampled[3]);
        assertEquals(422, bogus.status());
        assertNotNull(bogus.html().selectFirst("#answerCode-error"));
        assertEquals(303, WebSession.at(server.getURL()).postPairs(sample.path(), "answerCode", code.toLowerCase(), sampled[0],
                sampled[1], sampled[2], sampled[3]).status(), "codes are read in either case");
        Page used = WebSession.at(server.getURL()).postPairs(sample.path(), "answerCode", code, sampled[0], sampled[1],
                sampled[2], sampled[3]);
        assertEquals(422, used.status());
        assertTrue(used.text().contains("すでに回答"));
        assertEquals(1, sheets(sample.id()));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_survey_code WHERE survey_id = ? AND used_at IS NOT NULL", sample.id()));
    }
}
