package kyodo.subsidies.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The figures of the ledger (予算の執行状況) and of the public list of adopted projects. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LedgerRepository extends GenericRepository<Application, Long> {

    @Query(value = """
            SELECT COALESCE(SUM(CASE WHEN submitted_at IS NOT NULL THEN requested_amount ELSE 0 END), 0) AS requested,
                   COALESCE(SUM(awarded_amount), 0) AS awarded,
                   COALESCE(SUM(released_amount), 0) AS withdrawn,
                   COALESCE(SUM(confirmed_amount), 0) AS confirmed,
                   COALESCE(SUM(CASE WHEN status = 'CONFIRMED' THEN awarded_amount - confirmed_amount ELSE 0 END), 0) AS reduced,
                   (""" + ApplicationRepository.COMMITTED + """
            ) AS committed
            FROM sub_application WHERE program_id = :programId""", nativeQuery = true)
    LedgerSums sums(long programId);

    /** Per window and category; every window and category appears, also those without applications. */
    @Query(value = """
            SELECT w.number AS window_number, c.name AS category_name,
                   COUNT(a.id) AS applications,
                   COALESCE(SUM(a.awarded_amount IS NOT NULL), 0) AS adopted,
                   COALESCE(SUM(a.withdrawn_at IS NOT NULL), 0) AS withdrawn,
                   COALESCE(SUM(a.requested_amount), 0) AS requested,
                   COALESCE(SUM(a.awarded_amount), 0) AS awarded
            FROM sub_window w
            CROSS JOIN sub_category c
            LEFT JOIN sub_application a ON a.window_id = w.id AND a.category_id = c.id AND a.submitted_at IS NOT NULL
            WHERE w.program_id = :programId AND c.program_id = w.program_id
            GROUP BY w.id, w.number, c.id, c.name
            ORDER BY w.number, c.id""", nativeQuery = true)
    List<LedgerRow> rows(long programId);

    String ADOPTED = """
            SELECT a.id AS application_id, p.fiscal_year, w.number AS window_number, a.group_id, a.title,
                   c.name AS category_name,
                   CASE WHEN a.status = 'CONFIRMED' THEN a.confirmed_amount ELSE a.awarded_amount END AS amount,
                   a.status = 'CONFIRMED' AS confirmed,
                   a.withdrawn_at IS NOT NULL AS withdrawn
            FROM sub_application a JOIN sub_window w ON w.id = a.window_id
            JOIN sub_program p ON p.id = a.program_id JOIN sub_category c ON c.id = a.category_id
            WHERE w.results_released_at IS NOT NULL AND a.awarded_amount IS NOT NULL""";

    /** Adopted projects of released windows (public): the confirmed amount once it is confirmed. */
    @Query(value = ADOPTED + " ORDER BY p.fiscal_year DESC, w.number DESC, a.id", nativeQuery = true)
    List<AdoptedRow> adopted();

    @Query(value = ADOPTED + " AND a.group_id = :groupId ORDER BY p.fiscal_year DESC, w.number DESC, a.id",
            nativeQuery = true)
    List<AdoptedRow> adoptedOf(long groupId);

    /**
     * When the public list of adopted projects last changed: the latest release of a window's results, or decision,
     * confirmation of the amount or withdrawal of one of its projects after it (empty when nothing is released).
     */
    @Query(value = """
            SELECT GREATEST(w.results_released_at, COALESCE(a.decided_at, w.results_released_at),
                            COALESCE(a.confirmed_at, w.results_released_at), COALESCE(a.withdrawn_at, w.results_released_at)) AS changed
            FROM sub_application a JOIN sub_window w ON w.id = a.window_id
            WHERE w.results_released_at IS NOT NULL AND a.awarded_amount IS NOT NULL
            ORDER BY changed DESC LIMIT 1""", nativeQuery = true)
    List<java.time.LocalDateTime> adoptedChanged();
}
