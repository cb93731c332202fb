package kyodo.plan.internal;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.OpenDataset;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /opendata/plan-items.csv: the items of every published plan that a department reports on, one row per
 * item and fiscal year with published results, with the year's mark (進捗状況), results and direction.
 * Only published results are in it, as on the plan's public pages.
 */
@Singleton
class PlanItemsOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("計画ID", Type.INTEGER, "planId"),
            column("計画名", Type.TEXT, "plan"),
            column("年度", Type.INTEGER, "year"),
            column("項目ID", Type.INTEGER, "itemId"),
            column("項目番号", Type.TEXT, "number"),
            column("階層", Type.TEXT, "level"),
            column("事業名", Type.TEXT, "name"),
            column("再掲元の項目番号", Type.TEXT, "repostOf"),
            column("主たる部署", Type.TEXT, "department"),
            column("年度の計画", Type.TEXT, "yearPlan"),
            column("進捗状況", Type.TEXT, "mark"),
            column("進捗状況コード", Type.CODE, "markCode"),
            column("取組実績", Type.TEXT, "result"),
            column("今後の方向性", Type.TEXT, "direction"),
            column("項目のページ", Type.URL, "url"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "pln.opendata.items.col." + key);
    }

    private final Plans plans;
    private final MailTexts texts;
    private final KyodoSettings settings;

    PlanItemsOpenData(Plans plans, MailTexts texts, KyodoSettings settings) {
        this.plans = plans;
        this.texts = texts;
        this.settings = settings;
    }

    private static final About ABOUT = new About("plan-items", "pln.opendata.items.", 50, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<List<?>> rows = new ArrayList<>();
        List<LocalDateTime> changes = new ArrayList<>();
        for (Plan plan : plans.published()) {
            for (int year : plans.publishedYears(plan.id())) {
                PlanBook book = plans.book(plan, year, true);
                for (Item item : book.items()) {
                    if (book.implied(item) || !book.reportable(item)) {
                        continue;
                    }
                    Result result = book.result(item);
                    Mark mark = result == null ? null : result.markValue();
                    Item original = book.original(item);
                    Department department = book.department(item);
                    changes.add(item.updatedAt());
                    if (result != null) {
                        changes.add(result.publishedAt());
                    }
                    rows.add(Arrays.asList(plan.id(), plan.name(), year, item.id(), item.number(), book.levelName(item),
                            item.name(), original == null ? "" : original.number(),
                            department == null ? "" : department.name(), clean(book.yearPlan(item, year)),
                            mark == null ? "" : texts.text(mark.symbolKey()) + " " + texts.text(mark.labelKey()),
                            mark == null ? "" : mark.name(), result == null ? "" : clean(result.resultText()),
                            result == null ? "" : clean(result.direction()),
                            settings.getBaseUrl() + "/plan/" + plan.id() + "/items/" + item.id() + "?fy=" + year));
                }
            }
        }
        return new Table(rows, Table.latest(changes.stream()));
    }

    static String clean(String value) {
        return value == null ? "" : value.replace("\r", "");
    }
}
