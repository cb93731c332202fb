package kyodo.core.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiRateRepository extends CrudRepository<ApiRate, String> {

    /**
     * Adds the calls one instance counted since its last flush ({@code hits} of each row is that instance's
     * count, not a total), all keys in one statement (a JDBC batch the driver sends as one multi-row upsert).
     * A row of an older window starts again from the count added; a flush of a window older than the row's
     * (an instance late to the next minute) leaves it alone. MySQL applies the assignments left to right, so
     * {@code hits} is set while {@code window_start} is still the old one.
     */
    @Query(value = """
            INSERT INTO core_api_rate (rate_key, window_start, hits) VALUES (:rateKey, :windowStart, :hits)
            ON DUPLICATE KEY UPDATE
              hits = IF(window_start = VALUES(window_start), hits + VALUES(hits),
                        IF(window_start < VALUES(window_start), VALUES(hits), hits)),
              window_start = GREATEST(window_start, VALUES(window_start))""", nativeQuery = true)
    void addAll(List<ApiRate> counts);

    /** The shared counts of these keys (every instance's calls), as the flush left them. */
    List<ApiRate> findByRateKeyIn(Collection<String> rateKeys);

    /** Forgets the counters of keys not seen since {@code before} (their window is long over). */
    @Query(value = "DELETE FROM core_api_rate WHERE window_start < :before", nativeQuery = true)
    int forgetBefore(LocalDateTime before);
}
