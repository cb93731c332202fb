package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.FieldErrors;

import java.util.List;

/** The rows of a 収支予算書 or 収支決算書: read from the form, checked against the category, stored per stage. */
@Singleton
class BudgetLines {

    private final BudgetLineRepository lines;

    BudgetLines(BudgetLineRepository lines) {
        this.lines = lines;
    }

    /** Replaces the lines of one stage (PLAN or ACTUAL). */
    void write(long applicationId, String stage, List<BudgetLine> rows) {
        lines.deleteOf(applicationId, stage);
        lines.saveAll(rows.stream().map(l -> l.of(applicationId, stage)).toList());
    }

    /** The rows typed (blank ones skipped) as lines, with a message under each cell that is wrong. */
    static void parse(FieldErrors errors, String prefix, List<BudgetRows.Line> rows, String kind, List<BudgetLine> out) {
        for (BudgetRows.Line row : rows) {
            if (row.blank()) {
                continue;
            }
            String itemField = prefix + "Item" + row.index();
            String amountField = prefix + "Amount" + row.index();
            if (row.item() == null) {
                errors.add(itemField, "core.error.required");
            } else if (row.item().length() > 200) {
                errors.add(itemField, "core.error.tooLong", 200);
            }
            Long amount = null;
            if (row.amount() == null) {
                errors.add(amountField, "core.error.required");
            } else if (!row.amount().matches(Inputs.YEN)) {
                errors.add(amountField, "sub.error.yen");
            } else {
                amount = Inputs.yen(row.amount());
            }
            String category = BudgetCategory.of(row.category(), kind).name();
            out.add(new BudgetLine(null, 0, "", kind, row.index(), category, row.item() == null ? "" : row.item(),
                    amount == null ? 0 : amount, BudgetLine.EXPENSE.equals(kind) && row.eligible()));
        }
    }

    /** The cap, the rate of the eligible expenses and (on submission) the balance of the budget. */
    static void check(FieldErrors errors, Category category, Long requested, List<BudgetLine> lines, boolean submit) {
        long income = lines.stream().filter(BudgetLine::income).mapToLong(BudgetLine::amount).sum();
        long expenses = lines.stream().filter(l -> !l.income()).mapToLong(BudgetLine::amount).sum();
        long eligible = lines.stream().filter(l -> !l.income() && l.eligible()).mapToLong(BudgetLine::amount).sum();
        if (submit && lines.stream().noneMatch(l -> !l.income())) {
            errors.add("budgetLines", "sub.error.noExpenses");
        }
        if (category == null || requested == null || errors.has("budgetLines")) {
            return;
        }
        if (requested > category.maxAmount()) {
            errors.add("requestedAmount", "sub.error.overCap", String.format("%,d", category.maxAmount()));
        } else if (requested > category.rateLimit(eligible)) {
            errors.add("requestedAmount", "sub.error.overRate", String.format("%,d", category.rateLimit(eligible)));
        }
        if (submit && income + requested != expenses) {
            errors.add("budgetLines", "sub.error.totals", String.format("%,d", expenses - income - requested));
        }
    }
}
