package kyodo.subsidies.internal;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import kyodo.core.OpenDataset;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.SubsidiesApi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /opendata/subsidies-adopted.csv: the adopted projects whose results are released, as the public subsidy
 * page lists them, with the amount: the confirmed amount (額の確定) once the completion report is settled,
 * else the amount awarded. Its last change is the latest release of results, or decision, confirmation or
 * withdrawal of a released project.
 */
@Singleton
class AdoptedOpenData implements OpenDataset {

    static final List<Column> COLUMNS = List.of(
            column("NO", Type.INTEGER, "no"),
            column("年度", Type.INTEGER, "year"),
            column("募集回", Type.INTEGER, "window"),
            column("事業名", Type.TEXT, "title"),
            column("団体ID", Type.INTEGER, "groupId"),
            column("団体名", Type.TEXT, "group"),
            column("部門", Type.TEXT, "category"),
            column("金額_円", Type.INTEGER, "amount"),
            column("金額の種別", Type.CODE, "amountKind"),
            column("事業中止", Type.CODE, "withdrawn"));

    private static Column column(String name, Type type, String key) {
        return new Column(name, type, "sub.opendata.adopted.col." + key);
    }

    private final SubsidiesApi subsidies;
    private final BeanProvider<DirectoryApi> directory;
    private final LedgerRepository ledger;

    AdoptedOpenData(SubsidiesApi subsidies, BeanProvider<DirectoryApi> directory, LedgerRepository ledger) {
        this.subsidies = subsidies;
        this.directory = directory;
        this.ledger = ledger;
    }

    private static final About ABOUT = new About("subsidies-adopted", "sub.opendata.adopted.", 40, COLUMNS);

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public Table table() {
        List<AdoptedProject> adopted = subsidies.adoptedProjects();
        Map<Long, String> names = adopted.isEmpty() ? Map.of() : directory.get().findGroups(adopted.stream()
                        .map(AdoptedProject::groupId).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
        List<List<?>> rows = new ArrayList<>();
        int no = 0;
        for (AdoptedProject p : adopted) {
            rows.add(Arrays.asList(++no, p.fiscalYear(), p.windowNumber(), p.title(), p.groupId(),
                    names.getOrDefault(p.groupId(), ""), p.categoryName(), p.amount(),
                    p.confirmed() ? "CONFIRMED" : "AWARDED", p.withdrawn() ? "1" : "0"));
        }
        return new Table(rows, Table.latest(ledger.adoptedChanged().stream()));
    }
}
