package kyodo.subsidies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An application form as typed: the plan (事業計画書) and the fixed rows of the budget (収支予算書).
 * Built from the posted fields so everything can be shown again when something is wrong.
 */
public record ApplicationInput(String windowId, String groupId, String categoryId, String title, String purpose,
                               String content, String schedule, String place, String expectedEffect,
                               String projectStart, String projectEnd, String requestedAmount,
                               List<Line> income, List<Line> expenses) {

    public static final int INCOME_ROWS = 4;
    public static final int EXPENSE_ROWS = 8;
    public static final List<String> INCOME_CATEGORIES = List.of("自己資金", "会費", "参加費", "協賛金・寄付金", "その他");
    public static final List<String> EXPENSE_CATEGORIES = List.of("報償費", "旅費", "消耗品費", "印刷製本費",
            "通信運搬費", "使用料及び賃借料", "委託料", "保険料", "食糧費", "その他");

    /** One row of the budget table; {@code index} is 1-based and names its inputs. */
    public record Line(int index, String category, String item, String amount, boolean eligible) {
        public boolean blank() {
            return Inputs.blank(item) && Inputs.blank(amount);
        }
    }

    public static ApplicationInput from(Map<String, ?> form) {
        return new ApplicationInput(s(form, "windowId"), s(form, "groupId"), s(form, "categoryId"), s(form, "title"),
                s(form, "purpose"), s(form, "content"), s(form, "schedule"), s(form, "place"),
                s(form, "expectedEffect"), s(form, "projectStart"), s(form, "projectEnd"), s(form, "requestedAmount"),
                lines(form, "income", INCOME_ROWS), lines(form, "expense", EXPENSE_ROWS));
    }

    public static ApplicationInput of(Application a, List<BudgetLine> lines) {
        return new ApplicationInput(String.valueOf(a.windowId()), String.valueOf(a.groupId()),
                String.valueOf(a.categoryId()), a.title(), a.purpose(), a.content(), a.schedule(), a.place(),
                a.expectedEffect(), a.projectStart() == null ? "" : a.projectStart().toString(),
                a.projectEnd() == null ? "" : a.projectEnd().toString(),
                a.requestedAmount() == 0 ? "" : String.valueOf(a.requestedAmount()),
                pad(lines, BudgetLine.INCOME, INCOME_ROWS), pad(lines, BudgetLine.EXPENSE, EXPENSE_ROWS));
    }

    public static ApplicationInput empty(String windowId) {
        return new ApplicationInput(windowId, "", "", "", "", "", "", "", "", "", "", "",
                pad(List.of(), BudgetLine.INCOME, INCOME_ROWS), pad(List.of(), BudgetLine.EXPENSE, EXPENSE_ROWS));
    }

    static List<Line> pad(List<BudgetLine> lines, String kind, int rows) {
        List<Line> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            if (l.kind().equals(kind)) {
                out.add(new Line(out.size() + 1, l.category(), l.item(), String.valueOf(l.amount()), l.eligible()));
            }
        }
        while (out.size() < rows) {
            out.add(new Line(out.size() + 1, "", "", "", true));
        }
        return out;
    }

    static List<Line> lines(Map<String, ?> form, String prefix, int rows) {
        List<Line> out = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String eligible = s(form, prefix + "Eligible" + i);
            out.add(new Line(i, s(form, prefix + "Category" + i), s(form, prefix + "Item" + i),
                    s(form, prefix + "Amount" + i),
                    // Income rows have no eligibility; expense rows are eligible only when ticked.
                    !"expense".equals(prefix) || "true".equals(eligible) || "on".equals(eligible)));
        }
        return out;
    }

    public static String s(Map<String, ?> form, String key) {
        Object v = form.get(key);
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(list.size() - 1);
        }
        return v == null ? "" : v.toString();
    }
}
