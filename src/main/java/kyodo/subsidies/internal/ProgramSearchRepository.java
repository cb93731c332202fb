package kyodo.subsidies.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import kyodo.core.SearchSource;

import java.time.LocalDate;
import java.util.List;

/** The subsidy programs' search table: what is out of date, writing it, and finding what the public may see by folded text. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgramSearchRepository extends CrudRepository<ProgramSearchEntry, Long> {

    /** A found subsidy program, as the results page shows it. */
    @Introspected
    record Found(long id, String title, @Nullable String summary, @Nullable LocalDate day) {
    }

    @Query(value = """
            SELECT x.id, CONCAT_WS(' ', x.name, x.purpose, x.eligible_types, x.guidelines, x.fund_source) AS text, MD5(CONCAT_WS(' ', x.name, x.purpose, x.eligible_types, x.guidelines, x.fund_source)) AS hash
            FROM sub_program x LEFT JOIN sub_search s ON s.source_id = x.id
            WHERE s.source_id IS NULL OR s.text_hash <> MD5(CONCAT_WS(' ', x.name, x.purpose, x.eligible_types, x.guidelines, x.fund_source))
            ORDER BY x.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPending();

    @Query(value = """
            INSERT INTO sub_search (source_id, text_hash, folded) VALUES (:id, :hash, :folded)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), folded = VALUES(folded)""", nativeQuery = true)
    int store(long id, String hash, String folded);

    @Query(value = """
            SELECT x.id, x.name AS title, x.purpose AS summary, NULL AS day FROM sub_program x JOIN sub_search s ON s.source_id = x.id
            WHERE TRUE AND s.folded LIKE :pattern
            ORDER BY x.fiscal_year DESC, x.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> find(String pattern, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM sub_program x JOIN sub_search s ON s.source_id = x.id
            WHERE TRUE AND s.folded LIKE :pattern""", nativeQuery = true)
    long count(String pattern);
}
