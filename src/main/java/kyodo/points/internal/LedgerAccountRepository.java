package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LedgerAccountRepository extends CrudRepository<LedgerAccount, Long> {

    /** Opens the account if it does not exist yet; two instances opening it at once make one. */
    @Query(value = "INSERT IGNORE INTO pts_account (kind, owner_id, fiscal_year, balance) VALUES (:kind, :ownerId, :fiscalYear, 0)",
            nativeQuery = true)
    int open(String kind, long ownerId, int fiscalYear);

    Optional<LedgerAccount> findByKindAndOwnerIdAndFiscalYear(String kind, long ownerId, int fiscalYear);

    /** Every award, exchange and correction of one volunteer's year runs one after the other on this lock. */
    @Query(value = "SELECT * FROM pts_account WHERE kind = :kind AND owner_id = :ownerId AND fiscal_year = :fiscalYear FOR UPDATE",
            nativeQuery = true)
    Optional<LedgerAccount> findForUpdate(String kind, long ownerId, int fiscalYear);

    /** A read of the latest committed row (a plain read in a transaction would see its first snapshot). */
    @Query(value = "SELECT * FROM pts_account WHERE kind = :kind AND owner_id = :ownerId AND fiscal_year = :fiscalYear LOCK IN SHARE MODE",
            nativeQuery = true)
    Optional<LedgerAccount> findForUpdateOrShared(String kind, long ownerId, int fiscalYear);

    @Query(value = "UPDATE pts_account SET balance = balance + :delta WHERE id = :id", nativeQuery = true)
    int addToBalance(long id, long delta);

    @Query(value = "SELECT * FROM pts_account WHERE kind = 'VOLUNTEER' AND owner_id = :volunteerId ORDER BY fiscal_year DESC",
            nativeQuery = true)
    List<LedgerAccount> findOfVolunteer(long volunteerId);

    /** Volunteer accounts of a year with points left, in id order from {@code afterId}, for the year-end job. */
    @Query(value = "SELECT * FROM pts_account WHERE kind = 'VOLUNTEER' AND fiscal_year = :fiscalYear AND balance > 0 AND id > :afterId "
            + "ORDER BY id LIMIT :limit", nativeQuery = true)
    List<LedgerAccount> findWithPointsLeft(int fiscalYear, long afterId, int limit);

    /** Locks accounts by id, in id order (the year end locks a batch at once; every other writer locks one account). */
    @Query(value = "SELECT * FROM pts_account WHERE id IN (:ids) ORDER BY id FOR UPDATE", nativeQuery = true)
    List<LedgerAccount> findForUpdateByIds(java.util.Collection<Long> ids);
}
