package kyodo.subsidies.internal;

/** A line of the 収支予算書 (PLAN) or 収支決算書 (ACTUAL). */
public record BudgetLine(long id, long applicationId, String stage, String kind, int lineNo, String category,
                         String item, long amount, boolean eligible) {

    public static final String PLAN = "PLAN";
    public static final String ACTUAL = "ACTUAL";
    public static final String INCOME = "INCOME";
    public static final String EXPENSE = "EXPENSE";

    public boolean income() {
        return INCOME.equals(kind);
    }
}
