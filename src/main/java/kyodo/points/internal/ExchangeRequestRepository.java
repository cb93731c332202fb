package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExchangeRequestRepository extends CrudRepository<ExchangeRequest, Long> {

    /** Points of a year already asked for and not yet decided: held from other requests. */
    @Query(value = "SELECT COALESCE(SUM(points), 0) FROM pts_exchange_request WHERE volunteer_id = :volunteerId "
            + "AND fiscal_year = :fiscalYear AND status = 'REQUESTED'", nativeQuery = true)
    int heldPoints(long volunteerId, int fiscalYear);

    /** The open requests of a year of these volunteers (what they hold, for the year end of a batch of accounts). */
    @Query(value = "SELECT * FROM pts_exchange_request WHERE fiscal_year = :fiscalYear AND status = 'REQUESTED' "
            + "AND volunteer_id IN (:volunteerIds)", nativeQuery = true)
    List<ExchangeRequest> findRequestedOf(int fiscalYear, java.util.Collection<Long> volunteerIds);

    @Query(value = "SELECT * FROM pts_exchange_request WHERE volunteer_id = :volunteerId ORDER BY id DESC", nativeQuery = true)
    List<ExchangeRequest> findOfVolunteer(long volunteerId);

    @Query(value = "SELECT * FROM pts_exchange_request WHERE fiscal_year = :fiscalYear AND (:status = '' OR status = :status) "
            + "ORDER BY id", nativeQuery = true)
    List<ExchangeRequest> findOfYear(int fiscalYear, String status);

    @Query(value = "SELECT * FROM pts_exchange_request WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<ExchangeRequest> findByIdForUpdate(long id);

    @Query(value = "UPDATE pts_exchange_request SET status = :status, decided_by = :by, decided_at = :now, "
            + "decision_note = :note, transfer_id = :transferId WHERE id = :id AND status = 'REQUESTED'", nativeQuery = true)
    int decide(long id, String status, long by, LocalDateTime now, @io.micronaut.core.annotation.Nullable String note,
               @io.micronaut.core.annotation.Nullable Long transferId);
}
