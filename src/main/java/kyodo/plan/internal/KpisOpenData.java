package kyodo.plan.internal;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.OpenDataset;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /opendata/kpis.csv: the KPIs (数値目標) of every published plan, one row per KPI and fiscal year from
 * its baseline to its target year: the value on the straight line to the target and the actual, as the
 * plan's KPI page shows them.
 */
@Singleton
class KpisOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("計画ID", Type.INTEGER, "planId"),
            column("計画名", Type.TEXT, "plan"),
            column("指標ID", Type.INTEGER, "kpiId"),
            column("指標名", Type.TEXT, "name"),
            column("単位", Type.TEXT, "unit"),
            column("基準年度", Type.INTEGER, "baselineYear"),
            column("基準値", Type.DECIMAL, "baseline"),
            column("目標年度", Type.INTEGER, "targetYear"),
            column("目標値", Type.DECIMAL, "target"),
            column("年度", Type.INTEGER, "year"),
            column("目標への道筋の値", Type.DECIMAL, "expected"),
            column("実績値", Type.DECIMAL, "actual"),
            column("実績の出典", Type.CODE, "source"),
            column("指標のページ", Type.URL, "url"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "pln.opendata.kpis.col." + key);
    }

    private final Plans plans;
    private final Kpis kpis;
    private final KyodoSettings settings;

    KpisOpenData(Plans plans, Kpis kpis, KyodoSettings settings) {
        this.plans = plans;
        this.kpis = kpis;
        this.settings = settings;
    }

    private static final About ABOUT = new About("kpis", "pln.opendata.kpis.", 60, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<List<?>> rows = new ArrayList<>();
        List<LocalDateTime> changes = new ArrayList<>();
        for (Plan plan : plans.published()) {
            List<Kpis.View> views = kpis.views(plan.id());
            for (int index = 0; index < views.size(); index++) {
                Kpis.View view = views.get(index);
                Kpi k = view.kpi();
                changes.add(k.updatedAt());
                for (Kpis.Row row : view.rows()) {
                    rows.add(Arrays.asList(plan.id(), plan.name(), k.id(), k.name(), k.unit(), k.baselineYear(),
                            k.baselineValue().stripTrailingZeros().toPlainString(), k.targetYear(),
                            k.targetValue().stripTrailingZeros().toPlainString(), row.year(), plain(row.expected()),
                            plain(row.actual()), row.baseline() ? "BASELINE" : row.actual() == null ? ""
                                    : row.computed() ? "COMPUTED" : "ENTERED",
                            settings.getBaseUrl() + "/plan/" + plan.id() + "/kpis#kpi-" + index));
                }
            }
        }
        return new Table(rows, Table.latest(changes.stream()));
    }

    /** 1,234.50 as the page shows it → 1234.50. */
    static String plain(String formatted) {
        return formatted == null ? "" : formatted.replace(",", "");
    }
}
