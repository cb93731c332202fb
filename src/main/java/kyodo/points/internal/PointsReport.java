package kyodo.points.internal;

import kyodo.core.FiscalYear;

import java.util.List;
import java.util.Map;

/** A fiscal year's points in figures: issued by source and by district and month, active volunteers, outflows, top hosts. */
public record PointsReport(FiscalYear year, List<Source> bySource, List<DistrictRow> byDistrict, List<String> months,
                           List<Month> byMonth, long activeVolunteers, Map<String, Long> outflows, List<HostRow> topHosts) {

    public record Source(String sourceKey, long points, long awards, long overCap) {
    }

    /** Points per month of one district, in the order of {@link #months()}. */
    public record DistrictRow(String district, List<Long> points, long total) {
    }

    public record Month(String month, long points) {
    }

    public record HostRow(String name, long points, long activities) {
    }

    public long issued() {
        return bySource.stream().mapToLong(Source::points).sum();
    }

    public long outflow(String kind) {
        return outflows.getOrDefault(kind, 0L);
    }

    public long maxMonth() {
        return byMonth.stream().mapToLong(Month::points).max().orElse(0);
    }
}
