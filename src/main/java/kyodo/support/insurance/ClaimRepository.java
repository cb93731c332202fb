package kyodo.support.insurance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClaimRepository extends CrudRepository<Claim, Long> {

    /** Claims of a fiscal year, counted by status. */
    @Introspected
    record YearCount(int fiscalYear, long claims, long completed) {
    }

    Optional<Claim> findByReporterIdAndFormKey(long reporterId, String formKey);

    @Query(value = "SELECT * FROM sup_claim WHERE reporter_id = :reporterId ORDER BY accident_on DESC, id DESC", nativeQuery = true)
    List<Claim> findByReporter(long reporterId);

    @Query(value = "SELECT * FROM sup_claim ORDER BY (status = 'COMPLETED'), accident_on DESC, id DESC LIMIT 200", nativeQuery = true)
    List<Claim> findForStaff();

    @Query(value = """
            SELECT fiscal_year, COUNT(*) AS claims, COALESCE(SUM(status = 'COMPLETED'), 0) AS completed
            FROM sup_claim GROUP BY fiscal_year ORDER BY fiscal_year DESC""", nativeQuery = true)
    List<YearCount> byYear();

    @Query(value = "SELECT COUNT(*) FROM sup_claim WHERE fiscal_year = :fiscalYear", nativeQuery = true)
    long countInYear(int fiscalYear);

    @Query(value = "UPDATE sup_claim SET status = :to, updated_at = :now WHERE id = :id AND status = :from", nativeQuery = true)
    int move(long id, String from, String to, LocalDateTime now);
}
