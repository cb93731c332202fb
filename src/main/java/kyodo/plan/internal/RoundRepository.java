package kyodo.plan.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundRepository extends CrudRepository<Round, Long> {

    @Query(value = "SELECT * FROM pln_round WHERE plan_id = :planId ORDER BY fiscal_year DESC", nativeQuery = true)
    List<Round> ofPlan(long planId);

    @Query(value = "SELECT * FROM pln_round WHERE status = 'OPEN' ORDER BY fiscal_year DESC, id", nativeQuery = true)
    List<Round> findOpen();

    Optional<Round> findByPlanIdAndFiscalYear(long planId, int fiscalYear);

    /** Locks the round: a result is submitted only while its round is open, checked under this lock. */
    @Query(value = "SELECT * FROM pln_round WHERE plan_id = :planId AND fiscal_year = :fiscalYear LOCK IN SHARE MODE",
            nativeQuery = true)
    Optional<Round> findShared(long planId, int fiscalYear);

    @Query(value = "UPDATE pln_round SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status = 'OPEN'", nativeQuery = true)
    int close(long id, LocalDateTime now);

    @Query(value = "UPDATE pln_round SET status = 'OPEN', closed_at = NULL WHERE id = :id AND status = 'CLOSED'", nativeQuery = true)
    int reopen(long id);

    @Query(value = """
            INSERT INTO pln_reminder (round_id, department_id, sent_by, sent_at)
            VALUES (:roundId, :departmentId, :sentBy, :now)""", nativeQuery = true)
    int addReminder(long roundId, long departmentId, long sentBy, LocalDateTime now);

    @Query(value = """
            SELECT department_id AS id, MAX(sent_at) AS sent_at FROM pln_reminder WHERE round_id = :roundId
            GROUP BY department_id""", nativeQuery = true)
    List<Reminded> lastReminders(long roundId);

    @io.micronaut.core.annotation.Introspected
    record Reminded(long id, LocalDateTime sentAt) {
    }
}
