package kyodo.points.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The figures of a fiscal year's points report, as the database sums them. */
final class ReportFigures {

    private ReportFigures() {
    }

    @Introspected
    record BySource(String sourceType, long points, long awards, long overCap) {
    }

    @Introspected
    record ByDistrictMonth(@Nullable String district, String month, long points) {
    }

    @Introspected
    record ByKind(String kind, long points, long transfers) {
    }

    @Introspected
    record ByHost(long hostGroupId, long points, long activities) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Repository extends GenericRepository<Award, Long> {

        @Query(value = """
                SELECT source_type, SUM(points_awarded - reversed_points) AS points, COUNT(*) AS awards,
                       SUM(points_over_cap) AS over_cap
                FROM pts_award WHERE fiscal_year = :fiscalYear GROUP BY source_type ORDER BY source_type""", nativeQuery = true)
        List<BySource> bySource(int fiscalYear);

        @Query(value = """
                SELECT district, DATE_FORMAT(activity_date, '%Y-%m') AS month, SUM(points_awarded - reversed_points) AS points
                FROM pts_award WHERE fiscal_year = :fiscalYear
                GROUP BY district, DATE_FORMAT(activity_date, '%Y-%m') ORDER BY district, month""", nativeQuery = true)
        List<ByDistrictMonth> byDistrictMonth(int fiscalYear);

        @Query(value = """
                SELECT COUNT(DISTINCT volunteer_id) FROM pts_award
                WHERE fiscal_year = :fiscalYear AND points_awarded > reversed_points""", nativeQuery = true)
        long activeVolunteers(int fiscalYear);

        /** Where the year's points went: exchanged, donated, expired, carried over. */
        @Query(value = """
                SELECT t.kind, SUM(t.points) AS points, COUNT(*) AS transfers
                FROM pts_transfer t JOIN pts_account a ON a.id = t.from_account_id
                WHERE a.kind = 'VOLUNTEER' AND a.fiscal_year = :fiscalYear
                  AND t.kind IN ('EXCHANGE', 'DONATION', 'EXPIRY', 'CARRY_OVER')
                GROUP BY t.kind ORDER BY t.kind""", nativeQuery = true)
        List<ByKind> outflows(int fiscalYear);

        @Query(value = """
                SELECT host_group_id, SUM(points_awarded - reversed_points) AS points, COUNT(*) AS activities
                FROM pts_award WHERE fiscal_year = :fiscalYear AND host_group_id IS NOT NULL
                GROUP BY host_group_id ORDER BY points DESC, host_group_id LIMIT 10""", nativeQuery = true)
        List<ByHost> topHosts(int fiscalYear);
    }
}
