package kyodo.subsidies.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the budget table of a form (収支予算書 / 収支決算書) as typed: each column is a list
 * field of the form record, one element per row in the page's order; the expense rows' 補助対象
 * checkboxes send the numbers of the rows ticked.
 */
public final class BudgetRows {

    public static final int INCOME_ROWS = 4;
    public static final int EXPENSE_ROWS = 8;

    /** One row of the budget table; {@code index} is 1-based and names its inputs' ids. */
    public record Line(int index, String category, String item, String amount, boolean eligible) {
        public boolean blank() {
            return item == null && amount == null;
        }
    }

    private BudgetRows() {
    }

    /** The first {@code rows} rows of the columns (rows beyond the table's are not read). */
    static List<Line> lines(List<String> categories, List<String> items, List<String> amounts,
                            List<String> eligibleRows, int rows) {
        List<Line> out = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            out.add(new Line(i, at(categories, i), at(items, i), at(amounts, i),
                    eligibleRows != null && eligibleRows.contains(String.valueOf(i))));
        }
        return out;
    }

    /** The stored lines of one kind as rows of the form, with empty rows up to the table's size. */
    static List<Line> of(List<BudgetLine> lines, String kind, int rows) {
        List<Line> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            if (l.kind().equals(kind)) {
                out.add(new Line(out.size() + 1, l.category(), l.item(), String.valueOf(l.amount()), l.eligible()));
            }
        }
        while (out.size() < rows) {
            out.add(new Line(out.size() + 1, null, null, null, true));
        }
        return out;
    }

    /** Element {@code index} (1-based) of a column, tidied like every other field. */
    private static String at(List<String> column, int index) {
        return column == null || column.size() < index ? null : kyodo.core.FormText.clean(column.get(index - 1));
    }

    /** A column tidied element by element, its length kept so the rows stay aligned. */
    static List<String> amounts(List<String> column) {
        return column == null ? null : column.stream().map(kyodo.core.FormText::number).toList();
    }

    static List<String> column(List<Line> lines, java.util.function.Function<Line, String> value) {
        return lines.stream().map(l -> value.apply(l) == null ? "" : value.apply(l)).toList();
    }

    static List<String> eligibleRows(List<Line> lines) {
        return lines.stream().filter(Line::eligible).map(l -> String.valueOf(l.index())).toList();
    }
}
