package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A line of the 収支予算書 (stage PLAN) or 収支決算書 (stage ACTUAL). */
@MappedEntity("sub_budget_line")
public record BudgetLine(@Id @GeneratedValue @Nullable Long id,
                         long applicationId,
                         String stage,
                         String kind,
                         int lineNo,
                         String category,
                         String item,
                         long amount,
                         boolean eligible) {

    public static final String PLAN = "PLAN";
    public static final String ACTUAL = "ACTUAL";
    public static final String INCOME = "INCOME";
    public static final String EXPENSE = "EXPENSE";

    public boolean income() {
        return INCOME.equals(kind);
    }

    /** The message key of the line's 区分. */
    public String categoryKey() {
        return BudgetCategory.labelKeyOf(category);
    }

    /** The same line of another application and stage, to be inserted. */
    BudgetLine of(long applicationId, String stage) {
        return new BudgetLine(null, applicationId, stage, kind, lineNo, category, item, amount, eligible);
    }
}
