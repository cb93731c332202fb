package kyodo.directory.board;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Board posts. Filters given as '' (text) or 0 (mask) mean "any". */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PostRepository extends CrudRepository<BoardPost, Long> {

    List<BoardPost> findByIdIn(java.util.Collection<Long> ids);

    /** Locks the request, so the same volunteer cannot be proposed for it twice at once. */
    @Query(value = "SELECT * FROM dir_post WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<BoardPost> findByIdForUpdate(long id);

    /** The public board: approved, open, not expired; newest first. The text is a LIKE pattern. */
    @Query(value = """
            SELECT * FROM dir_post
            WHERE status = 'PUBLISHED' AND expires_on >= :today
              AND (:kind = '' OR kind = :kind)
              AND (:fieldBit = 0 OR (field_mask & :fieldBit) <> 0)
              AND (:text = '' OR title LIKE :text OR body LIKE :text OR skills LIKE :text OR place LIKE :text)
            ORDER BY approved_at DESC, id DESC LIMIT :limit""", nativeQuery = true)
    List<BoardPost> published(LocalDate today, String kind, int fieldBit, String text, int limit);

    @Query(value = "SELECT * FROM dir_post WHERE status = :status ORDER BY created_at, id LIMIT 200", nativeQuery = true)
    List<BoardPost> byStatus(String status);

    @Query(value = "SELECT * FROM dir_post WHERE status = :status ORDER BY created_at, id LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<BoardPost> pageByStatus(String status, int limit, int offset);

    @Query(value = "SELECT COUNT(*) FROM dir_post WHERE status = :status", nativeQuery = true)
    long countByStatus(String status);

    @Query(value = "SELECT COUNT(*) FROM dir_post WHERE account_id = :accountId AND created_at >= :since", nativeQuery = true)
    int postedSince(long accountId, java.time.LocalDateTime since);

    Optional<BoardPost> findByAccountIdAndFormKey(long accountId, String formKey);

    @Query(value = "SELECT * FROM dir_post WHERE account_id = :accountId ORDER BY created_at DESC, id DESC LIMIT 200",
            nativeQuery = true)
    List<BoardPost> byAccount(long accountId);

    /** Published requests with no accepted or done match, oldest first, with the proposals waiting for an answer. */
    @Query(value = """
            SELECT p.id AS post_id, (SELECT COUNT(*) FROM dir_match m WHERE m.post_id = p.id AND m.status = 'PROPOSED') AS proposals
            FROM dir_post p
            WHERE p.kind = 'REQUEST' AND p.status = 'PUBLISHED' AND p.expires_on >= :today
              AND NOT EXISTS (SELECT 1 FROM dir_match m WHERE m.post_id = p.id AND m.status IN ('ACCEPTED', 'DONE'))
            ORDER BY p.approved_at, p.id LIMIT 200""", nativeQuery = true)
    List<OpenRequestRow> openRequestsWithoutMatch(LocalDate today);

    @Query(value = """
            UPDATE dir_post SET status = 'PUBLISHED', approved_at = :now, status_note = NULL
            WHERE id = :id AND status IN ('PENDING', 'REJECTED')""", nativeQuery = true)
    int approve(long id, LocalDateTime now);

    @Query(value = "UPDATE dir_post SET status = 'REJECTED', status_note = :note WHERE id = :id AND status = 'PENDING'",
            nativeQuery = true)
    int reject(long id, String note);

    @Query(value = "UPDATE dir_post SET status = 'CLOSED', closed_at = :now WHERE id = :id AND status <> 'CLOSED'",
            nativeQuery = true)
    int close(long id, LocalDateTime now);
}
