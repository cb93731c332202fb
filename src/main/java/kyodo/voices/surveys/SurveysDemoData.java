package kyodo.voices.surveys;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.FiscalYear;
import kyodo.core.Role;
import kyodo.voices.Question;
import kyodo.voices.QuestionDraft;
import kyodo.voices.QuestionnaireEngine;
import kyodo.voices.QuestionnaireKey;
import kyodo.voices.internal.DepartmentRepository;
import kyodo.voices.internal.Receipts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo city's 幸福度調査 (happiness survey, after Furano's): last year's, closed with 60 answers and its
 * results published (the share taking part in local activities feeds the plan's KPI), and this year's, open now.
 */
@Singleton
class SurveysDemoData implements DemoData {

    private final SurveyRepositories.Surveys surveys;
    private final QuestionnaireEngine engine;
    private final DepartmentRepository departments;
    private final CityClock clock;

    SurveysDemoData(SurveyRepositories.Surveys surveys, QuestionnaireEngine engine, DepartmentRepository departments,
                    CityClock clock) {
        this.surveys = surveys;
        this.engine = engine;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 640;
    }

    @Override
    @Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        Long staff = accountsByRole.get(Role.STAFF);
        if (staff == null || departments.findByName("企画課").isEmpty()) {
            return;
        }
        long department = departments.findByName("企画課").orElseThrow().id();
        FiscalYear last = clock.fiscalYear().previous();
        if (surveys.existsByTitle(last.warekiLabel() + " 幸福度調査")) {
            return; // seeded already
        }
        LocalDate lastOpens = LocalDate.of(last.startYear(), 10, 1);
        CitizenSurvey past = surveys.save(new CitizenSurvey(null, last.warekiLabel() + " 幸福度調査", intro(), department,
                lastOpens, lastOpens.plusDays(30), CitizenSurvey.Respondents.OPEN, CitizenSurvey.Status.CLOSED, true, staff,
                lastOpens.minusDays(30).atTime(10, 0), lastOpens.atStartOfDay(), lastOpens.plusDays(31).atTime(9, 0)));
        List<Question> q = questions(past.key());
        engine.freeze(past.key());
        Random random = new Random(2020);
        for (int i = 0; i < 60; i++) {
            answer(past.key(), q, random, i);
        }

        LocalDate today = clock.today();
        CitizenSurvey current = surveys.save(new CitizenSurvey(null, clock.fiscalYear().warekiLabel() + " 幸福度調査", intro(),
                department, today.minusDays(10), today.plusDays(20), CitizenSurvey.Respondents.OPEN, CitizenSurvey.Status.OPEN,
                false, staff, today.minusDays(30).atTime(10, 0), today.minusDays(10).atStartOfDay(), null));
        List<Question> now = questions(current.key());
        engine.freeze(current.key());
        for (int i = 0; i < 5; i++) {
            answer(current.key(), now, random, i);
        }
    }

    private static String intro() {
        return "市民の皆さんが日々の暮らしの中でどの程度幸せを感じているか、地域の活動にどのくらい参加しているかをうかがい、"
                + "総合計画の重点施策「市民一人ひとりが幸福を実感するまち」の推進に生かします。\n"
                + "回答は匿名で集計し、個人が特定されることはありません（所要時間は5分ほどです）。";
    }

    private List<Question> questions(QuestionnaireKey key) {
        var all = QuestionDraft.allKinds();
        engine.addQuestion(key, new QuestionDraft("お住まいの地区を教えてください。", "SINGLE",
                "北部地区\n中央地区\n南部地区\n東部地区\n西部地区", false, null, null, "area", true, null, null, all));
        engine.addQuestion(key, new QuestionDraft("あなたの年代を教えてください。", "SINGLE",
                "18〜29歳\n30代\n40代\n50代\n60代\n70歳以上", false, null, null, "age", true, null, null, all));
        engine.addQuestion(key, new QuestionDraft("現在、あなたはどの程度幸せですか。「とても幸せ」を10点、「とても不幸」を0点とすると、"
                + "何点くらいになると思いますか。", "SCALE", null, true, null, null, "happiness", false, "とても不幸", "とても幸せ", all));
        Question participation = engine.addQuestion(key, new QuestionDraft("この1年間に、自治会や市民活動団体などの地域の活動に参加しましたか。",
                "SINGLE", "参加した\n以前は参加していたが、この1年は参加していない\n参加したことはない", true, null, null,
                "participation", false, null, null, all));
        engine.addQuestion(key, new QuestionDraft("参加した活動をすべて選んでください。", "MULTIPLE",
                "自治会・町内会の活動\n清掃・環境美化\n子育て・子どもの見守り\n高齢者の見守り・支援\n防災・防犯\n文化・スポーツ\nその他",
                true, Long.toString(participation.id()), "1", null, false, null, null, all));
        engine.addQuestion(key, new QuestionDraft("地域の活動に参加しやすくするために、市に望むことがあればお書きください。", "TEXT",
                null, false, null, null, null, false, null, null, all));
        return engine.questions(key);
    }

    /** One respondent: about a third took part in local activities (the KPI's 35.9%). */
    private void answer(QuestionnaireKey key, List<Question> q, Random random, int i) {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put(q.get(0).field(), List.of(Integer.toString(random.nextInt(5))));
        fields.put(q.get(1).field(), List.of(Integer.toString(random.nextInt(6))));
        fields.put(q.get(2).field(), List.of(Integer.toString(Math.min(10, 4 + random.nextInt(6)))));
        int took = i % 14 < 5 ? 0 : i % 3 == 0 ? 1 : 2;
        fields.put(q.get(3).field(), List.of(Integer.toString(took)));
        if (took == 0) {
            fields.put(q.get(4).field(), List.of(Integer.toString(random.nextInt(7)), Integer.toString(random.nextInt(7))));
        }
        if (i % 9 == 0) {
            fields.put(q.get(5).field(), List.of("平日の夜や休日に参加できる活動の情報がほしいです。"));
        }
        engine.save(key, "anon:" + Receipts.token(), engine.read(key, fields), true);
    }
}
