package kyodo.points.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Only inserts and reads: the table refuses updates and deletes (a trigger), and so does this interface. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TransferRepository extends GenericRepository<Transfer, Long> {

    Transfer save(Transfer transfer);

    Optional<Transfer> findById(long id);

    Optional<Transfer> findBySourceKey(String sourceKey);

    boolean existsBySourceKey(String sourceKey);

    /** Which of these source keys have been posted already. */
    @Query(value = "SELECT source_key FROM pts_transfer WHERE source_key IN (:sourceKeys)", nativeQuery = true)
    List<String> findPostedKeys(java.util.Collection<String> sourceKeys);

    /** The entries touching an account, newest first. */
    @Query(value = "SELECT * FROM pts_transfer WHERE from_account_id = :accountId OR to_account_id = :accountId "
            + "ORDER BY id DESC LIMIT :limit", nativeQuery = true)
    List<Transfer> findOfAccount(long accountId, int limit);

    @Query(value = "SELECT COUNT(*) FROM pts_transfer WHERE kind = :kind AND source_key LIKE CONCAT(:prefix, '%')", nativeQuery = true)
    long countOfKind(String kind, String prefix);

    @Query(value = "SELECT COUNT(*) FROM pts_transfer", nativeQuery = true)
    long countAll();
}
