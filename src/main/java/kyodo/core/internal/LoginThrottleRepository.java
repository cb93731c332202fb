package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginThrottleRepository extends CrudRepository<LoginThrottleEntry, String> {

    /**
     * Counts one failure in one statement, so concurrent failures all count: a new window starts when
     * the last one began before {@code windowStart}; from the limit on, the next attempt waits 2^(failures - limit)
     * seconds from now, at most {@code maxSeconds}. MySQL applies the assignments left to right, so
     * {@code failures} is already the new count in the last one.
     */
    @Query(value = """
            INSERT INTO core_login_throttle (throttle_key, failures, window_start, blocked_until)
            VALUES (:key, 1, :now, NULL)
            ON DUPLICATE KEY UPDATE
              failures = IF(window_start < :windowStart, 1, failures + 1),
              window_start = IF(window_start < :windowStart, VALUES(window_start), window_start),
              blocked_until = IF(failures >= :limit,
                  TIMESTAMPADD(SECOND, LEAST(POW(2, LEAST(failures - :limit, 20)), :maxSeconds), VALUES(window_start)), NULL)""",
            nativeQuery = true)
    int recordFailure(String key, LocalDateTime now, LocalDateTime windowStart, int limit, long maxSeconds);
}
