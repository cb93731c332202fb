package kyodo.directory.internal;

import kyodo.directory.survey.SurveyForms.QuestionInput;
import kyodo.directory.survey.SurveyForms.RoundInput;

import kyodo.directory.survey.SurveyRounds;
import kyodo.directory.groups.GroupRepository;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.DemoData;
import kyodo.core.FiscalYear;
import kyodo.core.Role;

import java.time.LocalDate;
import java.util.Map;

/**
 * This year's 市民活動団体実態及び意向調査, with the questions Tomisato's survey asks about
 * (activity status, intention to continue, support needed, lecturers for 出前講座). Opened when
 * the demo city has approved groups, so their representatives find it on their pages.
 */
@Singleton
class SurveyDemoData implements DemoData {

    private final SurveyRounds surveys;
    private final GroupRepository groups;
    private final CityClock clock;

    SurveyDemoData(SurveyRounds surveys, GroupRepository groups, CityClock clock) {
        this.surveys = surveys;
        this.groups = groups;
        this.clock = clock;
    }

    /** After the directory's groups, before subsidies. */
    @Override
    public int order() {
        return 290;
    }

    @Override
    @io.micronaut.transaction.annotation.Transactional
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.getOrDefault(Role.STAFF, accountsByRole.values().iterator().next());
        LocalDate today = clock.today();
        FiscalYear year = FiscalYear.of(today);
        long id = surveys.create(staff, new RoundInput(year.warekiLabel() + " 市民活動団体実態及び意向調査",
                String.valueOf(year.startYear()), today.minusDays(7).toString(), today.plusDays(30).toString(),
                "市内で活動する市民活動団体の活動状況と今後の活動の意向をうかがい、団体情報の更新と、"
                        + "講座・補助金などの情報提供、市との協働の検討に活用します。\n"
                        + "まず団体の登録情報を確認・更新し、続いて質問にお答えください（所要時間は10分ほどです）。"));
        surveys.addQuestion(staff, id, new QuestionInput("現在の団体の活動状況を教えてください。", "SINGLE",
                "定期的に活動している\n不定期に活動している\n休止している\n解散した・解散を予定している", "on"));
        surveys.addQuestion(staff, id, new QuestionInput("今後の活動の意向を教えてください。", "SINGLE",
                "活動を拡大したい\n現在の規模で続けたい\n縮小を考えている\n休止・解散を考えている\nまだ決めていない", "on"));
        surveys.addQuestion(staff, id, new QuestionInput("活動を続けるうえで困っていること・必要な支援を選んでください。", "MULTIPLE",
                "活動資金\n会員・担い手の確保\n後継者（リーダー）の育成\n活動場所の確保\n情報発信・PR\n"
                        + "ほかの団体や市との連携\n専門的な知識・ノウハウ\n特にない", "on"));
        surveys.addQuestion(staff, id, new QuestionInput("「架け橋～市民活動出前講座～」の講師として協力いただけますか。", "SINGLE",
                "協力できる\n内容や日程によっては協力できる\n協力は難しい", null));
        surveys.addQuestion(staff, id, new QuestionInput("市やほかの団体と協働して取り組んでみたいことがあればお書きください。",
                "TEXT", null, null));
        surveys.addQuestion(staff, id, new QuestionInput("サポートセンターへのご意見・ご要望をお書きください。", "TEXT", null, null));
        if (groups.countApproved() > 0) {
            surveys.open(staff, id);
        }
    }
}
