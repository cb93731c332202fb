package kyodo.points.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FiscalYear;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

/** Builds the yearly points report (the page, its CSV and its chart show the same figures). */
@Singleton
public class ReportService {

    private final ReportFigures.Repository figures;
    private final DirectoryApi directory;

    ReportService(ReportFigures.Repository figures, DirectoryApi directory) {
        this.figures = figures;
        this.directory = directory;
    }

    @Transactional
    public PointsReport report(FiscalYear year) {
        int fy = year.startYear();
        List<PointsReport.Source> bySource = figures.bySource(fy).stream()
                .map(s -> new PointsReport.Source("pts.source." + s.sourceType(), s.points(), s.awards(), s.overCap())).toList();
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.firstDay()); !m.isAfter(YearMonth.from(year.lastDay())); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        Map<String, Long> perMonth = new HashMap<>();
        for (ReportFigures.ByDistrictMonth row : figures.byDistrictMonth(fy)) {
            String district = row.district() == null || row.district().isBlank() ? "" : row.district();
            cells.computeIfAbsent(district, d -> new HashMap<>()).merge(row.month(), row.points(), Long::sum);
            perMonth.merge(row.month(), row.points(), Long::sum);
        }
        List<PointsReport.DistrictRow> byDistrict = cells.entrySet().stream().map(e -> {
            List<Long> values = months.stream().map(m -> e.getValue().getOrDefault(m, 0L)).toList();
            return new PointsReport.DistrictRow(e.getKey(), values, values.stream().mapToLong(Long::longValue).sum());
        }).toList();
        List<PointsReport.Month> byMonth = months.stream().map(m -> new PointsReport.Month(m, perMonth.getOrDefault(m, 0L))).toList();
        Map<String, Long> outflows = figures.outflows(fy).stream()
                .collect(Collectors.toMap(ReportFigures.ByKind::kind, ReportFigures.ByKind::points));
        List<ReportFigures.ByHost> hosts = figures.topHosts(fy);
        Map<Long, String> names = hosts.isEmpty() ? Map.of()
                : directory.findGroups(hosts.stream().map(ReportFigures.ByHost::hostGroupId).toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
        List<PointsReport.HostRow> topHosts = hosts.stream().map(h -> new PointsReport.HostRow(
                names.getOrDefault(h.hostGroupId(), "#" + h.hostGroupId()), h.points(), h.activities())).toList();
        return new PointsReport(year, bySource, byDistrict, months, byMonth, figures.activeVolunteers(fy), outflows, topHosts);
    }
}
