package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.List;

/**
 * The application form as typed: the plan (事業計画書) and the rows of the budget (収支予算書),
 * with {@code action} {@code save} (下書き保存) or {@code submit} (提出する). What a submission
 * requires beyond the title is checked by {@link ApplicationDrafts}, which knows it is one.
 */
@Introspected
@Serdeable
public record ApplicationForm(
        @Nullable @Pattern(regexp = Inputs.ID, message = "{sub.error.noWindow}") String windowId,
        @Nullable @Pattern(regexp = Inputs.ID, message = "{sub.error.chooseGroup}") String groupId,
        @Nullable @Pattern(regexp = Inputs.ID, message = "{sub.error.chooseCategory}") String categoryId,
        @Nullable @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String purpose,
        @Nullable @Size(max = 4000) String content,
        @Nullable @Size(max = 4000) String schedule,
        @Nullable @Size(max = 200) String place,
        @Nullable @Size(max = 4000) String expectedEffect,
        @Nullable @Pattern(regexp = Inputs.DATE, message = "{sub.error.date}") String projectStart,
        @Nullable @Pattern(regexp = Inputs.DATE, message = "{sub.error.date}") String projectEnd,
        @Nullable @Pattern(regexp = Inputs.YEN, message = "{sub.error.yen}") String requestedAmount,
        @Nullable List<String> incomeCategory,
        @Nullable List<String> incomeItem,
        @Nullable List<String> incomeAmount,
        @Nullable List<String> expenseCategory,
        @Nullable List<String> expenseItem,
        @Nullable List<String> expenseAmount,
        @Nullable List<String> expenseEligible,
        @Nullable String action) {

    public ApplicationForm {
        windowId = FormText.ascii(windowId);
        groupId = FormText.ascii(groupId);
        categoryId = FormText.ascii(categoryId);
        title = FormText.clean(title);
        purpose = FormText.clean(purpose);
        content = FormText.clean(content);
        schedule = FormText.clean(schedule);
        place = FormText.clean(place);
        expectedEffect = FormText.clean(expectedEffect);
        projectStart = Inputs.dateText(projectStart);
        projectEnd = Inputs.dateText(projectEnd);
        requestedAmount = FormText.number(requestedAmount);
        incomeItem = Inputs.cleanAll(incomeItem);
        incomeAmount = BudgetRows.amounts(incomeAmount);
        expenseItem = Inputs.cleanAll(expenseItem);
        expenseAmount = BudgetRows.amounts(expenseAmount);
    }

    public static ApplicationForm empty(@Nullable Long windowId) {
        return new ApplicationForm(windowId == null ? null : String.valueOf(windowId), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null,
                BudgetRows.eligibleRows(BudgetRows.of(List.of(), BudgetLine.EXPENSE, BudgetRows.EXPENSE_ROWS)), null);
    }

    /** A saved application as its form shows it again. */
    public static ApplicationForm of(Application a, List<BudgetLine> plan) {
        List<BudgetRows.Line> income = BudgetRows.of(plan, BudgetLine.INCOME, BudgetRows.INCOME_ROWS);
        List<BudgetRows.Line> expenses = BudgetRows.of(plan, BudgetLine.EXPENSE, BudgetRows.EXPENSE_ROWS);
        return new ApplicationForm(String.valueOf(a.windowId()), String.valueOf(a.groupId()),
                String.valueOf(a.categoryId()), a.title(), a.purpose(), a.content(), a.schedule(), a.place(),
                a.expectedEffect(), a.projectStart() == null ? null : a.projectStart().toString(),
                a.projectEnd() == null ? null : a.projectEnd().toString(),
                a.requestedAmount() == 0 ? null : String.valueOf(a.requestedAmount()),
                BudgetRows.column(income, BudgetRows.Line::category), BudgetRows.column(income, BudgetRows.Line::item),
                BudgetRows.column(income, BudgetRows.Line::amount),
                BudgetRows.column(expenses, BudgetRows.Line::category), BudgetRows.column(expenses, BudgetRows.Line::item),
                BudgetRows.column(expenses, BudgetRows.Line::amount), BudgetRows.eligibleRows(expenses), null);
    }

    public boolean submitting() {
        return "submit".equals(action);
    }

    public List<BudgetRows.Line> incomeLines() {
        return BudgetRows.lines(incomeCategory, incomeItem, incomeAmount, null, BudgetRows.INCOME_ROWS);
    }

    public List<BudgetRows.Line> expenseLines() {
        return BudgetRows.lines(expenseCategory, expenseItem, expenseAmount, expenseEligible, BudgetRows.EXPENSE_ROWS);
    }

    public Application.PlanText plan(java.time.LocalDate start, java.time.LocalDate end) {
        return new Application.PlanText(title, nonNull(purpose), nonNull(content), nonNull(schedule), nonNull(place),
                nonNull(expectedEffect), start, end);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
