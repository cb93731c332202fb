package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

import java.util.List;

/** The completion report (実績報告) as typed: what was done and the rows of the 収支決算書. */
@Introspected
@Serdeable
public record ReportForm(
        @Nullable @NotBlank @Size(max = 8000) String reportText,
        @Nullable List<String> incomeCategory,
        @Nullable List<String> incomeItem,
        @Nullable List<String> incomeAmount,
        @Nullable List<String> expenseCategory,
        @Nullable List<String> expenseItem,
        @Nullable List<String> expenseAmount,
        @Nullable List<String> expenseEligible) {

    public ReportForm {
        reportText = FormText.clean(reportText);
        incomeItem = Inputs.cleanAll(incomeItem);
        incomeAmount = BudgetRows.amounts(incomeAmount);
        expenseItem = Inputs.cleanAll(expenseItem);
        expenseAmount = BudgetRows.amounts(expenseAmount);
    }

    /** The report form of an adopted application: what was reported, or the plan's budget to start from. */
    public static ReportForm of(Application a, List<BudgetLine> lines) {
        List<BudgetRows.Line> income = BudgetRows.of(lines, BudgetLine.INCOME, BudgetRows.INCOME_ROWS);
        List<BudgetRows.Line> expenses = BudgetRows.of(lines, BudgetLine.EXPENSE, BudgetRows.EXPENSE_ROWS);
        return new ReportForm(a.reportText(),
                BudgetRows.column(income, BudgetRows.Line::category), BudgetRows.column(income, BudgetRows.Line::item),
                BudgetRows.column(income, BudgetRows.Line::amount),
                BudgetRows.column(expenses, BudgetRows.Line::category), BudgetRows.column(expenses, BudgetRows.Line::item),
                BudgetRows.column(expenses, BudgetRows.Line::amount), BudgetRows.eligibleRows(expenses));
    }

    public List<BudgetRows.Line> incomeLines() {
        return BudgetRows.lines(incomeCategory, incomeItem, incomeAmount, null, BudgetRows.INCOME_ROWS);
    }

    public List<BudgetRows.Line> expenseLines() {
        return BudgetRows.lines(expenseCategory, expenseItem, expenseAmount, expenseEligible, BudgetRows.EXPENSE_ROWS);
    }
}
