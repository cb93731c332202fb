package kyodo.plan.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Yearly results. Every change of status is a conditional UPDATE (0 rows: the result was no longer in
 * the state the change needs, e.g. approved by someone else a moment before).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ResultRepository extends GenericRepository<Item, Long> {

    @Query(value = "SELECT * FROM pln_result WHERE item_id = :itemId AND fiscal_year = :fiscalYear", nativeQuery = true)
    Optional<Result> find(long itemId, int fiscalYear);

    @Query(value = "SELECT * FROM pln_result WHERE item_id = :itemId AND fiscal_year = :fiscalYear FOR UPDATE", nativeQuery = true)
    Optional<Result> findForUpdate(long itemId, int fiscalYear);

    @Query(value = "SELECT * FROM pln_result WHERE item_id = :itemId ORDER BY fiscal_year", nativeQuery = true)
    List<Result> ofItem(long itemId);

    @Query(value = """
            SELECT r.* FROM pln_result r JOIN pln_item i ON i.id = r.item_id
            WHERE i.plan_id = :planId AND r.fiscal_year = :fiscalYear""", nativeQuery = true)
    List<Result> ofPlanYear(long planId, int fiscalYear);

    @Query(value = """
            SELECT r.* FROM pln_result r JOIN pln_item i ON i.id = r.item_id
            WHERE i.plan_id = :planId ORDER BY r.item_id, r.fiscal_year""", nativeQuery = true)
    List<Result> ofPlan(long planId);

    @Query(value = """
            SELECT DISTINCT r.fiscal_year FROM pln_result r JOIN pln_item i ON i.id = r.item_id
            WHERE i.plan_id = :planId AND r.status = 'APPROVED' ORDER BY r.fiscal_year""", nativeQuery = true)
    List<Integer> publishedYears(long planId);

    /** A result as imported from the city's sheets: published as it stands. */
    @Query(value = """
            INSERT INTO pln_result (item_id, fiscal_year, result_text, mark, direction, status, updated_by, updated_at,
              reviewed_by, reviewed_at, published_at)
            VALUES (:itemId, :fiscalYear, :resultText, :mark, :direction, 'APPROVED', :actorId, :now, :actorId, :now, :now)
            ON DUPLICATE KEY UPDATE result_text = VALUES(result_text), mark = VALUES(mark), direction = VALUES(direction),
              status = 'APPROVED', review_comment = NULL, updated_by = VALUES(updated_by), updated_at = VALUES(updated_at),
              reviewed_by = VALUES(reviewed_by), reviewed_at = VALUES(reviewed_at), published_at = VALUES(published_at)""",
            nativeQuery = true)
    int upsertPublished(long itemId, int fiscalYear, @Nullable String resultText, @Nullable String mark,
                        @Nullable String direction, long actorId, LocalDateTime now);

    @Query(value = """
            INSERT INTO pln_result (item_id, fiscal_year, result_text, mark, direction, status, updated_by, updated_at)
            VALUES (:itemId, :fiscalYear, :resultText, :mark, :direction, 'DRAFT', :actorId, :now)""", nativeQuery = true)
    int insertDraft(long itemId, int fiscalYear, @Nullable String resultText, @Nullable String mark,
                    @Nullable String direction, long actorId, LocalDateTime now);

    /** The department's changes, while it is a draft or sent back (a sent-back result stays so until submitted). */
    @Query(value = """
            UPDATE pln_result SET result_text = :resultText, mark = :mark, direction = :direction, updated_by = :actorId,
              updated_at = :now
            WHERE item_id = :itemId AND fiscal_year = :fiscalYear AND status IN ('DRAFT', 'RETURNED')""", nativeQuery = true)
    int updateDraft(long itemId, int fiscalYear, @Nullable String resultText, @Nullable String mark,
                    @Nullable String direction, long actorId, LocalDateTime now);

    @Query(value = """
            UPDATE pln_result SET status = 'SUBMITTED', submitted_by = :actorId, submitted_at = :now
            WHERE item_id = :itemId AND fiscal_year = :fiscalYear AND status IN ('DRAFT', 'RETURNED')""", nativeQuery = true)
    int submit(long itemId, int fiscalYear, long actorId, LocalDateTime now);

    @Query(value = """
            UPDATE pln_result SET status = 'APPROVED', review_comment = NULL, reviewed_by = :actorId, reviewed_at = :now,
              published_at = :now
            WHERE item_id = :itemId AND fiscal_year = :fiscalYear AND status = 'SUBMITTED'""", nativeQuery = true)
    int approve(long itemId, int fiscalYear, long actorId, LocalDateTime now);

    @Query(value = """
            UPDATE pln_result SET status = 'RETURNED', review_comment = :comment, reviewed_by = :actorId, reviewed_at = :now
            WHERE item_id = :itemId AND fiscal_year = :fiscalYear AND status = 'SUBMITTED'""", nativeQuery = true)
    int sendBack(long itemId, int fiscalYear, String comment, long actorId, LocalDateTime now);
}
