package kyodo.events.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import kyodo.core.SearchSource;

import java.time.LocalDate;
import java.util.List;

/** The events' search table: what is out of date, writing it, and finding visible events by folded text. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventSearchRepository extends CrudRepository<EventSearchEntry, Long> {

    /** A found event, as the results page shows it. */
    @Introspected
    record Found(long id, String title, @Nullable String description, @Nullable LocalDate firstDate) {
    }

    @Query(value = """
            SELECT e.id, CONCAT_WS(' ', e.title, e.title_kana, e.description, e.lecturer, e.organizer, e.venue_name) AS text,
                   MD5(CONCAT_WS(' ', e.title, e.title_kana, e.description, e.lecturer, e.organizer, e.venue_name)) AS hash
            FROM evt_event e LEFT JOIN evt_search s ON s.event_id = e.id
            WHERE s.event_id IS NULL
               OR s.text_hash <> MD5(CONCAT_WS(' ', e.title, e.title_kana, e.description, e.lecturer, e.organizer, e.venue_name))
            ORDER BY e.id LIMIT 200""", nativeQuery = true)
    List<SearchSource.Pending> findPending();

    @Query(value = """
            INSERT INTO evt_search (event_id, text_hash, folded) VALUES (:id, :hash, :folded)
            ON DUPLICATE KEY UPDATE text_hash = VALUES(text_hash), folded = VALUES(folded)""", nativeQuery = true)
    int store(long id, String hash, String folded);

    /** Visible (not draft) events whose text contains the pattern: upcoming first (soonest first), then past ones. */
    @Query(value = """
            SELECT e.id, e.title, e.description, e.first_date FROM evt_event e JOIN evt_search s ON s.event_id = e.id
            WHERE e.status <> 'DRAFT' AND s.folded LIKE :pattern
            ORDER BY (e.last_date < :today), ABS(DATEDIFF(e.first_date, :today)), e.id
            LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Found> findVisible(String pattern, LocalDate today, int limit, int offset);

    @Query(value = """
            SELECT COUNT(*) FROM evt_event e JOIN evt_search s ON s.event_id = e.id
            WHERE e.status <> 'DRAFT' AND s.folded LIKE :pattern""", nativeQuery = true)
    long countVisible(String pattern);
}
