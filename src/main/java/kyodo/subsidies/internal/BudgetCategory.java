package kyodo.subsidies.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The 区分 of a budget line (収入: 自己資金, 会費 …; 支出: 報償費, 旅費 …), stored by name; the words
 * are the bundle's {@code sub.budget.category.*}. {@link #OTHER} (その他) is in both lists.
 */
public enum BudgetCategory {
    OWN_FUNDS(true, false), MEMBERSHIP_FEES(true, false), PARTICIPATION_FEES(true, false), SPONSORSHIP(true, false),
    HONORARIA(false, true), TRAVEL(false, true), SUPPLIES(false, true), PRINTING(false, true),
    POSTAGE(false, true), RENTAL(false, true), COMMISSIONS(false, true), INSURANCE(false, true), FOOD(false, true),
    OTHER(true, true);

    private final boolean income;
    private final boolean expense;

    BudgetCategory(boolean income, boolean expense) {
        this.income = income;
        this.expense = expense;
    }

    public String labelKey() {
        return "sub.budget.category." + name();
    }

    public static List<BudgetCategory> ofIncome() {
        return Arrays.stream(values()).filter(c -> c.income).toList();
    }

    public static List<BudgetCategory> ofExpenses() {
        return Arrays.stream(values()).filter(c -> c.expense).toList();
    }

    /** The category a row names, when it is one of its kind's; {@link #OTHER} for anything else. */
    static BudgetCategory of(String name, String kind) {
        List<BudgetCategory> allowed = BudgetLine.INCOME.equals(kind) ? ofIncome() : ofExpenses();
        return allowed.stream().filter(c -> c.name().equals(name)).findFirst().orElse(OTHER);
    }

    /** The key of a stored line's category (lines stored before the codes read as {@link #OTHER}). */
    public static String labelKeyOf(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst().orElse(OTHER).labelKey();
    }
}
