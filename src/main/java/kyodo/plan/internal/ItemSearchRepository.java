package kyodo.plan.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import kyodo.core.SearchSource;

import java.time.LocalDate;
import java.util.List;

/** The plan items' search table: what is out of date, writing it, and finding what the public may see by folded text. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ItemSearchRepository extends CrudRepository<ItemSearchEntry, Long> {

    /** A found plan item, as the results page shows it. */
    @Introspected
    record Found(long id, String title, @Nullable String summary, @Nullable LocalDate day, long planId) {
    }

    @Query(value = """
            SELECT x.id, CONCAT_WS(' ', x.number, x.name, x.issue, x.purpose, x.content, x.target, x.actor) AS text, MD5(CONCAT_WS(' ', x.number, x.name, x.issue, x.purpose, x.content, x.target, x.actor)) AS hash
            FROM pln_item x LEFT JOIN pln_search s ON s.source_id = x.id
            WHERE s.source_id IS NULL OR s.text_hash <> MD5(CONCAT_WS(' ', x.number, x.name, x.issue, x.purpose, x.content, x.target, x.actor))
            ORDER BY x.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPending();

    @Query(value = """
            INSERT INTO pln_search (source_id, text_hash, folded) VALUES (:id, :hash, :folded)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), folded = VALUES(folded)""", nativeQuery = true)
    int store(long id, String hash, String folded);

    @Query(value = """
            SELECT x.id, CONCAT(x.number, ' ', x.name) AS title, COALESCE(x.content, x.purpose) AS summary, NULL AS day, x.plan_id FROM pln_item x JOIN pln_search s ON s.source_id = x.id JOIN pln_plan p ON p.id = x.plan_id
            WHERE p.published = TRUE AND s.folded LIKE :pattern
            ORDER BY p.first_year DESC, x.plan_id, x.sort_key, x.id LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> find(String pattern, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM pln_item x JOIN pln_search s ON s.source_id = x.id JOIN pln_plan p ON p.id = x.plan_id
            WHERE p.published = TRUE AND s.folded LIKE :pattern""", nativeQuery = true)
    long count(String pattern);
}
