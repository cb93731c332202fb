package kyodo.portal.cases;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.OpenDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /opendata/cases.csv: the case studies published with their group's consent, as the cases page lists them (who
 * consented is not in it). Its last change is the latest change of any case study, so that one taken down counts too.
 */
@Singleton
class CasesOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("NO", Type.INTEGER, "no"),
            column("事例ID", Type.INTEGER, "id"),
            column("題名", Type.TEXT, "title"),
            column("団体ID", Type.INTEGER, "groupId"),
            column("団体名", Type.TEXT, "group"),
            column("本文", Type.TEXT, "body"),
            column("更新日", Type.DATE, "updated"),
            column("事例のページ", Type.URL, "url"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "por.opendata.cases.col." + key);
    }

    private final CaseStudies cases;
    private final KyodoSettings settings;

    CasesOpenData(CaseStudies cases, KyodoSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    private static final About ABOUT = new About("cases", "por.opendata.cases.", 80, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<CaseStudy> published = cases.published();
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (CaseStudy c : published) {
            rows.add(Arrays.asList(++no, c.id(), c.title(), c.groupId() == null ? "" : c.groupId(), c.groupName(),
                    c.body().replace("\r", ""), c.updatedAt().toLocalDate(), settings.getBaseUrl() + "/cases/" + c.id()));
        }
        return new Table(rows, cases.lastChange().orElse(null));
    }
}
