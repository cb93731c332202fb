package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiRateRepository extends CrudRepository<ApiRate, String> {

    /**
     * Counts one call in one statement, so the calls of every app instance count: a row of an older window
     * starts again at 1. MySQL applies the assignments left to right, so {@code hits} is set while
     * {@code window_start} is still the old one. The count reached is also left in the connection's
     * {@code LAST_INSERT_ID()} ({@link #countReached}), so that it can be read back without holding the row:
     * run outside a transaction, the statement holds the counter's row lock only while it runs, and the
     * calls of one client address from every instance do not queue behind each other's round trips.
     */
    @Query(value = """
            INSERT INTO core_api_rate (rate_key, window_start, hits) VALUES (:key, :window, LAST_INSERT_ID(1))
            ON DUPLICATE KEY UPDATE
              hits = LAST_INSERT_ID(IF(window_start = VALUES(window_start), hits + 1, 1)),
              window_start = VALUES(window_start)""", nativeQuery = true)
    int count(String key, LocalDateTime window);

    /** The count the last {@link #count} on this connection reached. */
    @Query(value = "SELECT LAST_INSERT_ID()", nativeQuery = true)
    long countReached();

    /** Forgets the counters of keys not seen since {@code before} (their window is long over). */
    @Query(value = "DELETE FROM core_api_rate WHERE window_start < :before", nativeQuery = true)
    int forgetBefore(LocalDateTime before);
}
