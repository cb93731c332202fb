package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same form sent four times at once (four tabs, a nervous double click) gives one result: one opinion, one
 * letter, one application, one questionnaire answer; every response is a receipt or a message, never an error page.
 */
@MicronautTest(transactional = false)
class VoicesConcurrencyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    VoicesFixture fx;

    /** Runs the same request four times at the same moment; returns the statuses. */
    static List<Integer> fourAtOnce(Supplier<WebSession.Page> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> {
                    start.await();
                    return request.get().status();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anOpinionALetterAnApplicationAndAnAnswerSentFourTimesAtOnceAreKeptOnce() throws Exception {
        VoicesFixture.Staff planner = fx.staff("企画課", true, true);
        WebSession staff = planner.session(server.getURL());
        LocalDate today = LocalDate.now(kyodo.core.CityClock.JAPAN);

        // A public comment open now.
        var draft = PublicCommentWebTest.draftForm(VoicesFixture.unique("同時送信の計画"), planner.departmentId(), today.minusDays(1),
                today.plusDays(29));
        var created = PublicCommentWebTest.postDraft(staff, "/admin/voices/comments", draft, "RESIDENT");
        long draftId = Long.parseLong(created.location().replaceAll("^/admin/voices/comments/(\\d+).*$", "$1"));
        assertEquals(303, staff.postMultipart("/admin/voices/comments/" + draftId + "/documents", Map.of(),
                Map.of("document", new WebSession.FilePart("plan.pdf", "application/pdf", PublicCommentWebTest.PDF))).status());
        assertEquals(303, staff.post("/admin/voices/comments/" + draftId + "/publish", Map.of()).status());
        WebSession citizen = WebSession.at(server.getURL());
        Map<String, String> opinion = PublicCommentWebTest.opinion("同時 太郎", "さくら市中央1-1", "同じ意見を4回送ります。");
        List<Integer> opinions = fourAtOnce(() -> citizen.post("/voices/comments/" + draftId + "/opinion", opinion));
        assertEquals(List.of(303, 303, 303, 303), opinions);
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_pc_opinion WHERE draft_id = ?", draftId));

        // A letter.
        String title = VoicesFixture.unique("同時送信のご意見");
        Map<String, String> letter = LetterWebTest.letter(title, "same@example.jp");
        assertEquals(List.of(303, 303, 303, 303), fourAtOnce(() -> citizen.post("/voices/letters", letter)));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_letter WHERE title = ?", title));
        assertEquals(1, fx.mails("same@example.jp", "【市政へのご意見】受け付けました%"), "one receipt mail");

        // An application.
        Map<String, String> council = new HashMap<>(Map.of("councilName", VoicesFixture.unique("環境審議会"),
                "departmentId", Long.toString(planner.departmentId()), "seats", "10", "citizenSeats", "2"));
        var c = staff.post("/admin/voices/councils", council);
        long councilId = Long.parseLong(c.location().replaceAll("^/admin/voices/councils/(\\d+).*$", "$1"));
        var call = staff.post("/admin/voices/councils/" + councilId + "/recruitments", Map.of("recruitSeats", "2",
                "callEligibility", "市内在住の方", "essayTheme", "環境", "essayMax", "400", "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(10).toString(), "termStartsOn", today.plusDays(20).toString(),
                "termEndsOn", today.plusDays(400).toString()));
        long callId = Long.parseLong(call.location().replaceAll("^/admin/voices/councils/recruitments/(\\d+).*$", "$1"));
        TestAccount applicant = accounts.create(Role.CITIZEN);
        WebSession a = accounts.logIn(server.getURL(), applicant);
        Map<String, String> application = CouncilWebTest.application(applicant.name(), "環境を守る活動をしています。");
        assertEquals(List.of(303, 303, 303, 303),
                fourAtOnce(() -> a.post("/voices/councils/recruitments/" + callId + "/apply", application)));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_application WHERE recruitment_id = ?", callId));
        assertEquals(1, fx.mails(applicant.email(), "【公募委員】応募を受け付けました%"));

        // An answer to a questionnaire for signed-in people.
        var survey = staff.post("/admin/voices/surveys", Map.of("surveyTitle", VoicesFixture.unique("同時回答"),
                "departmentId", Long.toString(planner.departmentId()), "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(10).toString(), "respondents", "SIGNED_IN"));
        long surveyId = Long.parseLong(survey.location().replaceAll("^/admin/voices/surveys/(\\d+).*$", "$1"));
        assertEquals(303, staff.post("/admin/voices/surveys/" + surveyId + "/questions", Map.of("questionText", "満足していますか",
                "questionKind", "SINGLE", "choices", "はい\nいいえ", "required", "on")).status());
        assertEquals(303, staff.post("/admin/voices/surveys/" + surveyId + "/open", Map.of()).status());
        long question = fx.count("SELECT q.id FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", surveyId);
        List<Integer> answers = fourAtOnce(() -> a.postPairs("/voices/surveys/" + surveyId, "q_" + question, "0"));
        assertEquals(1, answers.stream().filter(s -> s == 303).count(), answers.toString());
        assertTrue(answers.stream().allMatch(s -> s == 303 || s == 422), answers.toString());
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_qn_sheet s JOIN voi_qn_form f ON f.id = s.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", surveyId));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_survey_participant WHERE survey_id = ?", surveyId));
    }
    @Test
    void aDraftAndAQuestionnaireCreatedFourTimesAtOnceAreOneEach() throws Exception {
        VoicesFixture.Staff planner = fx.staff("政策課", false, false);
        WebSession staff = planner.session(server.getURL());
        LocalDate today = LocalDate.now(kyodo.core.CityClock.JAPAN);
        String title = VoicesFixture.unique("同時作成の計画");
        var draft = PublicCommentWebTest.draftForm(title, planner.departmentId(), today.plusDays(5), today.plusDays(34));
        List<Integer> drafts = fourAtOnce(() -> PublicCommentWebTest.postDraft(staff, "/admin/voices/comments", draft, "RESIDENT"));
        assertEquals(List.of(303, 303, 303, 303), drafts);
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_pc_draft WHERE title = ?", title));

        String survey = VoicesFixture.unique("同時作成のアンケート");
        Map<String, String> form = Map.of("surveyTitle", survey, "departmentId", Long.toString(planner.departmentId()),
                "opensOn", today.plusDays(1).toString(), "closesOn", today.plusDays(20).toString(), "respondents", "OPEN",
                "attributes", "on", "areas", "北部地区\n南部地区");
        assertEquals(List.of(303, 303, 303, 303), fourAtOnce(() -> staff.post("/admin/voices/surveys", form)));
        assertEquals(1, fx.count("SELECT COUNT(*) FROM voi_survey WHERE title = ?", survey));
        assertEquals(2, fx.count("SELECT COUNT(*) FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "JOIN voi_survey s ON s.id = f.owner_ref AND f.owner = 'voi.survey' WHERE s.title = ?", survey),
                "the area and age questions once");
    }
}
