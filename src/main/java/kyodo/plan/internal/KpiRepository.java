package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KpiRepository extends CrudRepository<Kpi, Long> {

    @Query(value = "SELECT * FROM pln_kpi WHERE plan_id = :planId ORDER BY position, id", nativeQuery = true)
    List<Kpi> ofPlan(long planId);

    @Query(value = "SELECT COALESCE(MAX(position), 0) FROM pln_kpi WHERE plan_id = :planId", nativeQuery = true)
    int lastPosition(long planId);

    @Query(value = "SELECT kpi_id, fiscal_year, value FROM pln_kpi_actual WHERE kpi_id = :kpiId ORDER BY fiscal_year",
            nativeQuery = true)
    List<KpiActual> actuals(long kpiId);

    @Query(value = """
            INSERT INTO pln_kpi_actual (kpi_id, fiscal_year, value, entered_by, entered_at)
            VALUES (:kpiId, :fiscalYear, :value, :actorId, :now)
            ON DUPLICATE KEY UPDATE value = VALUES(value), entered_by = VALUES(entered_by), entered_at = VALUES(entered_at)""",
            nativeQuery = true)
    int putActual(long kpiId, int fiscalYear, BigDecimal value, long actorId, LocalDateTime now);

    @Query(value = "DELETE FROM pln_kpi_actual WHERE kpi_id = :kpiId AND fiscal_year = :fiscalYear", nativeQuery = true)
    int deleteActual(long kpiId, int fiscalYear);
}
