package kyodo.portal.news;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import kyodo.core.SearchSource;

import java.time.LocalDate;
import java.util.List;

/** The news items' search table: what is out of date, writing it, and finding what the public may see by folded text. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface NewsSearchRepository extends CrudRepository<NewsSearchEntry, Long> {

    /** A found news item, as the results page shows it. */
    @Introspected
    record Found(long id, String title, @Nullable String summary, @Nullable LocalDate day) {
    }

    @Query(value = """
            SELECT x.id, CONCAT_WS(' ', x.title, x.body) AS text, MD5(CONCAT_WS(' ', x.title, x.body)) AS hash
            FROM por_news x LEFT JOIN por_search s ON s.source_id = x.id
            WHERE s.source_id IS NULL OR s.text_hash <> MD5(CONCAT_WS(' ', x.title, x.body))
            ORDER BY x.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPending();

    @Query(value = """
            INSERT INTO por_search (source_id, text_hash, folded) VALUES (:id, :hash, :folded)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), folded = VALUES(folded)""", nativeQuery = true)
    int store(long id, String hash, String folded);

    @Query(value = """
            SELECT x.id, x.title, x.body AS summary, x.publish_on AS day FROM por_news x JOIN por_search s ON s.source_id = x.id
            WHERE x.publish_on <= :today AND (x.expires_on IS NULL OR x.expires_on >= :today) AND s.folded LIKE :pattern
            ORDER BY x.publish_on DESC, x.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> find(String pattern, LocalDate today, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM por_news x JOIN por_search s ON s.source_id = x.id
            WHERE x.publish_on <= :today AND (x.expires_on IS NULL OR x.expires_on >= :today) AND s.folded LIKE :pattern""", nativeQuery = true)
    long count(String pattern, LocalDate today);
}
