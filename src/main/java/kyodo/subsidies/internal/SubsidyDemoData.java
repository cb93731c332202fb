package kyodo.subsidies.internal;

import kyodo.core.CityClock;
import jakarta.inject.Singleton;
import kyodo.core.DemoData;
import kyodo.core.FiscalYear;
import kyodo.core.Role;
import kyodo.subsidies.internal.Forms.CategoryForm;
import kyodo.subsidies.internal.Forms.ProgramForm;
import kyodo.subsidies.internal.Forms.WindowForm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The demo city's 市民活動支援補助金 for this fiscal year, modelled on Tomisato's (¥600,000, four windows). */
@Singleton
class SubsidyDemoData implements DemoData {

    private final ProgramSetup programs;
    private final Rubric rubric;
    private final CityClock clock;

    SubsidyDemoData(ProgramSetup programs, Rubric rubric, CityClock clock) {
        this.programs = programs;
        this.rubric = rubric;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(Map<Role, Long> accountsByRole) {
        long staff = accountsByRole.getOrDefault(Role.STAFF, accountsByRole.values().iterator().next());
        FiscalYear year = clock.fiscalYear();
        long id = programs.create(staff, new ProgramForm(String.valueOf(year.startYear()), "市民活動支援補助金",
                "市民や様々な主体が取り組む市民活動を活性化させるため、公募型の補助金により財政的援助を行います。",
                "600000", "ふるさと応援寄附金", List.of("NPO", "CIVIC", "NEIGHBORHOOD", "DISTRICT_COUNCIL"),
                "審査は公開プレゼンテーション方式で行い、協働のまちづくり推進委員会が審査します。\n"
                        + "申請の前に、サポートセンターの相談会・書き方セミナーをご利用ください。", "30"));
        programs.addCategory(staff, id, new CategoryForm("キックオフ部門", "100000", "10", "10",
                "新しく活動を始める団体の立ち上げを支援します。"));
        programs.addCategory(staff, id, new CategoryForm("チャレンジ部門", "200000", "1", "2",
                "活動実績のある団体の新しい挑戦を支援します。"));
        programs.addCategory(staff, id, new CategoryForm("連携部門", "300000", "2", "3",
                "複数の団体が連携（コラボレーション）して行う活動を支援します。"));
        rubric.addStandardCriteria(staff, id);
        // Four windows like FY2020's; the one around today is open.
        int y = year.startYear();
        int[][] periods = {{4, 1, 4, 30}, {5, 1, 6, 30}, {7, 1, 8, 31}, {9, 1, 9, 30}};
        for (int i = 0; i < periods.length; i++) {
            int[] p = periods[i];
            LocalDate close = LocalDate.of(y, p[2], p[3]);
            programs.addWindow(staff, id, new WindowForm(String.valueOf(i + 1), LocalDate.of(y, p[0], p[1]) + "T00:00",
                    close + "T23:59", close.plusDays(17).toString(), "13:30", "市役所 大会議室"));
        }
        LocalDate today = clock.today();
        if (today.isAfter(LocalDate.of(y, 9, 30))) {
            programs.addWindow(staff, id, new WindowForm("5", today.minusDays(1) + "T00:00",
                    today.plusDays(30) + "T23:59", today.plusDays(45).toString(), "13:30", "市役所 大会議室"));
        }
    }
}
